import { defaultFramework } from "../domain";
import { mergeWorkbook } from "../excel/mergeWorkbook";
import type { PaneRequest } from "../shared/paneRequest";
import { capabilitiesOf, FEATURES, supports, type IsSetSupported } from "../shared/capabilities";
import { errorText } from "../shared/failure";

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
    const { sheet, consolidation, history, followUp } = await mergeWorkbook(
      run,
      defaultFramework,
      capabilitiesOf(isSetSupported),
      { keepHistory: true },
    );
    return { section: "merge", merged: { sheet, consolidation, history: history?.notice, followUp } };
  } catch (error) {
    return { section: "merge", notice: { intent: "error", text: errorText(error) } };
  }
}
