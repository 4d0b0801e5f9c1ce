import type { Framework } from "../domain";

/** Who issues a report: a grassroots union (CĐCS) or the provincial office (CĐVC tỉnh). */
export type Issuer = "unit" | "province";

/** What a union document's head and foot say; typed once, kept in the workbook's settings sheet. */
export interface DocumentSettings {
  /** The superior body, top left: “CĐVC TỈNH BÌNH ĐỊNH”. */
  superior: string;
  /** The issuing body, under it: “BCH CĐCS TRƯỜNG THPT SỐ 1”. */
  issuer: string;
  /** The document's number; blank leaves room to write it by hand (“Số:      /BC-CĐCS”). */
  number: string;
  /** The kind and issuer's abbreviation after the slash: “BC-CĐCS”. */
  symbol: string;
  /** The place before the date: “Bình Định”. */
  place: string;
  /** The date as yyyy-mm-dd; blank leaves day and month to write by hand. */
  date: string;
  signer: { capacity: string; title: string; name: string };
  preparer: { title: string; name: string };
  /** “Nơi nhận”, one recipient a line, without the leading dash and the closing punctuation. */
  recipients: string[];
}

type DocumentDefaults = NonNullable<Framework["document"]>;

/** The title's subject before the period, from the framework. */
export const documentSubject = (fw: Framework) => (fw.document ?? FALLBACK).subject;

/** Upper case as on a letterhead, Vietnamese letters included. */
export const upper = (text: string) => text.toLocaleUpperCase("vi-VN");

/**
 * The framework's defaults for an issuer. `{unit}` in the unit's issuer is replaced by the unit's name
 * (upper case), e.g. “BCH CĐCS {unit}”; without a name it stays a blank to fill in.
 */
export function defaultSettings(fw: Framework, issuer: Issuer, unitName = ""): DocumentSettings {
  const doc: DocumentDefaults = fw.document ?? FALLBACK;
  const own = doc[issuer];
  return {
    superior: own.superior,
    issuer: own.issuer.replace("{unit}", unitName.trim() ? upper(unitName.trim()) : "…"),
    number: "",
    symbol: own.symbol,
    place: doc.place,
    date: "",
    signer: { capacity: own.signer.capacity, title: own.signer.title, name: "" },
    preparer: { title: doc.preparer, name: "" },
    recipients: [...own.recipients],
  };
}

/** For a framework without a `document` block: the national conventions, names left to fill in. */
const FALLBACK: DocumentDefaults = {
  subject: "Kết quả thực hiện các chỉ tiêu",
  place: "…",
  preparer: "NGƯỜI LẬP BIỂU",
  unit: {
    superior: "…",
    issuer: "BCH CĐCS {unit}",
    symbol: "BC-CĐCS",
    signer: { capacity: "TM. BAN CHẤP HÀNH", title: "CHỦ TỊCH" },
    recipients: ["Lưu: VT"],
  },
  province: {
    superior: "…",
    issuer: "…",
    symbol: "BC",
    signer: { capacity: "TM. BAN THƯỜNG VỤ", title: "CHỦ TỊCH" },
    recipients: ["Lưu: VT"],
  },
};
