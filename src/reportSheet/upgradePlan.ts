import { cellAddress, type Framework, type RawCell } from "../domain";
import type { DocumentSettings } from "../document";
import { COLUMN_KEYS, FIELD_PREFIX, MARKER_PREFIX, type ColumnKey } from "./keys";
import { reportLayout, type LayoutCell, type ReportLayout } from "./layout";
import { moveFormula, type Moves } from "./moveFormula";
import { readReportSheet } from "./read";

/** The old report sheet as Excel gives it: its used range's values, formulas and number formats. */
export interface SheetContents {
  name: string;
  values: RawCell[][];
  /** Range.formulas: the formula where there is one, else the constant. */
  formulas: RawCell[][];
  numberFormats?: string[][];
  /** Where values[0][0] sits on the sheet; A1 when absent. */
  origin?: { row: number; col: number };
}

/** One cell that moves to the new sheet. `content` is what it shows to the user (the formula, or the value). */
export interface MovedCell {
  from: string;
  to: string;
  content: string;
  formula: boolean;
  /** The field, for a value typed in the template's input column. */
  field?: string;
}

/** One cell whose content the new template replaces with its own. */
export interface ReplacedCell {
  cell: string;
  content: string;
}

/** What “redo from the current template” would do to a report sheet: shown to the user before it is done. */
export interface UpgradePlan {
  sheet: string;
  /** The sheet already follows the current template (version and keys): nothing to redo. */
  current: boolean;
  fromVersion: number;
  toVersion: number;
  /** Values typed in the template's inputs, each from its old cell to its new one. */
  values: MovedCell[];
  /** Cells the template does not own (extra columns, rows, notes, formulas typed beside it), carried over. */
  kept: MovedCell[];
  /** Cells the template owns whose old content differs from the new template's: replaced, not kept. */
  replaced: ReplacedCell[];
  /** The new sheet: the current template with the values and the kept cells in place. */
  layout: ReportLayout;
}

const textOf = (c: RawCell) => (typeof c === "string" ? c.trim() : "");
const blank = (c: RawCell) => c === null || c === undefined || c === "";
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A constant cell's value as written back (dates as Excel's serial numbers); undefined for what cannot be. */
function writable(value: RawCell): LayoutCell["value"] | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (value && typeof value === "object") return "error" in value ? value.error : undefined;
  return value ?? undefined;
}

const shown = (value: RawCell): string =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : value && typeof value === "object"
      ? "error" in value
        ? value.error
        : ""
      : String(value ?? "");

/** A formula the user's workbook holds: Excel's formulas differ from the values only where there is one. */
function formulaAt(contents: SheetContents, r: number, c: number): string | null {
  const f = contents.formulas[r]?.[c];
  return typeof f === "string" && f.startsWith("=") && contents.values[r]?.[c] !== f ? f : null;
}

/** Old grid columns → new sheet columns: the template's by their keys, any other column after them. */
function columnMoves(keyRow: readonly RawCell[], keyCol: number, width: number, newWidth: number): number[] {
  const moves: number[] = Array.from({ length: width }, () => -1);
  moves[keyCol] = 0;
  keyRow.forEach((cell, c) => {
    const i = COLUMN_KEYS.indexOf(textOf(cell) as ColumnKey);
    if (i >= 0 && c !== keyCol) moves[c] = i + 1;
  });
  const lastOwn = moves.reduce((last, to, c) => (to >= 0 ? c : last), keyCol);
  // Columns right of the template keep their distance from it; columns inserted inside it go after those.
  for (let c = lastOwn + 1; c < width; c++) moves[c] = newWidth - 1 + (c - lastOwn);
  let next = Math.max(newWidth, ...moves.map((to) => to + 1));
  for (let c = 0; c < lastOwn; c++) if (moves[c] < 0) moves[c] = next++;
  return moves;
}

const isKey = (cell: LayoutCell | undefined) =>
  typeof cell?.value === "string" && cell.value.startsWith(FIELD_PREFIX);

/**
 * Old grid rows → new sheet rows. The key row and every keyed row go to the current template's row with
 * that key; a row without a key keeps its distance below the keyed row above it while the template has
 * an unkeyed row there (the title block, section headings, blank rows); anything else (rows a user
 * inserted, rows of fields or targets the template no longer has) goes below the template, in order.
 */
function rowMoves(
  contents: SheetContents,
  at: { row: number; col: number },
  layout: ReportLayout,
): { moves: number[]; below: Set<number> } {
  const newRowOfKey = new Map<string, number>();
  layout.rows.forEach((row, r) => {
    if (r > 0 && isKey(row[0])) newRowOfKey.set(row[0].value as string, r);
  });
  const moves: number[] = [];
  const below = new Set<number>();
  const taken = new Set<number>();
  let anchor: { old: number; new: number } | null = null;
  let bottom = layout.rows.length + 1;
  contents.values.forEach((row, r) => {
    const key = textOf(row[at.col]);
    let to: number | undefined;
    if (r === at.row) to = 0;
    else if (r > at.row && key.startsWith(FIELD_PREFIX)) to = newRowOfKey.get(key);
    else if (anchor) {
      const candidate = anchor.new + (r - anchor.old);
      const free = layout.rows.slice(anchor.new + 1, candidate + 1).every((cells) => !isKey(cells[0]));
      if (candidate < layout.rows.length && free) to = candidate;
    }
    if (to !== undefined && !taken.has(to)) {
      taken.add(to);
      moves.push(to);
      if (r === at.row || key.startsWith(FIELD_PREFIX)) anchor = { old: r, new: to };
      return;
    }
    below.add(r);
    moves.push(bottom++);
  });
  return { moves, below };
}

function sameContent(layoutCell: LayoutCell, formula: string | null, value: RawCell): boolean {
  if (layoutCell.formula !== undefined) return formula === layoutCell.formula;
  if (formula !== null) return false;
  const want = layoutCell.value;
  if (typeof want === "string") return textOf(value) === want.trim();
  return want === undefined ? blank(value) : value === want || String(value) === String(want);
}

/**
 * What redoing a report sheet from the current template does: the values typed in its inputs go to their
 * new cells (found by keys); every cell the template does not own — a column or row the user added, a
 * note or a formula typed beside the template — is carried over (a formula as the formula the user typed,
 * its references to the sheet moved with the cells; text stays text); cells the template owns get the
 * current template's content, and those whose content differs are listed. Null when the grid is not a
 * report sheet. `settings` gives the workbook's document settings for the typed values, when it keeps any.
 */
export function planUpgrade(
  fw: Framework,
  contents: SheetContents,
  settings?: (typed: Readonly<Record<string, RawCell>>) => DocumentSettings | undefined,
): UpgradePlan | null {
  const origin = contents.origin ?? { row: 0, col: 0 };
  const found = readReportSheet(fw, contents.values, contents.name, origin);
  if (!found) return null;
  const at = found.markerAt;
  const document = settings?.(found.raw);
  const layout = reportLayout(fw, { formulas: "addin", values: found.raw, document });
  const template = reportLayout(fw, { formulas: "addin", document });
  const newWidth = Math.max(...layout.rows.map((r) => r.length));
  const width = Math.max(0, ...contents.values.map((r) => r.length));
  const colTo = columnMoves(contents.values[at.row], at.col, width, newWidth);
  const { moves: rowTo, below } = rowMoves(contents, at, layout);
  const templateTexts = new Set(
    template.rows.flatMap((row) => (isKey(row[0]) ? [] : row.map((cell) => String(cell.value ?? "").trim()))),
  );
  templateTexts.delete("");

  const lastRow = origin.row + contents.values.length - 1;
  const lastCol = origin.col + width - 1;
  const moves: Moves = {
    row: (r) =>
      r < origin.row ? r : r > lastRow ? rowTo[rowTo.length - 1] + r - lastRow : rowTo[r - origin.row],
    col: (c) => (c < origin.col ? c : c > lastCol ? colTo[width - 1] + c - lastCol : colTo[c - origin.col]),
  };
  const inputs = new Map(layout.inputs.map((i) => [`${i.row}:${i.col}`, i.field]));
  const { check } = layout.columns;
  const plan: UpgradePlan = {
    sheet: contents.name,
    current: found.current,
    fromVersion: found.version,
    toVersion: fw.version,
    values: [],
    kept: [],
    replaced: [],
    layout,
  };

  contents.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const typed = formulaAt(contents, r, c);
      if (typed === null && blank(value)) return;
      const from = cellAddress(origin.row + r, origin.col + c);
      if (c === at.col && (r === at.row || textOf(value).startsWith(FIELD_PREFIX))) return;
      if (r === at.row && textOf(value).startsWith(MARKER_PREFIX)) return;
      const to = { row: rowTo[r], col: colTo[c] };
      const owned = to.col < newWidth && !below.has(r);
      // A heading of an older template that has no place in the new one: the new one has its own.
      if (below.has(r) && to.col < newWidth && typeof value === "string" && templateTexts.has(value.trim()))
        return;
      const formula = typed === null ? null : moveFormula(typed, moves);
      const moved: MovedCell = {
        from,
        to: cellAddress(to.row, to.col),
        content: formula ?? shown(value),
        formula: formula !== null,
      };
      if (owned) {
        const field = inputs.get(`${to.row}:${to.col}`);
        if (field) {
          // A formula typed in an input stays a formula: not in a text-formatted cell, where it would be text.
          if (formula !== null) layout.rows[to.row][to.col] = { style: "input", formula };
          plan.values.push({ ...moved, field });
          return;
        }
        // The add-in writes the check column; the new sheet is checked again.
        if (to.col === check) return;
        const own = template.rows[to.row]?.[to.col] ?? {};
        if (own.formula !== undefined || own.value !== undefined) {
          if (!sameContent(own, formula, value)) plan.replaced.push({ cell: from, content: moved.content });
          return;
        }
      }
      const cells = (layout.rows[to.row] ??= []);
      const numberFormat = contents.numberFormats?.[r]?.[c];
      cells[to.col] = {
        ...(formula !== null ? { formula } : { value: writable(value) }),
        ...(numberFormat && numberFormat !== "General" ? { numberFormat } : {}),
      };
      plan.kept.push(moved);
    }),
  );
  for (let r = 0; r < layout.rows.length; r++) layout.rows[r] ??= [];
  return plan;
}
