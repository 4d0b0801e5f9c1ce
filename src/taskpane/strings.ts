import type { Text } from "../domain";

export const strings = {
  title: { vi: "Chỉ tiêu", en: "Chỉ tiêu (union targets)" },
  report: {
    vi: "Mẫu báo cáo của đơn vị sẽ có ở đây. Trong lúc chờ, xem Trợ giúp để dùng các hàm CHITIEU.",
    en: "The unit's report template will be here. Meanwhile, see Help to use the CHITIEU functions.",
  },
  toHelp: { vi: "Trợ giúp", en: "Help" },
  toReport: { vi: "Mẫu báo cáo", en: "Report template" },
  missing: {
    vi: "Phiên bản Excel này chưa hỗ trợ: ",
    en: "This version of Excel does not support: ",
  },
  missingTail: {
    vi: ". Các chức năng đó sẽ tắt; các hàm CHITIEU vẫn dùng được.",
    en: ". Those features will be off; the CHITIEU functions still work.",
  },
  functionsTitle: { vi: "Các hàm CHITIEU", en: "The CHITIEU functions" },
  inputsTitle: { vi: "Số liệu của CHITIEU.STATUS theo chỉ tiêu", en: "CHITIEU.STATUS inputs by target" },
  code: { vi: "Mã", en: "Code" },
  inputs: { vi: "Số liệu, theo thứ tự", en: "Inputs, in order" },
} satisfies Record<string, Text>;
