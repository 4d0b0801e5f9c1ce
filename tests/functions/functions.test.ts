import { attainment, met, rate, status, targetText, threshold } from "../../src/functions/functions";
import { column, first, inExcelLanguage, shown, thrown } from "./helpers";

const cell = (v: unknown) => [[v]];

describe("CHITIEU.RATE", () => {
  it("gives the percentage, exact where floating point is not", () => {
    expect(first(rate(cell(3), cell(20)))).toBe(15);
    expect(first(rate(cell(2), cell(3)))).toBe(66.67);
  });

  it("reads counts as clerks type them", () => {
    expect(first(rate(cell("1.234"), cell("2.468")))).toBe(50);
    expect(first(rate(cell(" 12 "), cell("80")))).toBe(15);
  });

  it("is #N/A “not applicable”, not #DIV/0!, when the denominator is 0", () => {
    expect(shown(first(rate(cell(0), cell(0))))).toEqual({
      code: "#N/A",
      message: "Không áp dụng: mẫu số bằng 0",
    });
  });

  it("is #N/A when a count is missing, and #VALUE! with the reason for a wrong one", () => {
    expect(shown(first(rate(cell(""), cell(10))))).toEqual({ code: "#N/A", message: "Thiếu số liệu: Tử số" });
    expect(shown(first(rate(cell("mười"), cell(10))))).toEqual({
      code: "#VALUE!",
      message: "Tử số: “mười” không phải là số",
    });
    expect(shown(first(rate(cell(3), cell(-4))))).toMatchObject({ code: "#VALUE!" });
    expect(shown(first(rate(cell("95,5"), cell(100))))).toEqual({
      code: "#VALUE!",
      message: "Tử số: số lượng phải là số nguyên (95.5)",
    });
  });

  it("speaks English when Excel does", () => {
    const out = inExcelLanguage("en-US", () => first(rate(cell(1), cell(0))));
    expect(shown(out)).toEqual({ code: "#N/A", message: "Not applicable: the denominator is 0" });
  });

  it("spills a column of 300 units, one result per row", () => {
    const nums = Array.from({ length: 300 }, (_, i) => i % 21);
    const out = rate(column(nums), column(nums.map(() => 20)));
    expect(out).toHaveLength(300);
    expect(out.map((r) => r.length)).toEqual(nums.map(() => 1));
    expect(out[3][0]).toBe(15);
    expect(out[20][0]).toBe(100);
    expect(out.map((r) => r[0])).toEqual(nums.map((n) => Math.round(n * 500) / 100));
  });

  it("pairs a column with a single cell, and refuses ranges of different sizes", () => {
    expect(rate(column([1, 2, 3]), cell(4))).toEqual([[25], [50], [75]]);
    expect(thrown(() => rate(column([1, 2, 3]), column([4, 5])))).toEqual({
      code: "#VALUE!",
      message: "Các vùng ô phải cùng kích thước hoặc chỉ một ô (đang có 3×1, 2×1)",
    });
  });
});

describe("CHITIEU.ATTAINMENT", () => {
  it("gives actual over target as a percentage", () => {
    expect(first(attainment(cell(12), cell(15)))).toBe(80);
    expect(first(attainment(cell("12,5"), cell(25)))).toBe(50);
    expect(first(attainment(cell("1.500"), cell(1000)))).toBe(150);
  });

  it("is #N/A for a zero target and #VALUE! for text", () => {
    expect(shown(first(attainment(cell(5), cell(0))))).toEqual({
      code: "#N/A",
      message: "Không áp dụng: chỉ tiêu bằng 0",
    });
    expect(shown(first(attainment(cell("nhiều"), cell(10))))).toEqual({
      code: "#VALUE!",
      message: "Giá trị thực tế: “nhiều” không phải là số",
    });
  });
});

describe("CHITIEU.MET", () => {
  it("says Đạt or Không đạt for each comparator", () => {
    expect(first(met(cell(95), cell(">"), cell(90)))).toBe("Đạt");
    expect(first(met(cell(90), cell(">"), cell(90)))).toBe("Không đạt");
    expect(first(met(cell(90), cell(">="), cell(90)))).toBe("Đạt");
    expect(first(met(cell(90), cell("≥"), cell(90)))).toBe("Đạt");
    expect(first(met(cell(0), cell("="), cell(0)))).toBe("Đạt");
    expect(first(met(cell(3), cell("<"), cell(2)))).toBe("Không đạt");
    expect(first(met(cell("95,5"), cell(">"), cell("95")))).toBe("Đạt");
  });

  it("says Thiếu số liệu for a blank actual, and #VALUE! for an unknown comparator", () => {
    expect(first(met(cell(null), cell(">"), cell(90)))).toBe("Thiếu số liệu");
    expect(shown(first(met(cell(95), cell("lớn hơn"), cell(90))))).toEqual({
      code: "#VALUE!",
      message: "Phép so sánh phải là một trong: > · >= (≥) · = · <= (≤) · < (“lớn hơn”)",
    });
  });

  it("answers in English in an English Excel", () => {
    const out = inExcelLanguage("en-GB", () => met(column([95, 80]), cell(">"), cell(90)));
    expect(out).toEqual([["Met"], ["Not met"]]);
  });
});

describe("CHITIEU.STATUS", () => {
  const one = (...args: unknown[][][]) => first((status as (...a: unknown[][][]) => unknown[][])(...args));

  it("judges a rate target from its inputs in the domain's order (2.5: initiatives, members)", () => {
    expect(one(cell("2.5"), cell(12), cell(80))).toBe("Đạt"); // exactly 15%
    expect(one(cell("2.5"), cell(11), cell(80))).toBe("Không đạt");
    expect(one(cell("2.5"), cell("1.234"), cell("2.468"))).toBe("Đạt");
  });

  it("reads yes/no and choices as typed in Vietnamese", () => {
    expect(one(cell("2.2"), cell("Có"))).toBe("Đạt");
    expect(one(cell("2.2"), cell("không"))).toBe("Không đạt");
    expect(one(cell("2.3a"), cell("Hoàn thành tốt"))).toBe("Đạt");
    expect(one(cell("2.3b"), cell("hoàn thành tốt"))).toBe("Không đạt");
  });

  it("says Không áp dụng where the framework exempts the unit", () => {
    expect(one(cell("2.9"), cell(0), cell(0))).toBe("Không áp dụng");
    expect(one(cell("2.6a"), cell("Không"), cell("Không"))).toBe("Không áp dụng");
    expect(one(cell("2.7"), cell(0), cell("Không"))).toBe("Không áp dụng");
  });

  it("says Chưa đến hạn before the report where a target is judged, only when the period is given", () => {
    const status5 = status as (...a: unknown[][][]) => unknown[][];
    expect(first(status5(cell("2.5"), cell(1), cell(80), cell(null), cell("6 tháng")))).toBe("Chưa đến hạn");
    expect(first(status5(cell("2.5"), cell(1), cell(80), cell(null), cell("Năm")))).toBe("Không đạt");
    expect(first(status5(cell("2.6c"), cell(0), undefined as never, undefined as never, cell("Năm")))).toBe(
      "Chưa đến hạn",
    );
    expect(first(status5(cell("2.5"), cell(12), cell(80), cell(null), cell("6 tháng")))).toBe("Đạt");
  });

  it("says Thiếu số liệu when an input is blank", () => {
    expect(one(cell("2.5"), cell(12), cell(""))).toBe("Thiếu số liệu");
  });

  it("is #N/A for an unknown code, with a hint when Excel turned the code into a number", () => {
    expect(shown(one(cell("9.9"), cell(1)))).toEqual({
      code: "#N/A",
      message: "Không có chỉ tiêu mã “9.9” trong khung 2023–2028.",
    });
    expect(shown(one(cell(2.1), cell(1)))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining('"2.10"'),
    });
    expect(one(cell("2,5"), cell(12), cell(80))).toBe("Đạt");
    expect(one(cell(" 2.1A "), cell("Có"))).toBe("Đạt");
  });

  it("is #VALUE! with the domain's message for a wrong input, or one input too many", () => {
    expect(shown(one(cell("2.5"), cell("mười hai"), cell(80)))).toEqual({
      code: "#VALUE!",
      message: "Số đoàn viên đăng ký thực hiện sáng kiến, giải pháp: “mười hai” không phải là số",
    });
    expect(shown(one(cell("2.2"), cell("Có"), cell("Năm")))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("Chỉ tiêu 2.2 chỉ cần 1 số liệu"),
    });
    expect(shown(one(cell("2.2"), cell("Có"), cell(null), cell(null), cell("quý 3")))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("“quý 3” không có trong danh sách"),
    });
  });

  it("answers in English when Excel's display language is English", () => {
    const out = inExcelLanguage("en-US", () => [
      one(cell("2.5"), cell(12), cell(80)),
      one(cell("2.9"), cell(0), cell(0)),
      shown(one(cell("2.5"), cell("x?"), cell(80))),
    ]);
    expect(out).toEqual([
      "Met",
      "Not applicable",
      { code: "#VALUE!", message: "Members registering initiatives or solutions: “x?” is not a number" },
    ]);
  });

  it("checks 300 units in one formula: a column of inputs gives a column of statuses", () => {
    const members = Array.from({ length: 300 }, (_, i) => 20 + (i % 7));
    const initiatives = members.map((m, i) => (i % 3 === 0 ? Math.ceil(m * 0.15) : Math.floor(m * 0.1)));
    initiatives[299] = "" as unknown as number;
    const out = status([["2.5"]], column(initiatives), column(members));
    expect(out).toHaveLength(300);
    const expected = members.map((m, i) =>
      i === 299 ? "Thiếu số liệu" : initiatives[i] * 100 >= 15 * m ? "Đạt" : "Không đạt",
    );
    expect(out.map((r) => r[0])).toEqual(expected);
    expect(expected.filter((s) => s === "Đạt").length).toBeGreaterThan(50);
  });

  it("takes a column of codes too", () => {
    expect(status(column(["2.2", "2.4", "2.10"]), column(["Có", "Không", "x"]))).toEqual([
      ["Đạt"],
      ["Không đạt"],
      ["Đạt"],
    ]);
  });
});

describe("CHITIEU.THRESHOLD and CHITIEU.TARGETTEXT", () => {
  it("gives the threshold of rate and count targets", () => {
    expect(threshold(column(["2.5", "2.6b", "2.7"]))).toEqual([[15], [95], [1]]);
  });

  it("is #N/A for a yes/no criterion or an unknown code", () => {
    expect(shown(first(threshold(cell("2.2"))))).toEqual({
      code: "#N/A",
      message: "Chỉ tiêu 2.2 là tiêu chí có/không, không có ngưỡng số",
    });
    expect(shown(first(threshold(cell("3.1"))))).toMatchObject({ code: "#N/A" });
  });

  it("gives the target's text in Excel's language", () => {
    expect(first(targetText(cell("2.5")))).toMatch(/^Hàng năm, mỗi CĐCS có ít nhất 15% đoàn viên/);
    expect(inExcelLanguage("en-US", () => first(targetText(cell("2.5"))))).toMatch(/^Every year, each/);
    expect(shown(first(targetText(cell(""))))).toMatchObject({ code: "#N/A" });
  });
});
