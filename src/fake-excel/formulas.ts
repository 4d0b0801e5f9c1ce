import { columnIndex, splitSheet } from "./addresses";
import { isErrorValue, type CellValue } from "./cells";

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

type Token = { type: "num" | "str" | "ref" | "ident" | "op"; text: string };

const SHEET_REF =
  /^(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/u;
const LOCAL_REF = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\p{L}\p{N}_.(!])/u;
const IDENT = /^[\p{L}_][\p{L}\p{N}_.]*/u;
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const OPERATOR = /^(<>|<=|>=|[-+*/^&=<>(),;])/;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let rest = source;
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
      tokens.push({ type: "str", text: end[1].replace(/""/g, '"') });
      rest = rest.slice(end[0].length);
      continue;
    } else if ((match = SHEET_REF.exec(rest) ?? LOCAL_REF.exec(rest))) type = "ref";
    else if ((match = NUMBER.exec(rest))) type = "num";
    else if ((match = IDENT.exec(rest))) type = "ident";
    else if ((match = OPERATOR.exec(rest))) type = "op";
    else throw new FormulaSyntaxError(`Unexpected character ${rest[0]}`);
    tokens.push({ type, text: match[0] });
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
      case "ref": {
        const { sheetName, local } = splitSheet(token.text);
        const [start, end] = local.split(":").map(parseCellRef);
        return { kind: "ref", sheet: sheetName, start, end };
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
      return readGrid(env, expr.sheet, start, end);
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
      const builtin = BUILTINS[expr.name.toUpperCase()];
      if (builtin) return builtin(args);
      const fromReference = expr.args.map((arg) => arg.kind === "ref" || arg.kind === "name");
      const omitted = expr.args.map((arg) => arg.kind === "omitted");
      return (await env.callFunction(expr.name, args, fromReference, omitted)) ?? "#NAME?";
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

function flat(args: FormulaValue[]): CellValue[] {
  return args.flatMap((arg) => (Array.isArray(arg) ? arg.flat() : [arg]));
}

function truthy(value: FormulaValue): boolean | string {
  const n = toNumber(scalar(value));
  return typeof n === "number" ? n !== 0 : "#VALUE!";
}

/** The few built-in functions that validation and template formulas use. */
const BUILTINS: Record<string, (args: FormulaValue[]) => CellValue> = {
  SUM: (args) => {
    let total = 0;
    for (const v of flat(args)) {
      if (isErrorValue(v)) return v;
      if (typeof v === "number") total += v;
    }
    return total;
  },
  IF: ([condition, whenTrue = true, whenFalse = false]) => {
    const t = truthy(condition);
    if (typeof t === "string") return t;
    return scalar(t ? whenTrue : whenFalse);
  },
  AND: (args) => flat(args).every((v) => truthy(v) === true),
  OR: (args) => flat(args).some((v) => truthy(v) === true),
  NOT: ([v]) => truthy(v) !== true,
  LEN: ([v]) => text(scalar(v)).length,
  ISNUMBER: ([v]) => typeof scalar(v) === "number",
  ISBLANK: ([v]) => scalar(v) === "",
};
