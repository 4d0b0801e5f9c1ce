import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";

function render(): void {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

// Office.onReady also resolves outside Office (host null), so the page renders in a plain browser too.
if (typeof Office === "undefined") render();
else void Office.onReady(render);
