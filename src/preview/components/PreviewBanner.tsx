import { Body1Strong, Caption1, makeStyles, Switch, ToggleButton, tokens } from "@fluentui/react-components";
import type { ThemeName } from "../../taskpane/host";

const useStyles = makeStyles({
  banner: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `1px solid ${tokens.colorPaletteYellowBorder2}`,
  },
});

interface Props {
  theme: ThemeName;
  onTheme: (t: ThemeName) => void;
  paneWidth: number;
  onPaneWidth: (w: number) => void;
  api: number;
}

/** Says plainly this is a preview, not Excel; switches the simulated Office theme and the pane's width. */
export function PreviewBanner({ theme, onTheme, paneWidth, onPaneWidth, api }: Props) {
  const styles = useStyles();
  return (
    <header className={styles.banner} role="banner">
      <Body1Strong>BẢN XEM THỬ — không phải Excel / PREVIEW — not Excel</Body1Strong>
      <Caption1>
        Trang web mô phỏng Excel, không phải Excel; để dùng bổ trợ thật, trong Excel chọn Trang đầu › Bổ trợ ›
        Tải lên Bổ trợ của tôi và chọn tệp manifest.xml của Chỉ tiêu. / A web page simulating Excel, not
        Excel; to use the real add-in, in Excel choose Home › Add-ins › My Add-ins › Upload My Add-in and pick
        Chỉ tiêu&apos;s manifest.xml. ExcelApi ≤ {api}
      </Caption1>
      <Switch
        label="Giao diện tối / Dark theme"
        checked={theme === "dark"}
        onChange={(_, d) => onTheme(d.checked ? "dark" : "light")}
      />
      <ToggleButton checked={paneWidth === 320} onClick={() => onPaneWidth(paneWidth === 320 ? 380 : 320)}>
        Ngăn 320 px / 320 px pane
      </ToggleButton>
    </header>
  );
}
