import { errorText } from "../shared/failure";
import { requestPane, type PaneRequest } from "../shared/paneRequest";

/** Opens the pane on `request`; the button's event completes whether or not the pane could open. */
async function openPane(request: PaneRequest, event: Office.AddinCommands.Event): Promise<void> {
  requestPane(request);
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

/** Ribbon “Tổng hợp”: merges the workbook's report sheets in one click, then shows the summary. */
export async function mergeReports(event: Office.AddinCommands.Event): Promise<void> {
  let request: PaneRequest;
  try {
    const { mergeFromRibbon } = await import(/* webpackChunkName: "merge" */ "./mergeFromRibbon");
    request = await mergeFromRibbon(
      (batch) => Excel.run(batch),
      (set, version) => Office.context.requirements.isSetSupported(set, version),
    );
  } catch (error) {
    request = { section: "merge", notice: { intent: "error", text: errorText(error) } };
  }
  return openPane(request, event);
}

/** Ribbon “Mẫu báo cáo” (when wired as a function): the pane, on its template section. */
export function showTemplate(event: Office.AddinCommands.Event): Promise<void> {
  return openPane({ section: "report" }, event);
}

/** Ribbon “Trợ giúp”: the pane, on its help section. */
export function showHelp(event: Office.AddinCommands.Event): Promise<void> {
  return openPane({ section: "help" }, event);
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("mergeReports", mergeReports);
    Office.actions.associate("showTemplate", showTemplate);
    Office.actions.associate("showHelp", showHelp);
  });
}
