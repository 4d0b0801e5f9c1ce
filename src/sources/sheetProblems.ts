import { cellAddress, parseCellAddress, type DomainError, type Framework } from "../domain";
import type { ReportSheet } from "../reportSheet";
import type { SheetGrid } from "./grids";

/** The merged area that swallows a cell (holds it, not as its top-left cell), by the cell's A1 address. */
function mergeHolding(merges: readonly string[]): (address: string) => string | null {
  const areas = merges.map((range) => {
    const [from, to = from] = range.split(":").map((a) => parseCellAddress(a)!);
    return { range, from, to };
  });
  return (address) => {
    const at = parseCellAddress(address)!;
    for (const { range, from, to } of areas) {
      const inside = at.row >= from.row && at.row <= to.row && at.col >= from.col && at.col <= to.col;
      if (inside && (at.row !== from.row || at.col !== from.col)) return range;
    }
    return null;
  };
}

/**
 * What the sheet's shape says beyond its cells: an input cell merged away, fields whose rows were cut
 * off by the reader's row cap, or whose keys were deleted or typed over.
 */
export function sheetProblems(fw: Framework, grid: SheetGrid, found: ReportSheet): DomainError[] {
  const problems: DomainError[] = [];
  const holding = mergeHolding(grid.merges ?? []);
  for (const [field, address] of Object.entries(found.cells)) {
    const range = holding(address);
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
  const lost = fw.fields.filter((f) => !found.cells[f.id]);
  const sameVersion = found.version === fw.version && found.frameworkId === fw.id;
  if (lost.length && (grid.truncated || (sameVersion && Object.keys(found.cells).length))) {
    const names = lost.map((f) => f.label.vi).join("; ");
    const namesEn = lost.map((f) => f.label.en).join("; ");
    const cut = grid.truncated;
    problems.push(
      cut
        ? {
            code: "sheet_too_long",
            cell: cellAddress(cut.keptRows, 0),
            message: {
              vi: `Trang tính dài ${cut.lastRow} hàng, chỉ đọc ${cut.keptRows} hàng đầu; không thấy: ${names}`,
              en: `The sheet has ${cut.lastRow} rows, only the first ${cut.keptRows} were read; not found: ${namesEn}`,
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
