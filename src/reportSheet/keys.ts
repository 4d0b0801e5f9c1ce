/**
 * Machine-readable keys that let a reader find every field of a report sheet after a clerk inserts
 * rows or columns, renames the sheet or copies it into another workbook: they live in cells (a hidden
 * key column and a hidden key row), so they travel with the cells.
 */
export const MARKER_PREFIX = "chitieu-report/";
export const FIELD_PREFIX = "chitieu:";
export const TARGET_PREFIX = "chitieu:target:";

export const COLUMN_KEYS = [
  "code",
  "label",
  "value",
  "threshold",
  "actual",
  "status",
  "note",
  "check",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export function marker(frameworkId: string, version: number): string {
  return `${MARKER_PREFIX}1/${frameworkId}/${version}`;
}

export function parseMarker(text: string): { frameworkId: string; version: number } | null {
  const m = /^chitieu-report\/1\/([^/]+)\/(\d+)$/.exec(text);
  return m ? { frameworkId: m[1], version: Number(m[2]) } : null;
}
