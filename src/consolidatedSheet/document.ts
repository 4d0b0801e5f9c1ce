import type { Text } from "../domain";
import type { Language } from "../shared/language";
import { spread, type PaperCell } from "./looks";

/**
 * What a union document needs around the province's report (decision 933/QĐ-TLĐ, after decree
 * 30/2020/NĐ-CP): the superior and issuing bodies, the document number, place and date, the recipients
 * and who signs. A user types them once; these are the defaults.
 */
export interface DocumentSettings {
  superior: string;
  issuer: string;
  /** “Số: …/BC-CĐVC”, dots left for the clerk's number. */
  number: string;
  place: string;
  /** ISO date, or null for “ngày … tháng … năm …” left to fill by hand. */
  date: string | null;
  recipients: string[];
  onBehalf: string;
  signerTitle: string;
  signer: string;
  preparerTitle: string;
  preparer: string;
}

export const PROVINCE_DOCUMENT: DocumentSettings = {
  superior: "LĐLĐ TỈNH BÌNH ĐỊNH",
  issuer: "CÔNG ĐOÀN VIÊN CHỨC TỈNH",
  number: "Số:       /BC-CĐVC",
  place: "Bình Định",
  date: null,
  recipients: ["- LĐLĐ tỉnh (để báo cáo);", "- Các CĐCS trực thuộc;", "- Lưu: VT, VP."],
  onBehalf: "TM. BAN THƯỜNG VỤ",
  signerTitle: "CHỦ TỊCH",
  signer: "",
  preparerTitle: "NGƯỜI LẬP BIỂU",
  preparer: "",
};

const NATION: Text = { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" };
const MOTTO: Text = { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" };

function placeDate(d: DocumentSettings, lang: Language): string {
  const [y, m, day] = d.date ? d.date.split("-") : ["……", "……", "……"];
  return lang === "vi"
    ? `${d.place}, ngày ${day} tháng ${m} năm ${y}`
    : `${d.place}, ${d.date ? `${day}/${m}/${y}` : "…/…/…"}`;
}

/**
 * The letterhead over `columns` columns: the bodies on the left `left` columns, the national heading on
 * the rest, then the number and the place and date.
 */
export function letterhead(d: DocumentSettings, lang: Language, left: number, columns: number): PaperCell[][] {
  const right = columns - left;
  const pair = (l: PaperCell, r: PaperCell): PaperCell[] => spread([{ ...l, span: left }, { ...r, span: right }]);
  return [
    pair({ value: d.superior, style: "letterhead" }, { value: NATION[lang], style: "nation" }),
    pair({ value: d.issuer, style: "issuer" }, { value: MOTTO[lang], style: "motto" }),
    pair({ value: d.number, style: "docNumber" }, { value: placeDate(d, lang), style: "placeDate" }),
  ];
}

/** The foot: the preparer and the signer side by side, room to sign, their names, then the recipients. */
export function signatureBlock(
  d: DocumentSettings,
  lang: Language,
  left: number,
  columns: number,
): PaperCell[][] {
  const right = columns - left;
  const pair = (l: PaperCell, r: PaperCell): PaperCell[] => spread([{ ...l, span: left }, { ...r, span: right }]);
  const recipients = lang === "vi" ? "Nơi nhận:" : "Recipients:";
  return [
    pair({ value: d.preparerTitle, style: "signRole" }, { value: d.onBehalf, style: "signRole" }),
    pair({}, { value: d.signerTitle, style: "signRole" }),
    [],
    [],
    [],
    pair({ value: d.preparer, style: "signName" }, { value: d.signer, style: "signName" }),
    [],
    spread([{ value: recipients, style: "recipientsHead", span: left }]),
    ...d.recipients.map((r) => spread([{ value: r, style: "recipient", span: left }])),
  ];
}
