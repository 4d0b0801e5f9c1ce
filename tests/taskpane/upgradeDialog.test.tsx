/** @jest-environment jsdom */
import "./withTextDecoder";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { defaultFramework as fw } from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { readReports } from "../../src/excel/readReports";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { ReportSheetList } from "../../src/taskpane/components/ReportSheetList";
import { PaneContext } from "../../src/taskpane/paneContext";

(window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

async function workbook() {
  const excel = createFakeExcel();
  await insertTemplate(excel.run, fw, ALL_CAPABILITIES, { name: "Mới" });
  await insertTemplate(excel.run, fw, ALL_CAPABILITIES, { name: "Cũ" });
  await excel.userEdit("Cũ", "A1", [[`chitieu-report/1/${fw.id}/0`]], "paste");
  await excel.userEdit("Cũ", "J8", [["=2*21"]], "type");
  return excel;
}

const snapshot = (excel: FakeExcel) =>
  Promise.all(excel.sheetNames().map(async (n) => [n, await excel.values(n, "A1:L90")]));

async function inPane(excel: FakeExcel, lang: "vi" | "en" = "vi") {
  const reports = await readReports(excel.run, fw);
  const onChanged = jest.fn(async () => {});
  render(
    <PaneContext.Provider
      value={{
        host: { run: excel.run, isSetSupported: () => true, theme: "light", language: lang },
        lang,
        setLang: () => {},
      }}
    >
      <ReportSheetList reports={reports} onChanged={onChanged} />
    </PaneContext.Provider>,
  );
  return onChanged;
}

// Each case builds two sheets on Microsoft's client and renders the pane: slow on a busy machine.
jest.setTimeout(60_000);

describe("redoing a report sheet from the pane", () => {
  it("offers it only for the sheet not on the current template", async () => {
    await inPane(await workbook());
    expect(screen.getByText(/Mới — mẫu mới nhất/)).toBeTruthy();
    expect(screen.getByText(/Cũ — mẫu cũ \(phiên bản 0\)/)).toBeTruthy();
    expect(screen.getAllByRole("button", { name: /Làm lại/ }).map((b) => b.textContent)).toEqual([
      "Làm lại “Cũ” theo mẫu mới nhất",
    ]);
  });

  it("says what is kept and asks; cancel leaves the workbook as it was", async () => {
    const excel = await workbook();
    const before = await snapshot(excel);
    await inPane(excel);
    fireEvent.click(screen.getByRole("button", { name: "Làm lại “Cũ” theo mẫu mới nhất" }));
    const dialog = await screen.findByRole("alertdialog", {}, { timeout: 15_000 });
    expect(within(dialog).getByText("Làm lại “Cũ” theo mẫu mới nhất?")).toBeTruthy();
    expect(within(dialog).getByText(/^Giữ 1 ô ngoài mẫu \(1 công thức.*\): J8\./)).toBeTruthy();
    expect(within(dialog).getByText("Không mất gì đã nhập.")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull(), { timeout: 15_000 });
    expect(await snapshot(excel)).toEqual(before);
  });

  it("redoes the sheet on OK, keeping the formula typed beside the template", async () => {
    const excel = await workbook();
    const onChanged = await inPane(excel, "en");
    fireEvent.click(screen.getByRole("button", { name: "Redo “Cũ” from the current template" }));
    const dialog = await screen.findByRole("alertdialog", {}, { timeout: 15_000 });
    expect(within(dialog).getByText(/^Keeps 1 cells outside the template/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Redo" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), { timeout: 15_000 });
    expect((await excel.cell("Cũ", "J8")).formula).toBe("=2*21");
    expect((await readReports(excel.run, fw)).every((r) => r.current)).toBe(true);
    expect(
      await screen.findByText(/^Redid “Cũ” from the current template/, {}, { timeout: 15_000 }),
    ).toBeTruthy();
  });
});
