import { defaultFramework as fw } from "../../src/domain";
import {
  defaultSettings,
  documentFoot,
  documentHead,
  placeAndDate,
  type DocumentBlock,
  type DocumentSpan,
} from "../../src/document";

const texts = (b: DocumentBlock) => b.rows.map((r) => r.map((c) => c.value ?? "").filter(Boolean));
const narrow: DocumentSpan = { widths: [5, 42, 13, 9, 9, 11], split: 2 };
const title = { kind: "Báo cáo", subject: "Kết quả thực hiện các chỉ tiêu năm 2025", year: 2025 };

describe("the head and foot of a union document", () => {
  it("puts the bodies top left and the national heading top right, then number, date and title", () => {
    const head = documentHead(defaultSettings(fw, "unit", "Trường THPT số 1"), title, narrow);
    expect(texts(head).slice(0, 6)).toEqual([
      ["CĐVC TỈNH BÌNH ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["BCH CĐCS TRƯỜNG THPT SỐ 1", "Độc lập - Tự do - Hạnh phúc"],
      ["Số:      /BC-CĐCS", "Bình Định, ngày     tháng     năm 2025"],
      [],
      ["BÁO CÁO"],
      ["Kết quả thực hiện các chỉ tiêu năm 2025"],
    ]);
    expect(head.rows[0][2].value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(head.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 2 });
    expect(head.merges).toContainEqual({ row: 0, col: 2, rows: 1, cols: 4 });
    expect(head.merges).toContainEqual({ row: 4, col: 0, rows: 1, cols: 6 });
    expect(head.rows.every((r) => r.length === 6)).toBe(true);
    expect(head.rows[1][0].look).toMatchObject({ font: "Times New Roman", bold: true, size: 13 });
    expect(head.rows[2][2].look).toMatchObject({ italic: true });
  });

  it("names the province office and its standing committee", () => {
    const s = {
      ...defaultSettings(fw, "province"),
      number: "12",
      date: "2025-02-05",
      signer: { capacity: "TM. BAN THƯỜNG VỤ", title: "CHỦ TỊCH", name: "Nguyễn Văn A" },
    };
    const wide: DocumentSpan = { widths: Array.from({ length: 12 }, () => 10), split: 5 };
    const head = texts(documentHead(s, title, wide));
    expect(head[0]).toEqual(["LĐLĐ TỈNH BÌNH ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(head[1][0]).toBe("CÔNG ĐOÀN VIÊN CHỨC TỈNH");
    expect(head[2]).toEqual(["Số: 12/BC-CĐVC", "Bình Định, ngày 05 tháng 02 năm 2025"]);
    const foot = texts(documentFoot(s, wide)).filter((r) => r.length);
    expect(foot).toEqual([
      ["NGƯỜI LẬP BIỂU", "TM. BAN THƯỜNG VỤ"],
      ["CHỦ TỊCH"],
      ["Nguyễn Văn A"],
      ["Nơi nhận:"],
      ["– LĐLĐ tỉnh (b/c);"],
      ["– Các CĐCS trực thuộc;"],
      ["– Lưu: VT, VP."],
    ]);
  });

  it("writes day below 10 and month below 3 with a leading zero", () => {
    expect(placeAndDate("Bình Định", "2025-12-05", 2025)).toBe("Bình Định, ngày 05 tháng 12 năm 2025");
    expect(placeAndDate("Bình Định", "2025-03-15", 2025)).toBe("Bình Định, ngày 15 tháng 3 năm 2025");
  });

  it("gives a row the height its wrapped text needs in a narrow span", () => {
    const s = defaultSettings(fw, "unit", "Trường Trung học phổ thông chuyên Lê Quý Đôn thành phố Quy Nhơn");
    const head = documentHead(s, title, narrow);
    expect(head.heights[1]).toBeGreaterThan(head.heights[0]);
    expect(head.heights.every((h) => h >= 15)).toBe(true);
  });
});
