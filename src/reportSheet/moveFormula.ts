import { columnLetters, parseCellAddress } from "../domain";

/** Where a row or a column of the old sheet lands on the new one (0-based sheet positions). */
export interface Moves {
  row: (row: number) => number;
  col: (col: number) => number;
}

// A cell or a block (D12, $D$12:E14), whole columns (D:E) or whole rows (3:5), not after a sheet name
// ("Khác!D12" stays: it is another sheet's cell), not a function name (LOG10( is a call).
const REFERENCE =
  /(?<![A-Za-z0-9_.!$'"])(?:(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?|(\$?[A-Z]{1,3}):(\$?[A-Z]{1,3})|(\$?\d+):(\$?\d+))(?![A-Za-z0-9_(!])/g;

const COLUMN = /^(\$?)([A-Z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

function moveCell(ref: string, moves: Moves): string {
  const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(ref)!;
  const at = parseCellAddress(ref)!;
  return `${m[1]}${columnLetters(moves.col(at.col))}${m[3]}${moves.row(at.row) + 1}`;
}

function moveColumn(ref: string, moves: Moves): string {
  const [, $, letters] = COLUMN.exec(ref)!;
  return $ + columnLetters(moves.col(parseCellAddress(`${letters}1`)!.col));
}

function moveRow(ref: string, moves: Moves): string {
  const [, $, digits] = ROW.exec(ref)!;
  return $ + String(moves.row(Number(digits) - 1) + 1);
}

/**
 * A formula typed on the old sheet with its references to that sheet moved as its rows and columns
 * move, as Excel moves them when rows are inserted: text in quotes and other sheets' cells are left.
 */
export function moveFormula(formula: string, moves: Moves): string {
  // Even pieces are outside string literals, odd ones inside ("" inside a literal splits into two
  // adjacent odd pieces around an empty even one, which holds no reference).
  return formula
    .split('"')
    .map((piece, i) =>
      i % 2
        ? piece
        : piece.replace(
            REFERENCE,
            (_all, a?: string, b?: string, c1?: string, c2?: string, r1?: string, r2?: string) => {
              if (a) return b ? `${moveCell(a, moves)}:${moveCell(b, moves)}` : moveCell(a, moves);
              if (c1 && c2) return `${moveColumn(c1, moves)}:${moveColumn(c2, moves)}`;
              return `${moveRow(r1!, moves)}:${moveRow(r2!, moves)}`;
            },
          ),
    )
    .join('"');
}
