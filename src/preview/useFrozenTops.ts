import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * Where each frozen row sticks (pixels from the top of the scroller): under the column headers and the
 * frozen rows above it. Rows may be taller than the default (wrapped text), so they are measured.
 */
export function useFrozenTops(table: RefObject<HTMLTableElement>, frozenRows: number): number[] {
  const [tops, setTops] = useState<number[]>([]);
  useLayoutEffect(() => {
    const el = table.current;
    if (!el) return;
    const head = el.tHead?.getBoundingClientRect().height ?? 0;
    const next: number[] = [];
    let top = head;
    for (let i = 0; i <= frozenRows; i++) {
      next.push(top);
      top += el.tBodies[0]?.rows[i]?.getBoundingClientRect().height ?? 0;
    }
    if (next.join() !== tops.join()) setTops(next);
  });
  return tops;
}
