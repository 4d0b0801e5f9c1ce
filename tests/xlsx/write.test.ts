import JSZip from "jszip";
import { consolidatedLayout } from "../../src/consolidatedSheet";
import { consolidate, defaultFramework as fw } from "../../src/domain";
import { consolidatedWorkbook, readReportFile } from "../../src/xlsx";
import { blankTemplate, clerkFills, FILLED, inputCell, layout, openWorkbook } from "./clerk";

describe("the report template workbook", () => {
  it("has Excel's own validation on every input, hidden keys, frozen title, invalid marks, A4", async () => {
    const ws = (await openWorkbook(await blankTemplate())).worksheets[0];
    const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string }> } })
      .dataValidations.model;
    const covered = (address: string) =>
      Object.keys(model).some((range) => {
        const [from, to = from] = range.split(":").map((a) => Number(a.slice(1)));
        return range[0] === address[0] && Number(address.slice(1)) >= from && Number(address.slice(1)) <= to;
      });
    for (const input of layout.inputs) expect(covered(inputCell(input.field))).toBe(true);
    // Inputs sharing a rule share one range in the file (exceljs spreads them per cell when it reads).
    const xml = await (
      await JSZip.loadAsync(await blankTemplate())
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("text");
    const ranges = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(ranges.length).toBeLessThan(layout.inputs.length);
    expect(ranges).toContain(`${inputCell("employees")}:${inputCell("officers")}`);
    expect(model[inputCell("members")] ?? Object.values(model).find((v) => v.type === "whole")).toBeTruthy();
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.getRow(1).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: layout.freezeRows });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
    const statusCol = layout.columns.status + 1;
    const statusRow = layout.rows.findIndex((r) => r[0].value === "chitieu:target:2.5") + 1;
    expect(ws.getRow(statusRow).getCell(statusCol).value).toMatchObject({
      formula: expect.stringMatching(/^IF\(/),
    });
    expect(ws.getCell(inputCell("unit_name")).numFmt).toBe("@");
    const cf = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual([layout.invalidMark.range]);
  });
});

describe("the consolidated workbook", () => {
  it("holds values only, with formula-like names written as inert text", async () => {
    const names = ['=HYPERLINK("http://x","y")', "+1", "-1+1", "@SUM(1)"];
    const reports = await Promise.all(
      names.map(
        async (name, i) =>
          (
            await readReportFile(
              fw,
              await clerkFills({ ...FILLED, unit_code: `DV0${i}`, unit_name: name }),
              `${i}.xlsx`,
            )
          )[0],
      ),
    );
    const c = consolidate(fw, reports);
    expect(c.units).toHaveLength(4);
    const wb = await openWorkbook(await consolidatedWorkbook(fw, c));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Tổng hợp Năm 2025", "Đơn vị Năm 2025"]);
    const texts: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeFalsy();
          expect(cell.hyperlink).toBeFalsy();
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      );
    for (const name of names) expect(texts).toContain(`'${name}`);
    expect(texts.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
    const layout = consolidatedLayout(fw, c);
    expect(wb.worksheets[0].rowCount).toBe(layout.summary.rows.length);
    expect(wb.worksheets[1].rowCount).toBe(layout.units.rows.length);
  }, 30_000);
});

describe("a written workbook file", () => {
  it("is compressed, every part whole (its checksum checked), folders and all", async () => {
    const file = await blankTemplate();
    const zip = await JSZip.loadAsync(file, { checkCRC32: true });
    const parts = Object.values(zip.files).filter((f) => !f.dir);
    const sizes = await Promise.all(parts.map(async (f) => (await f.async("uint8array")).length));
    expect(parts.map((f) => f.name)).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/styles.xml"]));
    expect(Object.values(zip.files).filter((f) => f.dir).length).toBeGreaterThan(0);
    // Deflated XML is several times smaller than the XML.
    expect(file.length * 3).toBeLessThan(sizes.reduce((n, s) => n + s, 0));
  });
});
