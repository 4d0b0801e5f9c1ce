import {
  cellAddress,
  consolidate,
  isoDay,
  type Consolidation,
  type Framework,
  type Period,
  type RegistryUnit,
  type Report,
  type Text,
} from "../domain";
import { historyOfSheets, writeHistoryUpdate } from "./historySheet";
import {
  consolidatedLayout,
  consolidatedSheetName,
  lookOf,
  paperHeights,
  paperMerges,
  summaryMarker,
  unitsMarker,
  unitsSheetName,
  type PaperSheet,
} from "../consolidatedSheet";
import type { Language } from "../shared/language";
import { loadAllSheets } from "./loadSheets";
import { writeMerges, writePrintSetup, writeRowHeights } from "./printSetup";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import { readWorkbooks } from "../sources";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "../shared/sheetName";
import { syncOrRemove } from "./syncOrRemove";
import { writeGridInBatches } from "./writeInBatches";
import { gridRowBytes, gridWidth, writeFrame, type GridCell } from "./writeGrid";

export interface MergeOptions {
  /** The period to consolidate; without it, the period most reports are for. */
  period?: Period;
  /** Expected units; without it, the workbook's registry sheet if there is one. */
  registry?: readonly RegistryUnit[];
  /** Reports read from picked files, merged with the workbook's report sheets. */
  fileReports?: readonly Report[];
  /** Called as each source is read, for the pane's progress bar. */
  onProgress?: (done: number, total: number, source: string) => void;
  /**
   * Keep the workbook's history sheet: this period added to it (or replaced), written in its own bands
   * and completed in the same final sync as the consolidated sheet. The pane and the ribbon ask for it.
   */
  keepHistory?: boolean;
  /** Bytes each request and response aims at (UTF-8); by default what fits Excel on the web's 5 MB. */
  payloadBudget?: number;
  /** The language on paper (the pane's choice); Vietnamese by default. */
  language?: Language;
}

export interface MergeOutcome {
  /** The report's sheet (portrait), and the units' table beside it (landscape). */
  sheet: string;
  units: string;
  consolidation: Consolidation;
  /** Names of the workbook's report sheets that were read. */
  sheets: string[];
  /** The history sheet kept in the workbook, and what this merge did to it; null when not kept. */
  history: { sheet: string | null; notice: Text } | null;
}

/** A sheet of the printed report as grid cells, its marker in the hidden column past the widest row. */
function paperGrid(paper: PaperSheet, marker: string): GridCell[][] {
  const width = Math.max(...paper.rows.map((r) => r.length));
  const rows: GridCell[][] = paper.rows.map((r) =>
    r.map((c) => ({ value: c.value, numberFormat: c.numberFormat, look: lookOf(c) })),
  );
  rows[0] = [...rows[0], ...Array.from({ length: width - rows[0].length }, () => ({})), { value: marker }];
  return rows;
}

/** Bytes a grid adds to requests, as `writeGridInBatches` counts them. */
const gridBytes = (rows: readonly GridCell[][]) =>
  rows.reduce((n, r, i) => n + gridRowBytes(r, gridWidth(rows), rows[i - 1]), 0);

/** Queues a sheet of the printed report under a temporary name, in batches; the caller's sync completes it. */
async function writePaper(
  context: Excel.RequestContext,
  paper: PaperSheet,
  rows: GridCell[][],
  temporary: string,
  budget: number,
  caps: Capabilities,
  cleanUp: string[],
): Promise<Excel.Worksheet> {
  const sheet = context.workbook.worksheets.add(temporary);
  await writeGridInBatches(sheet, rows, budget, () => syncOrRemove(context, cleanUp));
  writeFrame(
    sheet,
    {
      columnWidths: paper.columnWidths,
      hiddenColumns: [gridWidth(rows) - 1],
      freezeRows: paper.freezeRows,
      orientation: paper.print.orientation === "portrait" ? "Portrait" : "Landscape",
    },
    caps,
  );
  writeMerges(sheet, paperMerges(paper));
  writeRowHeights(sheet, paperHeights(paper));
  if (caps.pageLayout) writePrintSetup(sheet, paper.print);
  return sheet;
}

/**
 * Merges every report sheet of the workbook (found by the template's keys, whatever their names) and the
 * picked files' reports into a consolidated sheet for the period. Reads and writes are cut into batches by
 * their size in bytes, so that no request or response passes Excel on the web's limit however many sheets
 * and units: syncs are 2 + ⌈bytes read ÷ budget⌉ + 1 to read (see `loadAllSheets`), then
 * ⌈bytes written ÷ budget⌉ to write. The new sheet is written completely under a temporary name before
 * the previous consolidation of that period is replaced; source sheets are only read; if a write fails,
 * the temporary sheet is removed and the workbook is as it was. The history sheet is rewritten with this
 * period added (or replaced) the same way, in the same final sync.
 */
export async function mergeWorkbook(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  options: MergeOptions = {},
): Promise<MergeOutcome> {
  return run(async (context) => {
    const budget = options.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
    const loaded = await loadAllSheets(context, budget);
    const reading = readWorkbooks(fw, [{ file: null, sheets: loaded }]);
    loaded.forEach((sheet, i) => options.onProgress?.(i + 1, loaded.length, sheet.name));
    const reports: Report[] = [...(options.fileReports ?? []), ...reading.reports.map((r) => r.report)];
    const read = reading.reports.map((r) => r.sheet);
    const registry = options.registry ?? reading.registry?.units;
    const previous = new Map(reading.consolidations.map((c) => [c.marker, c.sheet]));

    const consolidation = consolidate(fw, reports, {
      period: options.period,
      registry,
      today: isoDay(new Date()),
    });
    const layout = consolidatedLayout(fw, consolidation, { language: options.language });
    const marker = summaryMarker(fw, consolidation.period);
    const replaced = previous.get(marker);
    const replacedUnits = previous.get(unitsMarker(marker));
    const others = loaded.map((s) => s.name).filter((n) => n !== replaced && n !== replacedUnits);
    const name = replaced ?? consolidatedSheetName(fw, consolidation.period, others);
    const unitsName = replacedUnits ?? unitsSheetName(fw, consolidation.period, [...others, name]);
    const taken = [...others, ...[replaced, replacedUnits].filter((n): n is string => !!n)];
    const temporary = uniqueSheetName(`${name} (đang tạo)`, taken);
    const unitsTemporary = uniqueSheetName(`${unitsName} (đang tạo)`, [...taken, temporary]);
    const sheets = context.workbook.worksheets;
    const summaryRows = paperGrid(layout.summary, marker);
    const sheet = await writePaper(context, layout.summary, summaryRows, temporary, budget, caps, [
      temporary,
    ]);
    // The summary's last band is still queued: the units' first request carries it too, or it is sent now.
    let unitsBudget = budget - gridBytes(summaryRows);
    if (unitsBudget < budget / 2) {
      await syncOrRemove(context, [temporary]);
      unitsBudget = budget;
    }
    const unitsSheet = await writePaper(
      context,
      layout.units,
      paperGrid(layout.units, unitsMarker(marker)),
      unitsTemporary,
      unitsBudget,
      caps,
      [temporary, unitsTemporary],
    );
    if (layout.chart) {
      const { column, first, last, title, top, rows } = layout.chart;
      const data = sheet.getRange(`${cellAddress(first - 1, column)}:${cellAddress(last, column + 2)}`);
      const chart = sheet.charts.add("BarClustered", data, "Columns");
      chart.title.text = title;
      chart.setPosition(cellAddress(top, 0), cellAddress(top + rows - 1, 5));
    }
    // The history sheet gets this period too; with the consolidated sheet, both or neither.
    const history =
      options.keepHistory && consolidation.period
        ? await writeHistoryUpdate(
            context,
            fw,
            caps,
            historyOfSheets(fw, loaded),
            consolidation,
            [...taken, temporary, unitsTemporary],
            budget,
            (own) => syncOrRemove(context, [temporary, unitsTemporary, own]),
          )
        : null;
    if (replaced) sheets.getItem(replaced).delete();
    if (replacedUnits) sheets.getItem(replacedUnits).delete();
    sheet.name = name;
    unitsSheet.name = unitsName;
    sheet.activate();
    await syncOrRemove(context, [temporary, unitsTemporary, history?.temporary ?? null]);
    return {
      sheet: name,
      units: unitsName,
      consolidation,
      sheets: read,
      history: history && { sheet: history.sheet, notice: history.notice },
    };
  });
}
