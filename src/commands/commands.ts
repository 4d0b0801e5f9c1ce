import { requestPane, type PaneRequest } from "../shared/paneRequest";

export const MERGE_NOT_READY: PaneRequest = {
  section: "report",
  notice: {
    intent: "info",
    text: {
      vi: "Chức năng Tổng hợp báo cáo các đơn vị đang được xây dựng và sẽ có trong bản cập nhật tới. Trong lúc chờ, các hàm CHITIEU (ví dụ CHITIEU.TRANGTHAI) kiểm tra được chỉ tiêu của từng đơn vị.",
      en: "Merging the units' reports is being built and comes in the next update. Meanwhile the CHITIEU functions (e.g. CHITIEU.STATUS) check each unit's targets.",
    },
  },
};

/** Opens the pane on `request`; the button's event completes whether or not the pane could open. */
async function openPane(request: PaneRequest, event: Office.AddinCommands.Event): Promise<void> {
  requestPane(request);
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

/** Ribbon “Tổng hợp”. The merge itself is another issue; until then the pane says so. */
export function mergeReports(event: Office.AddinCommands.Event): Promise<void> {
  return openPane(MERGE_NOT_READY, event);
}

/** Ribbon “Trợ giúp”: the pane, on its help section. */
export function showHelp(event: Office.AddinCommands.Event): Promise<void> {
  return openPane({ section: "help" }, event);
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("mergeReports", mergeReports);
    Office.actions.associate("showHelp", showHelp);
  });
}
