import { createRoot } from "react-dom/client";
import { forgetInBrowser, keepInBrowser, restoreFromBrowser } from "./browserStorage";
import { Preview } from "./components/Preview";
import { previewOptions } from "./previewOptions";
import { createPreviewWorkbook } from "./previewWorkbook";

// The preview page (npm start, no Excel): the real task pane beside a simulated workbook, which is
// kept in the browser's storage between visits.
const root = document.getElementById("root");
if (root) {
  const workbook = createPreviewWorkbook();
  void restoreFromBrowser(workbook, localStorage).then(() => {
    const stop = keepInBrowser(workbook, localStorage, (e) => console.warn("Không lưu được / Not kept", e));
    const startOver = () => {
      stop();
      forgetInBrowser(localStorage);
      window.location.reload();
    };
    createRoot(root).render(
      <Preview
        workbook={workbook}
        options={previewOptions(window.location.search)}
        onStartOver={startOver}
      />,
    );
  });
}
