import { useMemo, useState } from "react";
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { PaneRoot } from "../../taskpane/components/PaneRoot";
import type { PaneHost } from "../../taskpane/host";
import type { PreviewOptions } from "../previewOptions";
import type { PreviewWorkbook } from "../previewWorkbook";
import { PreviewBanner } from "./PreviewBanner";
import { Workbook } from "./Workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%" },
  main: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    "@media (max-width: 700px)": { flexDirection: "column" },
  },
  pane: {
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 700px)": { width: "auto !important", borderLeft: "none" },
  },
});

/** The preview page: a simulated workbook on the left, the real task pane on the right. */
interface Props {
  workbook: PreviewWorkbook;
  options: PreviewOptions;
  /** Drops the work kept in the browser and reloads an empty workbook. */
  onStartOver: () => void;
}

export function Preview({ workbook, options, onStartOver }: Props) {
  const styles = useStyles();
  const [theme, setTheme] = useState(options.theme);
  const [paneWidth, setPaneWidth] = useState(380);
  const host = useMemo<PaneHost>(
    () => ({
      run: workbook.run,
      isSetSupported: (set, version) => set === "ExcelApi" && Number(version) <= options.api,
      theme,
      language: options.language,
    }),
    [workbook, options, theme],
  );
  return (
    // Fluent's portals (menus, dialogs) copy the provider's classes, so the page's height is a style here.
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <div className={styles.root}>
        <PreviewBanner
          theme={theme}
          onTheme={setTheme}
          paneWidth={paneWidth}
          onPaneWidth={setPaneWidth}
          api={options.api}
        />
        <div className={styles.main}>
          <Workbook workbook={workbook} onStartOver={onStartOver} />
          <aside
            className={styles.pane}
            style={{ width: paneWidth }}
            aria-label="Ngăn tác vụ / Task pane"
            data-testid="pane"
          >
            <PaneRoot host={host} />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
