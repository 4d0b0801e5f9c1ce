import type { ValidationSpec } from "./validation";

/** A cell's value as Range.values reports it; "" is an empty cell. */
export type CellValue = number | string | boolean;

export interface Cell {
  value: CellValue;
  /** The formula text including the leading "=", when the cell holds a formula. */
  formula?: string;
  numberFormat: string;
  fill?: string;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontName: string;
  fontColor: string;
  wrapText: boolean;
  /** Font underline, horizontal and vertical alignment as Excel names them ("None", "General", "Bottom"). */
  underline: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  validation?: ValidationSpec;
  /** A custom function's message for the error value it gave (shown on hover in Excel). */
  errorReason?: string;
}

export const TEXT_FORMAT = "@";

/** Excel's Normal style: General, Calibri 11, black, no fill. */
export const DEFAULT_FORMAT = {
  numberFormat: "General",
  bold: false,
  italic: false,
  fontSize: 11,
  fontName: "Calibri",
  fontColor: "#000000",
  wrapText: false,
  underline: "None",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
} as const;

export function emptyCell(): Cell {
  return { ...DEFAULT_FORMAT, value: "" };
}

export function isBlankCell(cell: Cell): boolean {
  const blank = emptyCell();
  return (
    cell.value === "" &&
    cell.formula === undefined &&
    cell.numberFormat === blank.numberFormat &&
    cell.fill === undefined &&
    !cell.bold &&
    !cell.italic &&
    cell.fontSize === blank.fontSize &&
    cell.fontName === blank.fontName &&
    cell.fontColor === blank.fontColor &&
    !cell.wrapText &&
    cell.underline === blank.underline &&
    cell.horizontalAlignment === blank.horizontalAlignment &&
    cell.verticalAlignment === blank.verticalAlignment &&
    cell.validation === undefined
  );
}

export function valueType(value: CellValue): `${Excel.RangeValueType}` {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return isErrorValue(value) ? "Error" : "String";
}

export const ERROR_VALUES = ["#NAME?", "#DIV/0!", "#VALUE!", "#N/A", "#REF!", "#NUM!", "#NULL!", "#CALC!"];

export function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && ERROR_VALUES.includes(value);
}

/** Range.text for the number formats the product uses; anything else is shown as General. */
export function displayText(cell: Cell): string {
  const { value, numberFormat } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number" || numberFormat === TEXT_FORMAT) return String(value);
  const date = /^(m\/d\/yyyy|dd\/mm\/yyyy)$/.exec(numberFormat);
  if (date) {
    const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86400000);
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const pad = (n: number) => String(n).padStart(2, "0");
    return date[1] === "m/d/yyyy" ? `${m}/${d}/${y}` : `${pad(d)}/${pad(m)}/${y}`;
  }
  const percent = numberFormat.endsWith("%");
  const pattern = percent ? numberFormat.slice(0, -1) : numberFormat;
  const shown = percent ? value * 100 : value;
  const decimals = /^#,##0(\.0+)?$|^0(\.0+)?$/.exec(pattern);
  if (!decimals) return String(Number(value.toPrecision(11)));
  const places = (decimals[1] ?? decimals[2] ?? ".").length - 1;
  const grouped = pattern.startsWith("#,##0");
  const text = shown.toLocaleString("en-US", {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
    useGrouping: grouped,
  });
  return percent ? `${text}%` : text;
}
