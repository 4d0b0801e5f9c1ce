import { parseCellAddress } from "../domain";

/** 0-based row and column of an A1 cell address ("D12", "$D$12"). */
export function parseA1(address: string): { row: number; col: number } {
  const at = parseCellAddress(address);
  if (!at) throw new Error(`Not a cell address: ${address}`);
  return at;
}
