import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { defaultFramework as fw, type RawCell } from "../../src/domain";
import { reportLayout } from "../../src/reportSheet";
import { reportWorkbook } from "../../src/xlsx";
import { code, UNITS, yearlyReport } from "../domain/termReports";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { exit, out: out.join("\n"), err: err.join("\n") };
}

const jsonOf = (raw: Record<string, RawCell>) => {
  const { unit_code, unit_name, period_kind, year, report_date, ...values } = raw;
  void period_kind;
  return { unit: { code: unit_code, name: unit_name }, period: { kind: "year", year }, report_date, values };
};

/** A folder per year: 2023 and 2024 as JSON reports, 2025 as the clerks' workbooks. */
async function yearFolders(
  root: string,
  change: (i: number, raw: Record<string, RawCell>) => void = () => {},
) {
  const folders: string[] = [];
  for (const year of [2023, 2024, 2025]) {
    const dir = path.join(root, `Năm ${year}`);
    mkdirSync(dir, { recursive: true });
    for (const i of UNITS) {
      const raw = yearlyReport(i, year);
      change(i, raw);
      if (year < 2025) writeFileSync(path.join(dir, `${code(i)}.json`), JSON.stringify(jsonOf(raw)));
      else
        writeFileSync(
          path.join(dir, `${code(i)}.xlsx`),
          await reportWorkbook(reportLayout(fw, { formulas: "native", values: raw })),
        );
    }
    folders.push(dir);
  }
  return folders;
}

async function sheets(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const text = (name: string) => {
    const ws = wb.getWorksheet(name)!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    return rows;
  };
  return { names: wb.worksheets.map((w) => w.name), text };
}

describe("chitieu history", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "chitieu-term-"));
  const output = path.join(root, "lich su.xlsx");

  it("builds the term's workbook from a folder per year: history, trends, mid-term review, flags, commendation", async () => {
    const folders = await yearFolders(root);
    const r = await run("history", ...folders, "-o", output, "--deadline", "year:2025=15/01/2026");
    expect(r.err).toBe("");
    expect(r.exit).toBe(0);
    expect(r.out).toContain("Lịch sử / History: 3 kỳ / periods, 90 báo cáo / reports");
    const wb = await sheets(output);
    expect(wb.names).toEqual([
      "Lịch sử chỉ tiêu",
      "Xu hướng",
      "Sơ kết 2025",
      "Theo dõi số liệu",
      "Khen thưởng",
    ]);
    const history = wb.text("Lịch sử chỉ tiêu");
    const keys = history.findIndex((row) => row[0] === "period");
    expect(history.slice(keys + 1)).toHaveLength(90);
    const dv07 = history.filter((row) => row[2] === "DV07");
    const members = history[keys].indexOf("members");
    expect(dv07.map((row) => [row[0], row[members]])).toEqual([
      ["year:2023", "120"],
      ["year:2024", "120"],
      ["year:2025", "12"],
    ]);
    const flags = wb.text("Theo dõi số liệu").filter((row) => /^DV\d\d$/.test(row[0]));
    expect(flags.map((row) => [row[0], row[6], row[7]])).toEqual([
      ["DV07", "120", "12"],
      ["DV12", "15/01/2026", "20/02/2026"],
      ["DV20", "Có", "Không"],
    ]);
    const review = wb.text("Sơ kết 2025");
    const dv02 = review.find((row) => row[0] === "DV02" && row[2] === "Từ các năm / From the years")!;
    // 2.6c: no family yet (not yet due at mid-term); 2.8: 2 + 2 + 1 of 5 officers trained.
    expect(dv02.slice(3)).toEqual(["0", "Chưa đến hạn", "1", "Đạt"]);
    const commend = wb.text("Khen thưởng");
    const term = commend.findIndex((row) => row[0].includes("NHIỆM KỲ"));
    expect(commend.slice(term + 2, term + 8).map((row) => [row[0], row[1], row[3]])).toEqual([
      ["1", "DV16", "Có / Yes"],
      ["2", "DV28", "Có / Yes"],
      ["3", "DV12", "Có / Yes"],
      ["4", "DV24", "Có / Yes"],
      ["5", "DV04", "Có / Yes"],
      ["6", "DV01", "Có / Yes"],
    ]);
  }, 60_000);

  it("adds to the history in the output: a year merged again replaces only that year, and says so", async () => {
    const again = mkdtempSync(path.join(os.tmpdir(), "chitieu-again-"));
    const [, y2024] = await yearFolders(again, (i, raw) => {
      if (i === 5) raw.members_with_initiatives = 6;
    });
    const r = await run("history", y2024, "-o", output);
    expect(r.exit).toBe(0);
    expect(r.out).toContain(
      "Năm 2024 đã có trong lịch sử (30 đơn vị): thay bằng lần tổng hợp này (30 đơn vị)",
    );
    const history = (await sheets(output)).text("Lịch sử chỉ tiêu");
    const keys = history.findIndex((row) => row[0] === "period");
    const initiatives = history[keys].indexOf("members_with_initiatives");
    expect(history.filter((row) => row[2] === "DV05").map((row) => [row[0], row[initiatives]])).toEqual([
      ["year:2023", "3"],
      ["year:2024", "6"],
      ["year:2025", "3"],
    ]);
    expect(history.slice(keys + 1)).toHaveLength(90);
  }, 60_000);

  it("never overwrites a workbook that is not a history, nor leaves a temporary file", async () => {
    const other = path.join(root, "tonghop.xlsx");
    writeFileSync(other, readFileSync(path.join(root, "Năm 2025", "DV01.xlsx")));
    const r = await run("history", path.join(root, "Năm 2023"), "-o", other);
    expect(r.exit).toBe(1);
    expect(r.err).toContain("không phải sổ lịch sử");
    expect(readFileSync(other)).toEqual(readFileSync(path.join(root, "Năm 2025", "DV01.xlsx")));
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(root).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);
});
