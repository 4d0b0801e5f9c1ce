import { createRoot } from "react-dom/client";
import { displayLanguage } from "../shared/language";
import { PaneRoot } from "./components/PaneRoot";
import { officeHost } from "./host";

function render(): void {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(<PaneRoot host={officeHost(displayLanguage())} />);
}

// Office.onReady also resolves outside Office (host null), so the page renders in a plain browser too.
if (typeof Office === "undefined") render();
else void Office.onReady(render);
