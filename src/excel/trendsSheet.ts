import { cellAddress, consolidateHistory, trends, type Framework } from "../domain";
import { Failure } from "../shared/failure";
import { uniqueSheetName } from "../shared/sheetName";
import { trendsLayout, type TermLayout } from "../termSheets";
import { historyOfSheets, writeTermLayout } from "./historySheet";
import { loadAllSheets } from "./loadSheets";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import type { Capabilities, ExcelRun } from "./run";
import { failed, NewSheets } from "./newSheets";

/** Queues a line chart of the layout's chart block (one series per row), placed under the block. No sync. */
export function addTrendsChart(sheet: Excel.Worksheet, chart: NonNullable<TermLayout["chart"]>): void {
  const { first, last, firstColumn, lastColumn, title } = chart;
  const data = sheet.getRange(`${cellAddress(first - 1, firstColumn - 1)}:${cellAddress(last, lastColumn)}`);
  const drawn = sheet.charts.add("Line", data, "Rows");
  drawn.title.text = title;
  drawn.setPosition(cellAddress(last + 3, 1), cellAddress(last + 22, Math.max(lastColumn, 6)));
}

/**
 * The term's trends from the workbook's history sheet, on a new sheet (never over an existing one) with
 * a line chart of the targets measured in percent; written in bands within `budget` (a failure at any
 * command leaves the workbook as it was, see `NewSheets`). Returns the new sheet's name.
 */
export async function writeTrendsSheet(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  budget = PAYLOAD_BUDGET_BYTES,
): Promise<string> {
  return run(async (context) => {
    const added = new NewSheets(context);
    const loaded = await loadAllSheets(context, budget).catch(failed);
    const found = historyOfSheets(fw, loaded);
    if (!found.history.length)
      throw new Failure({
        vi: "Sổ tính chưa có lịch sử: hãy tổng hợp ít nhất một kỳ trước",
        en: "The workbook has no history yet: merge at least one period first",
      });
    const layout = trendsLayout(fw, trends(consolidateHistory(fw, found.history)));
    const name = uniqueSheetName(
      layout.name,
      loaded.map((s) => s.name),
    );
    const sheet = added.add(
      name,
      false,
      loaded.map((s) => s.name),
    );
    await writeTermLayout(sheet, layout, caps, budget, () => added.sync());
    if (layout.chart) addTrendsChart(sheet, layout.chart);
    await added.complete(name);
    return name;
  });
}
