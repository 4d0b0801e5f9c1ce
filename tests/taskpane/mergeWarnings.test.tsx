/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { consolidate, defaultFramework as fw, parseReport, registryFromGrid } from "../../src/domain";
import { MergeProblems } from "../../src/taskpane/components/MergeProblems";
import { PaneContext } from "../../src/taskpane/paneContext";
import type { PaneHost } from "../../src/taskpane/host";

const report = (code: string, date: string) =>
  parseReport(
    fw,
    { unit_code: code, unit_name: "Đơn vị", period_kind: "Năm", year: 2025, report_date: date },
    `${code}.xlsx`,
  );

it("the pane lists the consolidation's warnings in the user's language", () => {
  const registry = registryFromGrid([["DV01"], ["DV02"], ["DV01"]]);
  const c = consolidate(fw, [report("DV01", "20/12/2026"), report("DV 02", "01/12/2025")], {
    registry,
    today: "2025-12-20",
  });
  const host = {} as PaneHost;
  const { rerender } = render(
    <PaneContext.Provider value={{ host, lang: "vi", setLang: () => {} }}>
      <MergeProblems consolidation={c} />
    </PaneContext.Provider>,
  );
  const list = () => screen.getByTestId("merge-warnings").textContent;
  expect(list()).toMatch(/^Cần xem lại \(3\)/);
  expect(list()).toContain("Mã DV01 lặp lại trong danh sách đơn vị (dòng 3)");
  expect(list()).toContain("Mã “DV 02” của DV 02.xlsx chỉ khớp mã “DV02”");
  rerender(
    <PaneContext.Provider value={{ host, lang: "en", setLang: () => {} }}>
      <MergeProblems consolidation={c} />
    </PaneContext.Provider>,
  );
  expect(list()).toMatch(/^Please check \(3\)/);
  expect(list()).toContain("DV01: the report date 2026-12-20 is after today (2025-12-20)");
});
