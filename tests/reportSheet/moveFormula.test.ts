import { moveFormula } from "../../src/reportSheet/moveFormula";

// Old row 11 (D12) moved down 3 rows, column D stays, column J moves to K.
const moves = { row: (r: number) => (r >= 11 ? r + 3 : r), col: (c: number) => (c === 9 ? 10 : c) };

describe("a typed formula's references move with the cells", () => {
  it.each([
    ["=D12*2", "=D15*2"],
    ["=$D$12/D5", "=$D$15/D5"],
    ["=SUM(D12:J14)", "=SUM(D15:K17)"],
    ["=SUM(J:J)+SUM(12:13)", "=SUM(K:K)+SUM(15:16)"],
    ['="D12 là ô "&D12', '="D12 là ô "&D15'],
    ["=Khác!D12+'Sổ 2'!D12", "=Khác!D12+'Sổ 2'!D12"],
    ["=LOG10(D12)", "=LOG10(D15)"],
  ])("%s → %s", (before, after) => expect(moveFormula(before, moves)).toBe(after));
});
