import {
  cellAddress,
  registryFromGrid,
  type DomainError,
  type Framework,
  type RegistryUnit,
  type Report,
  unreadableReport,
} from "../domain";
import { readReportSheet } from "../reportSheet";
import {
  FileRefused,
  looksLikeXls,
  looksLikeZip,
  MAX_ROWS,
  readGrids,
  type ReadOptions,
  type SheetGrid,
} from "./readGrids";
import { isEncryptedOfficeFile } from "./compoundFile";
import { refusals } from "./reader/limits";

// No Node import here: the command line and the pane's worker both read report files through this.

const toBytes = (data: Uint8Array | ArrayBuffer) =>
  data instanceof Uint8Array ? data : new Uint8Array(data);

function decode(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

function mergeHolding(merges: readonly string[], address: string): string | null {
  const at = decode(address);
  for (const range of merges) {
    const [from, to = from] = range.split(":").map(decode);
    const inside = at.row >= from.row && at.row <= to.row && at.col >= from.col && at.col <= to.col;
    if (inside && (at.row !== from.row || at.col !== from.col)) return range;
  }
  return null;
}

function sheetProblems(fw: Framework, grid: SheetGrid, cells: Record<string, string>, sameVersion: boolean) {
  const problems: DomainError[] = [];
  for (const [field, address] of Object.entries(cells)) {
    const range = mergeHolding(grid.merges, address);
    if (range) {
      problems.push({
        code: "merged_input",
        field,
        cell: address,
        message: {
          vi: `Ô nhập ${address} bị gộp trong vùng ${range}: giá trị không đọc được, hãy bỏ gộp ô (Unmerge)`,
          en: `Input cell ${address} is merged into ${range}: its value cannot be read; unmerge the cells`,
        },
      });
    }
  }
  const lost = fw.fields.filter((f) => !cells[f.id]);
  if (lost.length && (grid.truncated || (sameVersion && Object.keys(cells).length))) {
    const names = lost.map((f) => f.label.vi).join("; ");
    const namesEn = lost.map((f) => f.label.en).join("; ");
    problems.push(
      grid.truncated
        ? {
            code: "sheet_too_long",
            cell: cellAddress(MAX_ROWS, 0),
            message: {
              vi: `Trang tính dài ${grid.lastRow} hàng, chỉ đọc ${MAX_ROWS} hàng đầu; không thấy: ${names}`,
              en: `The sheet has ${grid.lastRow} rows, only the first ${MAX_ROWS} were read; not found: ${namesEn}`,
            },
          }
        : {
            code: "key_missing",
            message: {
              vi: `Mẫu báo cáo bị sửa: không tìm thấy hàng của ${names} (khóa ở cột ẩn A bị xóa hoặc gõ đè)`,
              en: `The template was altered: no row for ${namesEn} (its key in hidden column A was deleted or typed over)`,
            },
          },
    );
  }
  return problems;
}

/** The grids of a file, or why it is not read (a value, never thrown). */
function gridsOrRefusal(bytes: Uint8Array, options?: ReadOptions): SheetGrid[] | FileRefused {
  if (looksLikeXls(bytes)) return isEncryptedOfficeFile(bytes) ? refusals.encrypted() : refusals.xls();
  if (!looksLikeZip(bytes)) return bytes.length ? refusals.notXlsx() : refusals.empty();
  try {
    return readGrids(bytes, options);
  } catch (e) {
    if (e instanceof FileRefused) return e;
    // A crafted package can trip the reader anywhere (a header pointing past the end…): still a named error.
    const why = e instanceof Error ? e.message : String(e);
    return new FileRefused("corrupt_xlsx", {
      vi: `Tệp .xlsx bị hỏng, không đọc được (${why})`,
      en: `The .xlsx file is damaged and cannot be read (${why})`,
    });
  }
}

/**
 * Reads every report sheet of an .xlsx file (by its keys, wherever rows moved or the sheet was renamed).
 * Never throws: a file that cannot be read, or holds no report, gives one report carrying the reason,
 * which the consolidation lists as excluded. Sources are named `file.xlsx › Sheet`.
 */
export function readReportFile(
  fw: Framework,
  data: Uint8Array | ArrayBuffer,
  fileName: string,
  options?: ReadOptions,
): Report[] {
  const grids = gridsOrRefusal(toBytes(data), options);
  if (grids instanceof FileRefused)
    return [unreadableReport(fileName, grids.code, grids.text.vi, grids.text.en)];
  const reports: Report[] = [];
  for (const grid of grids) {
    const sheet = readReportSheet(fw, grid.rows, `${fileName} › ${grid.name}`);
    if (!sheet) continue;
    const extra = sheetProblems(fw, grid, sheet.cells, sheet.version === fw.version);
    sheet.report.errors.push(...extra);
    reports.push(sheet.report);
  }
  if (!reports.length) {
    const names = grids.map((g) => g.name).join(", ") || "—";
    reports.push(
      unreadableReport(
        fileName,
        "no_report_sheet",
        `Không có trang báo cáo theo mẫu Chỉ tiêu (các trang: ${names}); hãy nhập số liệu vào mẫu (chitieu template)`,
        `No report sheet made from the Chỉ tiêu template (sheets: ${names}); fill in the template (chitieu template)`,
      ),
    );
  }
  return reports;
}

/** The registry of expected units from a workbook: code and name in the first two columns of its first sheet. */
export async function readRegistryFile(data: Uint8Array | ArrayBuffer): Promise<RegistryUnit[]> {
  const grids = readGrids(toBytes(data), { allSheets: true });
  return grids.length ? registryFromGrid(grids[0].rows) : [];
}
