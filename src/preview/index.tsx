import { createRoot } from "react-dom/client";
import { Preview } from "./components/Preview";
import { previewOptions } from "./previewOptions";
import { createPreviewWorkbook } from "./previewWorkbook";

// The preview page (npm start, no Excel): the real task pane beside a simulated workbook.
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <Preview workbook={createPreviewWorkbook()} options={previewOptions(window.location.search)} />,
  );
}
