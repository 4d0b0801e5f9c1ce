import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { defaultFramework as fw } from "../src/domain";
import { reportLayout } from "../src/reportSheet";
import { reportWorkbook } from "../src/xlsx";

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

const FILES = 300;

/** `chitieu merge` on 300 report workbooks, against exceljs alone loading the same files, in this process. */
export async function bench(): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "chitieu-bench-"));
  try {
    for (let i = 0; i < FILES; i++) {
      const code = `DV${String(i + 1).padStart(3, "0")}`;
      const values = {
        unit_code: code,
        unit_name: `Đơn vị ${i + 1}`,
        period_kind: "Năm",
        year: 2025,
        employees: 50 + (i % 30),
        eligible: 48,
        members: 40 + (i % 8),
        female_members: 20,
        officers: 5,
        study_coordinated: "Có",
        members_studied: 40,
        self_rating: i % 5 ? "Hoàn thành tốt nhiệm vụ" : "Hoàn thành xuất sắc nhiệm vụ",
        members_with_initiatives: i % 10,
        complaints_received: i % 3,
        complaints_resolved: i % 3,
      };
      await writeFile(
        path.join(dir, `${code}.xlsx`),
        await reportWorkbook(reportLayout(fw, { formulas: "native", values })),
      );
    }
    const files = (await readdir(dir)).map((f) => path.join(dir, f));

    let t = performance.now();
    for (const f of files)
      await new ExcelJS.Workbook().xlsx.load((await readFile(f)) as unknown as ArrayBuffer);
    const exceljsAlone = (performance.now() - t) / 1000;

    t = performance.now();
    const silent = { out: () => {}, err: () => {} };
    const code = await main(
      ["merge", dir, "-o", path.join(os.tmpdir(), "chitieu-bench-tonghop.xlsx")],
      silent,
    );
    const merge = (performance.now() - t) / 1000;
    if (code !== 0) throw new Error(`merge exited ${code}`);

    return [
      { name: `merge ${FILES} report workbooks (CLI, -o)`, value: +merge.toFixed(2), unit: "s (goal ≤ 10)" },
      { name: `exceljs alone: load the ${FILES} workbooks`, value: +exceljsAlone.toFixed(2), unit: "s" },
      { name: "merge / exceljs alone", value: +(merge / exceljsAlone).toFixed(2), unit: "×" },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
