import { defaultFramework, type Text } from "../domain";
import { mergeWorkbook } from "../excel/mergeWorkbook";
import type { PaneRequest } from "../shared/paneRequest";
import { capabilitiesOf, FEATURES, supports, type IsSetSupported } from "../shared/capabilities";
import { errorText } from "../shared/failure";

function keptBeside(old: string, edited: boolean | null, sheet: string): Text {
  return edited
    ? {
        vi: `Trang “${old}” đã được sửa sau khi tạo nên được giữ nguyên; kết quả tổng hợp mới ở trang “${sheet}”.`,
        en: `The sheet “${old}” was edited after it was made, so it is kept; the new consolidation is on “${sheet}”.`,
      }
    : {
        vi: `Không biết trang “${old}” có được sửa sau khi tạo hay không nên được giữ nguyên; kết quả tổng hợp mới ở trang “${sheet}”.`,
        en: `Whether the sheet “${old}” was edited after it was made cannot be told, so it is kept; the new consolidation is on “${sheet}”.`,
      };
}

/**
 * The ribbon's one-click merge of the workbook's report sheets: the pane then opens on the summary,
 * or on the reason the merge could not run. Loaded only when the button is pressed.
 */
export async function mergeFromRibbon(
  run: Parameters<typeof mergeWorkbook>[0],
  isSetSupported: IsSetSupported,
): Promise<PaneRequest> {
  if (!supports(isSetSupported, FEATURES.merge))
    return {
      section: "merge",
      notice: {
        intent: "warning",
        text: {
          vi: "Phiên bản Excel này chưa tổng hợp được (cần ExcelApi 1.7).",
          en: "This version of Excel cannot merge (it needs ExcelApi 1.7).",
        },
      },
    };
  try {
    // The ribbon cannot ask: an earlier consolidation edited since it was made is kept, the new one beside it.
    const { sheet, consolidation, history, previous, followUp } = await mergeWorkbook(
      run,
      defaultFramework,
      capabilitiesOf(isSetSupported),
      { keepHistory: true },
    );
    const kept =
      previous && !previous.replaced ? keptBeside(previous.sheet, previous.edited, sheet) : undefined;
    return {
      section: "merge",
      notice: kept && { intent: "warning", text: kept },
      merged: { sheet, consolidation, history: history?.notice, followUp },
    };
  } catch (error) {
    return { section: "merge", notice: { intent: "error", text: errorText(error) } };
  }
}
