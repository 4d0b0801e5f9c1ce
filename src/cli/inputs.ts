import { parse } from "csv-parse/sync";
import {
  registryFromGrid,
  reportFromJsonText,
  type Framework,
  type RegistryUnit,
  type Report,
} from "../domain";
import { fileErrorReason, readRegularFile } from "./files";
import { UserError } from "./userError";

async function readText(path: string): Promise<string> {
  try {
    return (await readRegularFile(path)).toString("utf8");
  } catch (e) {
    const problem = fileErrorReason(e);
    const why =
      problem.code === "file_gone" ? { vi: "không tìm thấy tệp", en: "file not found" } : problem.reason;
    throw new UserError(`Không đọc được ${path}: ${why.vi}`, `Cannot read ${path}: ${why.en}`);
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UserError(
      `${path} không phải JSON hợp lệ: ${(e as Error).message}`,
      `${path} is not valid JSON: ${(e as Error).message}`,
    );
  }
}

export async function readJson(path: string): Promise<unknown> {
  return parseJson(await readText(path), path);
}

/** A report in the JSON interchange form, parsed by the domain; a file that is not one is a user error. */
export async function readReportJson(fw: Framework, path: string): Promise<Report> {
  const report = reportFromJsonText(fw, await readText(path), path);
  const [first, ...problems] = report.errors;
  if (first?.code === "not_json" || first?.code === "not_report_json") {
    const list = problems.map((p) => `\n  - ${p.message.en}`).join("");
    throw new UserError(`${first.message.vi}${list}`, `${first.message.en}${list}`);
  }
  return report;
}

export async function readRegistryCsv(path: string): Promise<RegistryUnit[]> {
  const text = await readText(path);
  let grid: string[][];
  try {
    grid = parse(text, {
      bom: true,
      delimiter: [",", ";", "\t"],
      relax_column_count: true,
      // Blank lines give blank records (skipped later), so that row numbers in messages are line numbers.
    });
  } catch (e) {
    throw new UserError(
      `${path}: tệp CSV lỗi (${(e as Error).message})`,
      `${path}: malformed CSV (${(e as Error).message})`,
    );
  }
  const units = registryFromGrid(grid);
  if (!units.length) {
    throw new UserError(`${path}: danh sách đơn vị trống`, `${path}: the list of units is empty`);
  }
  return units;
}
