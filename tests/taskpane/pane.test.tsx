/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { PaneRoot } from "../../src/taskpane/components/PaneRoot";
import type { PaneHost } from "../../src/taskpane/host";
import { templateValues } from "../../src/taskpane/templateValues";
import { errorText, Failure } from "../../src/shared/failure";
import { pasteBlock } from "../../src/preview/pasteText";
import { createPreviewWorkbook } from "../../src/preview/previewWorkbook";
import { loadOfficeClient } from "../../src/fake-excel/node-client";

// Fluent v9 measures elements; jsdom has no ResizeObserver.
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function host(api = 1.9): { host: PaneHost } {
  const workbook = createPreviewWorkbook(loadOfficeClient());
  return {
    host: { run: workbook.run, isSetSupported: (_, v) => Number(v) <= api, theme: "light", language: "vi" },
  };
}

beforeEach(() => window.localStorage.clear());

describe("the pane on the in-memory Excel", () => {
  it("outside Excel, says the workbook cannot be reached instead of failing", () => {
    const { host: h } = host();
    render(<PaneRoot host={{ ...h, run: null }} />);
    expect(screen.getAllByText(/mở ngoài Excel/).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Chèn mẫu báo cáo" }).hasAttribute("disabled")).toBe(true);
  });

  it("says what an older Excel cannot do instead of failing, and switches to English", async () => {
    render(<PaneRoot host={host(1.5).host} />);
    expect(screen.getByRole("button", { name: "Chèn mẫu báo cáo" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getAllByText(/Cần Excel hỗ trợ ExcelApi 1.8/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    await waitFor(() =>
      expect(
        screen.getByRole("button", { name: "Insert the report template" }).hasAttribute("disabled"),
      ).toBe(true),
    );
    expect(window.localStorage.getItem("chitieu.language")).toBe("en");
  });
});

describe("the pane's small pieces", () => {
  it("pre-fills the period by its Vietnamese label and drops a blank or odd year", () => {
    expect(templateValues({ unitCode: " DV1 ", unitName: "", kind: "h1", year: "2025" })).toEqual({
      unit_code: "DV1",
      unit_name: null,
      period_kind: "6 tháng",
      year: 2025,
    });
    expect(templateValues({ unitCode: "", unitName: "", kind: "year", year: "x" }).year).toBeNull();
  });

  it("turns any failure into words in both languages", () => {
    const ours = new Failure({ vi: "“X / Y” không phải trang báo cáo", en: "“X / Y” is not a report sheet" });
    expect(errorText(ours)).toEqual({
      vi: "Không thực hiện được. “X / Y” không phải trang báo cáo",
      en: "That did not work. “X / Y” is not a report sheet",
    });
    // Office's own message is kept whole, never split at a “ / ”.
    expect(errorText(new Error("Access denied / read-only"))).toEqual({
      vi: "Không thực hiện được. Access denied / read-only",
      en: "That did not work. Access denied / read-only",
    });
  });

  it("reads pasted clipboard text as a rectangular block", () => {
    expect(pasteBlock("1\t2\r\n3\r\n")).toEqual([
      ["1", "2"],
      ["3", ""],
    ]);
  });
});
