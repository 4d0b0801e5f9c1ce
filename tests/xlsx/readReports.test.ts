import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { defaultFramework as fw, evaluateReport } from "../../src/domain";
import { MAX_ROWS, readGrids, readReportFile } from "../../src/xlsx";
import { nodeInflater } from "../../src/xlsx/reader/nodeInflater";
import { clerkFills, FILLED, inputCell, openWorkbook, plainWorkbook } from "./clerk";

const read = (data: Buffer | Uint8Array, name = "dv01.xlsx") => readReportFile(fw, data, name);
const errorsOf = async (data: Buffer | Uint8Array) =>
  (await read(data)).flatMap((r) => r.errors.map((e) => ({ code: e.code, cell: e.cell, ...e.message })));

describe("reading a clerk's report workbook", () => {
  it("reads what was typed after rows were inserted above and the sheet renamed", async () => {
    const nfd = "Trường THPT Số 1".normalize("NFD");
    const data = await clerkFills(
      { ...FILLED, unit_name: nfd, employees: "1.234", members: "48", year: "2025" },
      (ws) => {
        ws.spliceRows(1, 0, ["Sở Giáo dục"], ["Báo cáo gửi Công đoàn Viên chức tỉnh"], []);
        ws.name = "BC DV01";
      },
    );
    const [report] = await read(data);
    expect(report.errors).toEqual([]);
    expect(report.source).toBe("dv01.xlsx › BC DV01");
    expect(report.unitName).toBe("Trường THPT Số 1");
    expect(report.unitName).toBe(report.unitName!.normalize("NFC"));
    expect(report.values).toMatchObject({ employees: 1234, members: 48, year: 2025, self_rating: "good" });
    const byCode = Object.fromEntries(evaluateReport(fw, report).map((t) => [t.code, t.status]));
    expect(byCode).toMatchObject({ "2.5": "not_met", "2.9": "met", "2.7": "na" });
  });

  it("takes a formula's cached result, a link's text and rich text's plain text", async () => {
    const data = await clerkFills({
      ...FILLED,
      members: { formula: "40+8", result: 48 },
      unit_name: { text: "Trường THPT Số 1", hyperlink: "http://example.org" },
      unit_code: { richText: [{ text: "DV" }, { text: "01", font: { bold: true } }] },
    });
    const [report] = await read(data);
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ unitCode: "DV01", unitName: "Trường THPT Số 1" });
    expect(report.values.members).toBe(48);
  });

  it("names the cell of a decimal count, a negative count, an Excel error and a merged input", async () => {
    const data = await clerkFills(
      { ...FILLED, members_studied: "95,5", female_members: -3, officers: { error: "#N/A" } },
      (ws) => ws.mergeCells(`C${inputCell("employees").slice(1)}:${inputCell("employees")}`),
    );
    const errors = await errorsOf(data);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "not_whole", cell: inputCell("members_studied") }),
        expect.objectContaining({ code: "negative", cell: inputCell("female_members") }),
        expect.objectContaining({ code: "excel_error", cell: inputCell("officers") }),
        expect.objectContaining({ code: "merged_input", cell: inputCell("employees") }),
      ]),
    );
    const merged = errors.find((e) => e.code === "merged_input")!;
    expect(merged.vi).toMatch(/bị gộp/);
    expect(merged.en).toMatch(/merged/);
  });

  it("explains a typed-over key, a removed key row and a template of another framework", async () => {
    const typedOver = await errorsOf(
      await clerkFills(FILLED, (ws) => (ws.getCell(`A${inputCell("members").slice(1)}`).value = "48")),
    );
    expect(typedOver).toEqual([expect.objectContaining({ code: "key_missing" })]);
    expect(typedOver[0].vi).toMatch(/Số đoàn viên công đoàn/);

    const noKeyRow = await errorsOf(await clerkFills(FILLED, (ws) => ws.spliceRows(1, 1)));
    expect(noKeyRow.map((e) => e.code)).toEqual(["no_report_sheet"]);

    const other = await errorsOf(
      await clerkFills(FILLED, (ws) => (ws.getCell("A1").value = "chitieu-report/1/another-programme/1")),
    );
    expect(other[0]).toMatchObject({ code: "other_framework", cell: "A1" });

    const damaged = await errorsOf(await clerkFills(FILLED, (ws) => (ws.getCell("D1").value = "")));
    expect(damaged[0]).toMatchObject({ code: "template_damaged" });
  });

  it("reads an older template that lacks a field added since, without calling it altered", async () => {
    const data = await clerkFills(FILLED, (ws) => {
      ws.getCell("A1").value = "chitieu-report/1/cdvc-binh-dinh-2023-2028/0";
      ws.spliceRows(Number(inputCell("culture_recognized").slice(1)), 1);
    });
    const [report] = await read(data);
    expect(report.errors).toEqual([]);
    expect(report.values.culture_recognized).toBeUndefined();
  });

  it("says why a file is not a report: not xlsx, empty, old .xls, empty or corrupt zip, no report sheet", async () => {
    const real = await clerkFills(FILLED);
    const cases: [Uint8Array, RegExp][] = [
      [Buffer.from("Mã,Tên\nDV01,Trường\n"), /Không phải tệp Excel \.xlsx/],
      [Buffer.alloc(0), /Tệp rỗng/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/],
      [Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]), /tệp zip không chứa sổ tính/],
      [real.subarray(0, Math.floor(real.length / 2)), /bị hỏng|Không có trang báo cáo/],
      [
        await plainWorkbook((wb) => wb.addWorksheet("Danh sách").addRow(["DV01", "Trường"])),
        /các trang: Danh sách/,
      ],
    ];
    for (const [data, message] of cases) {
      const reports = await read(data, "x.xlsx");
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatchObject({ unitCode: null, source: "x.xlsx" });
      expect(reports[0].errors[0].message.vi).toMatch(message);
      expect(reports[0].errors[0].message.en).not.toBe("");
    }
  });
});

/** A workbook with a report sheet and a sheet of `rows` rows, written by exceljs' streaming writer. */
async function hugeWorkbook(rows: number, reportFirst: Buffer): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const report = await openWorkbook(reportFirst);
  const source = report.worksheets[0];
  const ws1 = wb.addWorksheet("Báo cáo");
  source.eachRow((row, n) => (ws1.getRow(n).values = row.values as ExcelJS.CellValue[]));
  ws1.commit();
  const ws2 = wb.addWorksheet("Danh sách đoàn viên");
  for (let i = 1; i <= rows; i++) ws2.addRow([i, `Đoàn viên ${i}`, 1980 + (i % 40)]).commit();
  ws2.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

describe("a huge workbook", () => {
  it("reads the report beside a sheet of 200 000 rows without reading that sheet past its top", async () => {
    const data = await hugeWorkbook(200_000, await clerkFills(FILLED));
    const grids = readGrids(data);
    const list = grids.find((g) => g.name === "Danh sách đoàn viên")!;
    expect(list).toMatchObject({ skipped: true });
    expect(list.lastRow).toBeLessThan(200);
    expect(list.rows.length).toBeLessThanOrEqual(21);
    // The command line's inflater (node:zlib) reads the same, the big sheet no further than its top.
    expect(readGrids(data, { inflater: nodeInflater })).toEqual(grids);
    const [report] = await read(data);
    expect(report.errors).toEqual([]);
    expect(report.values.members).toBe(48);
  }, 120_000);

  it("caps a report sheet's rows and says what was not reached", async () => {
    const data = await clerkFills(FILLED, (ws) =>
      ws.spliceRows(6, 0, ...Array.from({ length: MAX_ROWS }, (_, i) => [null, `ghi chú ${i}`])),
    );
    const errors = await errorsOf(data);
    const tooLong = errors.find((e) => e.code === "sheet_too_long")!;
    expect(tooLong.vi).toMatch(new RegExp(`chỉ đọc ${MAX_ROWS} hàng đầu`));
    expect(tooLong.en).toMatch(/Union members/);
  }, 60_000);
});
