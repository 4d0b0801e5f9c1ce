/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { consolidate, defaultFramework as fw, parseReport, unreadableReport } from "../../src/domain";
import { MergeProblems } from "../../src/taskpane/components/MergeProblems";
import { SourceList } from "../../src/taskpane/components/SourceList";
import { PaneContext } from "../../src/taskpane/paneContext";
import { rawReport } from "../domain/helpers";

const inPane = (ui: React.ReactElement, lang: "vi" | "en" = "vi") =>
  render(
    <PaneContext.Provider
      value={{
        host: { run: null, isSetSupported: () => true, theme: "light", language: lang },
        lang,
        setLang: () => {},
      }}
    >
      {ui}
    </PaneContext.Provider>,
  );

const xls = unreadableReport(
  "cu.xls",
  "xls_file",
  "Tệp Excel 97–2003 (.xls): hãy mở bằng Excel và lưu thành .xlsx",
  "An Excel 97–2003 file (.xls): open it in Excel and save it as .xlsx",
);
const bad = { ...parseReport(fw, rawReport({ members: "95%" }), "dv01.xlsx › Báo cáo") };
bad.errors = bad.errors.map((e) => ({ ...e, cell: "D20" }));

describe("the pane says why, in text anyone can read", () => {
  it("shows the reason a picked file was refused as text, not only in a tooltip", () => {
    inPane(<SourceList title="Tệp" reports={[xls, bad]} />);
    const refused = screen.getByText("cu.xls").closest("li")!;
    expect(within(refused).getByText(/Tệp Excel 97–2003 \(\.xls\)/)).toBeTruthy();
    expect(refused.querySelector("[title]")).toBeNull();
    expect(screen.getByText(/^D20: Số đoàn viên công đoàn: nhập số lượng, không nhập tỉ lệ/)).toBeTruthy();
  });

  it("lists every error of an excluded report after merging, not only “1 lỗi”, in the pane's language", () => {
    const c = consolidate(fw, [parseReport(fw, rawReport(), "ok.xlsx"), bad, xls]);
    inPane(<MergeProblems consolidation={c} />, "en");
    const excluded = screen.getByTestId("merge-excluded");
    expect(within(excluded).getByText(/^D20: Union members: enter a count, not a percentage/)).toBeTruthy();
    expect(within(excluded).getByText(/^An Excel 97–2003 file/)).toBeTruthy();
  });
});
