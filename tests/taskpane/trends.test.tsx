/** @jest-environment jsdom */
import "./withTextDecoder";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { defaultFramework as fw } from "../../src/domain";
import { mergeWorkbook } from "../../src/excel/mergeWorkbook";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { loadOfficeClient } from "../../src/fake-excel/node-client";
import { createPreviewWorkbook } from "../../src/preview/previewWorkbook";
import { PaneRoot } from "../../src/taskpane/components/PaneRoot";
import { addReport } from "../excel/termBook";

// Fluent v9 measures elements; jsdom has no ResizeObserver.
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

beforeEach(() => window.localStorage.clear());

/** The preview's workbook after two yearly merges: DV01's members fall from 40 to 15 in 2025. */
async function twoYears() {
  const workbook = createPreviewWorkbook(loadOfficeClient());
  const excel = workbook.fake;
  for (const code of ["DV01", "DV02"]) await addReport(excel, code, 2024);
  await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, {
    period: { kind: "year", year: 2024 },
    keepHistory: true,
  });
  await addReport(excel, "DV01", 2025, 15);
  await addReport(excel, "DV02", 2025);
  return workbook;
}

const host = (run: ReturnType<typeof createPreviewWorkbook>["run"]) => ({
  run,
  isSetSupported: () => true,
  theme: "light" as const,
  language: "vi" as const,
});

describe("the pane's trends view", () => {
  it("shows the province's result in every period side by side, one unit's results, and adds a sheet with a chart", async () => {
    const workbook = await twoYears();
    await mergeWorkbook(workbook.run, fw, ALL_CAPABILITIES, {
      period: { kind: "year", year: 2025 },
      keepHistory: true,
    });
    render(<PaneRoot host={host(workbook.run)} />);
    fireEvent.click(screen.getByRole("tab", { name: "Xu hướng" }));

    const province = await screen.findByRole(
      "table",
      { name: "Kết quả toàn tỉnh qua các kỳ" },
      { timeout: 20_000 },
    );
    const headers = within(province)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["Chỉ tiêu", "Năm 2024", "Năm 2025"]);
    expect(within(province).getAllByRole("row")).toHaveLength(fw.targets.length + 1);
    const row = province.querySelector(`[data-row="${fw.targets[0].code}"]`)!;
    expect(row.querySelectorAll("[data-status]")).toHaveLength(2);

    fireEvent.click(screen.getByRole("combobox", { name: "Đơn vị" }));
    fireEvent.click(await screen.findByRole("option", { name: "DV01 — Đơn vị DV01" }, { timeout: 20_000 }));
    const unit = await screen.findByRole("table", { name: "Kết quả của DV01 — Đơn vị DV01 qua các kỳ" });
    const share = unit.querySelector('[data-row="share"]')!;
    expect(share.textContent).toMatch(/^Chỉ tiêu đạt\d+\/\d+.*\d+\/\d+/);

    fireEvent.click(screen.getByRole("button", { name: "Thêm trang Xu hướng có biểu đồ" }));
    await waitFor(() => expect(screen.queryByText(/Không thực hiện được/)).toBeNull());
    expect(await screen.findByText(/Đã thêm trang “Xu hướng”/, {}, { timeout: 20_000 })).toBeTruthy();
    const [chart] = workbook.fake.sheet("Xu hướng")!.charts;
    expect(chart).toMatchObject({ type: "Line", seriesBy: "Rows" });
    expect(chart.title).toContain("Kết quả qua các kỳ");

    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(
      await screen.findByRole("table", { name: "Province results across periods" }, { timeout: 20_000 }),
    ).toBeTruthy();
  }, 60_000);

  it("says how to get a history when the workbook has none", async () => {
    const workbook = createPreviewWorkbook(loadOfficeClient());
    render(<PaneRoot host={host(workbook.run)} />);
    fireEvent.click(screen.getByRole("tab", { name: "Xu hướng" }));
    expect(await screen.findByText(/Sổ tính chưa có lịch sử các kỳ/, {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});

describe("the merge summary's follow-up list", () => {
  it("lists each flag in words with both values and takes the keyboard to its rows in the sheet", async () => {
    const workbook = await twoYears();
    render(<PaneRoot host={host(workbook.run)} />);
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    fireEvent.click(await screen.findByRole("button", { name: "Tổng hợp" }, { timeout: 20_000 }));
    const list = await screen.findByTestId("merge-follow-up", {}, { timeout: 20_000 });
    expect(within(list).getByRole("heading").textContent).toBe("Cần xem lại so với kỳ trước (1)");
    expect(within(list).getByRole("listitem").textContent).toMatch(
      /^DV01 — Đơn vị DV01: Số đoàn viên công đoàn giảm 63%: từ 40 \(Năm 2024\) còn 15 \(Năm 2025\)/,
    );
    expect(list.querySelector("[title]")).toBeNull();
    const go = within(list).getByRole("button", { name: /Xem các dòng này trong “Tổng hợp Năm 2025”/ });
    go.focus();
    expect(document.activeElement).toBe(go);
    fireEvent.click(go);
    await waitFor(() => expect(workbook.fake.selectionAddress()).toMatch(/^'?Tổng hợp Năm 2025'?!A\d+$/));
  }, 60_000);
});
