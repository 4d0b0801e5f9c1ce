import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS, quoteSheetName, splitSheet } from "./addresses";
import { ERROR_VALUES, isErrorValue, type CellValue } from "./cells";
import { callBuiltin } from "./library";

/** A reference to one cell in a formula; `$` makes a coordinate absolute. */
export interface CellRef {
  row: number;
  column: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

export type Expr =
  | { kind: "literal"; value: CellValue }
  | { kind: "ref"; sheet?: string; start: CellRef; end?: CellRef }
  | { kind: "name"; name: string }
  | { kind: "call"; name: string; args: Expr[] }
  | { kind: "omitted" }
  | { kind: "unary"; op: "-" | "+"; arg: Expr }
  | { kind: "binary"; op: string; left: Expr; right: Expr };

export class FormulaSyntaxError extends Error {}

type Token = { type: "num" | "str" | "ref" | "ident" | "op" | "err"; text: string; at: number };

// A reference: a cell or block (B3, $B$3:C9), whole columns (B:D) or whole rows (3:5), optionally
// sheet-qualified ('Tên sheet'!B3).
const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
const LINES = String.raw`\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+`;
const REF = new RegExp(String.raw`^(?:${SHEET})?(?:${CELL}|${LINES})(?![\p{L}\p{N}_.(!])`, "u");
const IDENT = /^[\p{L}_][\p{L}\p{N}_.]*/u;
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const OPERATOR = /^(<>|<=|>=|[-+*/^&=<>(),;:])/;
const ERROR = new RegExp(`^(${ERROR_VALUES.map((e) => e.replace(/[?!/]/g, "\\$&")).join("|")})`);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let rest = source;
  const at = () => source.length - rest.length;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    let match: RegExpExecArray | null;
    let type: Token["type"];
    if (rest.startsWith('"')) {
      const end = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!end) throw new FormulaSyntaxError("Unterminated string");
      tokens.push({ type: "str", text: end[1].replace(/""/g, '"'), at: at() });
      rest = rest.slice(end[0].length);
      continue;
    } else if ((match = REF.exec(rest))) type = "ref";
    else if ((match = ERROR.exec(rest))) type = "err";
    else if ((match = NUMBER.exec(rest))) type = "num";
    else if ((match = IDENT.exec(rest))) type = "ident";
    else if ((match = OPERATOR.exec(rest))) type = "op";
    else throw new FormulaSyntaxError(`Unexpected character ${rest[0]}`);
    tokens.push({ type, text: match[0], at: at() });
    rest = rest.slice(match[0].length);
  }
  return tokens;
}

function parseCellRef(text: string): CellRef {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text)!;
  return {
    columnAbsolute: m[1] === "$",
    column: columnIndex(m[2]),
    rowAbsolute: m[3] === "$",
    row: Number(m[4]) - 1,
  };
}

/** `B3:C9`, `B:D` (whole columns) or `3:5` (whole rows) as two corners. */
function parseArea(local: string): { start: CellRef; end?: CellRef } {
  const [a, b] = local.split(":");
  const column = /^(\$?)([A-Za-z]{1,3})$/;
  const row = /^(\$?)(\d+)$/;
  if (b !== undefined && column.test(a) && column.test(b)) {
    const [ca, cb] = [column.exec(a)!, column.exec(b)!];
    return {
      start: { row: 0, column: columnIndex(ca[2]), rowAbsolute: true, columnAbsolute: ca[1] === "$" },
      end: {
        row: MAX_ROWS - 1,
        column: columnIndex(cb[2]),
        rowAbsolute: true,
        columnAbsolute: cb[1] === "$",
      },
    };
  }
  if (b !== undefined && row.test(a) && row.test(b)) {
    const [ra, rb] = [row.exec(a)!, row.exec(b)!];
    return {
      start: { row: Number(ra[2]) - 1, column: 0, rowAbsolute: ra[1] === "$", columnAbsolute: true },
      end: {
        row: Number(rb[2]) - 1,
        column: MAX_COLUMNS - 1,
        rowAbsolute: rb[1] === "$",
        columnAbsolute: true,
      },
    };
  }
  return { start: parseCellRef(a), end: b === undefined ? undefined : parseCellRef(b) };
}

const BINARY_LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

/** Parses a formula (with or without the leading "="). Both "," and ";" separate arguments. */
export function parseFormula(formula: string): Expr {
  const tokens = tokenize(formula.startsWith("=") ? formula.slice(1) : formula);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (text: string): boolean => peek()?.type === "op" && peek()?.text === text;
  const expectOp = (text: string): void => {
    if (!isOp(text)) throw new FormulaSyntaxError(`Expected ${text}`);
    pos++;
  };

  const binary = (level: number): Expr => {
    if (level === BINARY_LEVELS.length) return unary();
    let left = binary(level + 1);
    while (peek()?.type === "op" && BINARY_LEVELS[level].includes(peek()!.text)) {
      const op = tokens[pos++].text;
      left = { kind: "binary", op, left, right: binary(level + 1) };
    }
    return left;
  };

  const unary = (): Expr => {
    if (isOp("-") || isOp("+")) {
      const op = tokens[pos++].text as "-" | "+";
      return { kind: "unary", op, arg: unary() };
    }
    return primary();
  };

  const primary = (): Expr => {
    const token = tokens[pos++];
    if (!token) throw new FormulaSyntaxError("Unexpected end of formula");
    switch (token.type) {
      case "num":
        return { kind: "literal", value: Number(token.text) };
      case "str":
        return { kind: "literal", value: token.text };
      case "err":
        return { kind: "literal", value: token.text };
      case "ref": {
        const { sheetName, local } = splitSheet(token.text);
        const area = parseArea(local);
        // Sheet1!A1:Sheet1!A3 — two references joined by the range operator, on one sheet.
        if (!area.end && isOp(":") && tokens[pos + 1]?.type === "ref") {
          pos++;
          const other = splitSheet(tokens[pos++].text);
          const end = parseArea(other.local);
          const sameSheet = (other.sheetName ?? sheetName)?.toLowerCase() === sheetName?.toLowerCase();
          if (!sameSheet || end.end)
            throw new FormulaSyntaxError(`Unsupported range ${token.text}:${other.local}`);
          return { kind: "ref", sheet: sheetName, start: area.start, end: end.start };
        }
        return { kind: "ref", sheet: sheetName, ...area };
      }
      case "ident":
        if (isOp("(")) return call(token.text);
        if (/^(true|false)$/i.test(token.text)) return { kind: "literal", value: /^true$/i.test(token.text) };
        return { kind: "name", name: token.text };
      case "op":
        if (token.text === "(") {
          const inner = binary(0);
          expectOp(")");
          return inner;
        }
    }
    throw new FormulaSyntaxError(`Unexpected ${token.text}`);
  };

  const call = (name: string): Expr => {
    expectOp("(");
    const args: Expr[] = [];
    // An argument left empty, as in F(1,,2), is omitted: a custom function receives null.
    const argument = (): Expr => (isOp(",") || isOp(";") || isOp(")") ? { kind: "omitted" } : binary(0));
    if (!isOp(")")) {
      args.push(argument());
      while (isOp(",") || isOp(";")) {
        pos++;
        args.push(argument());
      }
    }
    expectOp(")");
    return { kind: "call", name, args };
  };

  const expr = binary(0);
  if (pos < tokens.length) throw new FormulaSyntaxError(`Unexpected ${tokens[pos].text}`);
  return expr;
}

/** A 2-D block of values: what a range reference evaluates to. */
export type Grid = CellValue[][];
export type FormulaValue = CellValue | Grid;

export interface FormulaEnv {
  /** Evaluated value of a cell; `sheet` undefined means the formula's own sheet. */
  cell(sheet: string | undefined, row: number, column: number): Promise<CellValue>;
  /** Resolves a defined name to a reference, or undefined. */
  name(
    name: string,
  ): { sheet: string; row: number; column: number; rowCount: number; columnCount: number } | undefined;
  /** The used part of a sheet, to read whole columns and rows without a million blank cells. */
  extent(sheet: string | undefined): { rows: number; columns: number };
  /** Calls a custom function; undefined when no function of that name is registered. */
  callFunction(
    name: string,
    args: FormulaValue[],
    fromReference: boolean[],
    omitted: boolean[],
  ): Promise<CellValue> | undefined;
}

/** Shift applied to relative references (a validation formula evaluated for a cell below its anchor). */
export interface Offset {
  rows: number;
  columns: number;
}

const NO_OFFSET: Offset = { rows: 0, columns: 0 };

export async function evaluate(
  expr: Expr,
  env: FormulaEnv,
  offset: Offset = NO_OFFSET,
): Promise<FormulaValue> {
  switch (expr.kind) {
    case "literal":
      return expr.value;
    case "ref": {
      const start = shift(expr.start, offset);
      const end = expr.end ? shift(expr.end, offset) : undefined;
      if (!end) return env.cell(expr.sheet, start.row, start.column);
      const { rows, columns } = env.extent(expr.sheet);
      const clip = (p: { row: number; column: number }) => ({
        row: Math.min(p.row, Math.max(rows - 1, Math.min(start.row, end.row))),
        column: Math.min(p.column, Math.max(columns - 1, Math.min(start.column, end.column))),
      });
      return readGrid(env, expr.sheet, clip(start), clip(end));
    }
    case "name": {
      const target = env.name(expr.name);
      if (!target) return "#NAME?";
      const start = { row: target.row, column: target.column };
      const end = { row: target.row + target.rowCount - 1, column: target.column + target.columnCount - 1 };
      if (target.rowCount === 1 && target.columnCount === 1)
        return env.cell(target.sheet, start.row, start.column);
      return readGrid(env, target.sheet, start, end);
    }
    case "unary": {
      const value = toNumber(scalar(await evaluate(expr.arg, env, offset)));
      if (typeof value === "string") return value;
      return expr.op === "-" ? -value : value;
    }
    case "binary":
      return binaryOp(
        expr.op,
        scalar(await evaluate(expr.left, env, offset)),
        scalar(await evaluate(expr.right, env, offset)),
      );
    case "omitted":
      return "";
    case "call": {
      const args: FormulaValue[] = [];
      for (const arg of expr.args) args.push(await evaluate(arg, env, offset));
      const fromReference = expr.args.map((arg) => arg.kind === "ref" || arg.kind === "name");
      const omitted = expr.args.map((arg) => arg.kind === "omitted");
      const custom = env.callFunction(expr.name, args, fromReference, omitted);
      if (custom) return custom;
      return callBuiltin(expr.name, args, fromReference) ?? "#NAME?";
    }
  }
}

function shift(ref: CellRef, offset: Offset): { row: number; column: number } {
  return {
    row: ref.row + (ref.rowAbsolute ? 0 : offset.rows),
    column: ref.column + (ref.columnAbsolute ? 0 : offset.columns),
  };
}

async function readGrid(
  env: FormulaEnv,
  sheet: string | undefined,
  start: { row: number; column: number },
  end: { row: number; column: number },
): Promise<Grid> {
  const grid: Grid = [];
  for (let r = Math.min(start.row, end.row); r <= Math.max(start.row, end.row); r++) {
    const row: CellValue[] = [];
    for (let c = Math.min(start.column, end.column); c <= Math.max(start.column, end.column); c++) {
      row.push(await env.cell(sheet, r, c));
    }
    grid.push(row);
  }
  return grid;
}

/** A range used where one value is expected gives #VALUE! (no implicit intersection), except 1×1. */
function scalar(value: FormulaValue): CellValue {
  if (!Array.isArray(value)) return value;
  return value.length === 1 && value[0].length === 1 ? value[0][0] : "#VALUE!";
}

/** Number, or an error value string. */
function toNumber(value: CellValue): number | string {
  if (isErrorValue(value)) return value as string;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === "") return 0;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : "#VALUE!";
}

function binaryOp(op: string, left: CellValue, right: CellValue): CellValue {
  if (isErrorValue(left)) return left;
  if (isErrorValue(right)) return right;
  if (op === "&") return text(left) + text(right);
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) return compare(op, left, right);
  const a = toNumber(left);
  const b = toNumber(right);
  if (typeof a === "string") return a;
  if (typeof b === "string") return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? "#DIV/0!" : a / b;
    default:
      return Math.pow(a, b);
  }
}

function text(value: CellValue): string {
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

function compare(op: string, left: CellValue, right: CellValue): boolean {
  // A blank cell equals both "" and 0.
  const normal = (v: CellValue, other: CellValue): CellValue =>
    v === "" && typeof other === "number" ? 0 : typeof v === "string" ? v.toLowerCase() : v;
  const a = normal(left, right);
  const b = normal(right, left);
  const order = a === b ? 0 : a < b ? -1 : 1;
  return {
    "=": order === 0,
    "<>": order !== 0,
    "<": order < 0,
    ">": order > 0,
    "<=": order <= 0,
    ">=": order >= 0,
  }[op]!;
}

/** Cells inserted (Down, Right) or deleted (Up, Left) on one sheet. */
export interface StructuralChange {
  sheet: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  direction: "Down" | "Right" | "Up" | "Left";
}

type Area = { start: CellRef; end?: CellRef };

/** Moves one reference as Excel does; null when the cells it named were deleted (#REF!). */
function moveArea(area: Area, change: StructuralChange): Area | null {
  const vertical = change.direction === "Down" || change.direction === "Up";
  const inserting = change.direction === "Down" || change.direction === "Right";
  const along = vertical ? "row" : "column";
  const across = vertical ? "column" : "row";
  const first = vertical ? change.row : change.column;
  const size = vertical ? change.rowCount : change.columnCount;
  const bandStart = vertical ? change.column : change.row;
  const bandEnd = bandStart + (vertical ? change.columnCount : change.rowCount);
  const end = area.end ?? area.start;
  const whole = vertical ? MAX_ROWS : MAX_COLUMNS;
  // A whole-column reference does not move when rows come and go (and the other way round).
  if (area.end && area.start[along] === 0 && end[along] === whole - 1) return area;
  if (
    Math.max(area.start[across], end[across]) < bandStart ||
    Math.min(area.start[across], end[across]) >= bandEnd
  ) {
    return area;
  }
  const move = (p: CellRef, corner: "start" | "end"): CellRef | null => {
    const at = p[along];
    if (inserting) return at >= first ? { ...p, [along]: at + size } : p;
    if (at >= first + size) return { ...p, [along]: at - size };
    if (at < first) return p;
    if (!area.end) return null;
    return corner === "start" ? { ...p, [along]: first } : { ...p, [along]: first - 1 };
  };
  const start = move(area.start, "start");
  const moved = area.end ? move(area.end, "end") : undefined;
  if (!start || moved === null) return null;
  if (moved && moved[along] < start[along]) return null;
  return { start, end: moved };
}

function formatRef(p: CellRef): string {
  return `${p.columnAbsolute ? "$" : ""}${columnLetters(p.column)}${p.rowAbsolute ? "$" : ""}${p.row + 1}`;
}

function formatArea(area: Area, original: string): string {
  const [a, b] = original.split(":");
  const end = area.end;
  if (end && /^\$?[A-Za-z]+$/.test(a) && /^\$?[A-Za-z]+$/.test(b ?? "")) {
    const col = (p: CellRef) => `${p.columnAbsolute ? "$" : ""}${columnLetters(p.column)}`;
    return `${col(area.start)}:${col(end)}`;
  }
  if (end && /^\$?\d+$/.test(a) && /^\$?\d+$/.test(b ?? "")) {
    const row = (p: CellRef) => `${p.rowAbsolute ? "$" : ""}${p.row + 1}`;
    return `${row(area.start)}:${row(end)}`;
  }
  return end ? `${formatRef(area.start)}:${formatRef(end)}` : formatRef(area.start);
}

/**
 * The formula with its references moved as Excel moves them when cells are inserted or deleted
 * ("Insert or delete cells, rows, and columns", support.microsoft.com): references past the change
 * shift, a block grows or shrinks, a reference to deleted cells becomes #REF!.
 */
export function shiftReferences(formula: string, formulaSheet: string, change: StructuralChange): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  let tokens: Token[];
  try {
    tokens = tokenize(body);
  } catch {
    return formula;
  }
  let out = "";
  let last = 0;
  for (const token of tokens) {
    if (token.type !== "ref") continue;
    const { sheetName, local } = splitSheet(token.text);
    if ((sheetName ?? formulaSheet).toLowerCase() !== change.sheet.toLowerCase()) continue;
    const moved = moveArea(parseArea(local), change);
    const prefix = sheetName === undefined ? "" : `${quoteSheetName(sheetName)}!`;
    out += body.slice(last, token.at) + (moved ? prefix + formatArea(moved, local) : "#REF!");
    last = token.at + token.text.length;
  }
  return `=${out}${body.slice(last)}`;
}
