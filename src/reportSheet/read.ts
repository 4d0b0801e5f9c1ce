import {
  cellAddress,
  fieldIdsOf,
  parseReport,
  type DomainError,
  type Framework,
  type RawCell,
  type Report,
} from "../domain";
import { COLUMN_KEYS, FIELD_PREFIX, parseMarker, TARGET_PREFIX } from "./keys";
import { templateKeys } from "./layout";

const SEARCH = 20;

export interface ReportSheet {
  report: Report;
  /** The input cells as they are, by field id: what an upgraded template is pre-filled with. */
  raw: Record<string, RawCell>;
  /** The input cell of each field found, as an A1 address on the sheet. */
  cells: Record<string, string>;
  /** The cell beside each input where the add-in writes its error, when the sheet has the check column. */
  checks: Record<string, string>;
  frameworkId: string;
  version: number;
  /** Where the report marker is, in grid positions (not sheet positions). */
  markerAt: { row: number; col: number };
  /** The sheet follows the current template: same framework and version, the same keys in the same order. */
  current: boolean;
}

const textOf = (c: RawCell) => (typeof c === "string" ? c.trim() : "");

/** Where the report marker is, if this grid is a report sheet (the template's hidden key row and column). */
export function findMarker(grid: readonly (readonly RawCell[])[]): { row: number; col: number } | null {
  for (let r = 0; r < Math.min(SEARCH, grid.length); r++) {
    const cols = grid[r] ?? [];
    for (let c = 0; c < Math.min(SEARCH, cols.length); c++)
      if (parseMarker(textOf(cols[c]))) return { row: r, col: c };
  }
  return null;
}

function damaged(code: string, cell: string, vi: string, en: string): DomainError {
  return { code, cell, message: { vi, en } };
}

/**
 * Reads a report sheet's values by their keys, wherever rows and columns have moved. `origin` is the
 * sheet position of grid[0][0] (a used range need not start at A1). Returns null for a grid that is
 * not a report sheet; errors carry the cell they are about.
 */
export function readReportSheet(
  fw: Framework,
  grid: readonly (readonly RawCell[])[],
  source: string,
  origin = { row: 0, col: 0 },
): ReportSheet | null {
  const at = findMarker(grid);
  if (!at) return null;
  const address = (r: number, c: number) => cellAddress(origin.row + r, origin.col + c);
  const { frameworkId, version } = parseMarker(textOf(grid[at.row][at.col]))!;
  const problems: DomainError[] = [];
  if (frameworkId !== fw.id) {
    problems.push(
      damaged(
        "other_framework",
        address(at.row, at.col),
        `Báo cáo theo khung chỉ tiêu khác (${frameworkId})`,
        `The report follows another framework (${frameworkId})`,
      ),
    );
  }
  const valueCol = grid[at.row].findIndex((c) => textOf(c) === "value");
  const checkCol = grid[at.row].findIndex((c) => textOf(c) === "check");
  const checks: Record<string, string> = {};
  const raw: Record<string, RawCell> = {};
  const cells: Record<string, string> = {};
  const fieldIds = fieldIdsOf(fw);
  if (valueCol < 0) {
    problems.push(
      damaged(
        "template_damaged",
        address(at.row, at.col),
        "Mẫu báo cáo bị sửa: mất hàng khóa (cột giá trị)",
        "The template was altered: its key row (value column) is gone",
      ),
    );
  } else {
    for (let r = at.row + 1; r < grid.length; r++) {
      const key = textOf(grid[r]?.[at.col]);
      if (!key.startsWith(FIELD_PREFIX) || key.startsWith(TARGET_PREFIX)) continue;
      const field = key.slice(FIELD_PREFIX.length);
      if (!fieldIds.has(field)) continue;
      if (cells[field]) {
        problems.push(
          damaged(
            "duplicate_key",
            address(r, valueCol),
            `Trường “${field}” xuất hiện hai lần (${cells[field]} và ${address(r, valueCol)}): có thể do sao chép cả hàng`,
            `Field “${field}” appears twice (${cells[field]} and ${address(r, valueCol)}): a copied row?`,
          ),
        );
        continue;
      }
      raw[field] = grid[r]?.[valueCol];
      cells[field] = address(r, valueCol);
      if (checkCol >= 0) checks[field] = address(r, checkCol);
    }
  }
  const report = parseReport(fw, raw, source);
  report.errors = [
    ...problems,
    ...report.errors.map((e) => (e.field && cells[e.field] ? { ...e, cell: cells[e.field] } : e)),
  ];
  const current = frameworkId === fw.id && version === fw.version && sameKeys(fw, grid, at);
  return { report, raw, cells, checks, frameworkId, version, markerAt: at, current };
}

function sameKeys(
  fw: Framework,
  grid: readonly (readonly RawCell[])[],
  at: { row: number; col: number },
): boolean {
  const columns = grid[at.row].map(textOf).filter((k) => (COLUMN_KEYS as readonly string[]).includes(k));
  const rows = grid
    .slice(at.row + 1)
    .map((r) => textOf(r?.[at.col]))
    .filter((k) => k.startsWith(FIELD_PREFIX));
  return columns.join() === COLUMN_KEYS.join() && rows.join("\n") === templateKeys(fw).join("\n");
}
