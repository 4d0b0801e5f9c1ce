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
import { isEncryptedOfficeFile } from "./compoundFile";
import { looksLikeXls, looksLikeZip, MAX_ROWS, readGrids, type SheetGrid } from "./readGrids";

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

/**
 * Reads every report sheet of an .xlsx file (by its keys, wherever rows moved or the sheet was renamed).
 * Never throws: a file that cannot be read, or holds no report, gives one report carrying the reason,
 * which the consolidation lists as excluded. Sources are named `file.xlsx › Sheet`.
 */
export async function readReportFile(
  fw: Framework,
  data: Uint8Array | ArrayBuffer,
  fileName: string,
): Promise<Report[]> {
  const bytes = toBytes(data);
  if (looksLikeXls(bytes) && isEncryptedOfficeFile(bytes))
    return [
      unreadableReport(
        fileName,
        "encrypted_workbook",
        "Sổ tính được đặt mật khẩu (mã hóa) nên không đọc được: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu) rồi lưu lại",
        "The workbook is protected with a password (encrypted) and cannot be read: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it again",
      ),
    ];
  if (looksLikeXls(bytes))
    return [
      unreadableReport(
        fileName,
        "xls_file",
        "Tệp Excel 97–2003 (.xls): hãy mở bằng Excel và lưu thành .xlsx",
        "An Excel 97–2003 file (.xls): open it in Excel and save it as .xlsx",
      ),
    ];
  if (!looksLikeZip(bytes))
    return [
      unreadableReport(
        fileName,
        "not_xlsx",
        bytes.length ? "Không phải tệp Excel .xlsx" : "Tệp rỗng (0 byte)",
        bytes.length ? "Not an Excel .xlsx file" : "The file is empty (0 bytes)",
      ),
    ];
  let grids: SheetGrid[];
  try {
    grids = await readGrids(bytes);
  } catch (e) {
    const why = (e as Error).message;
    return [
      unreadableReport(
        fileName,
        "corrupt_xlsx",
        `Tệp .xlsx bị hỏng, không đọc được (${why})`,
        `The .xlsx file is damaged and cannot be read (${why})`,
      ),
    ];
  }
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
  const grids = await readGrids(toBytes(data), { allSheets: true });
  return grids.length ? registryFromGrid(grids[0].rows) : [];
}
