import {
  consolidate,
  DEFAULT_FACTOR,
  isoDay,
  mergeFlags,
  type Consolidation,
  type Framework,
  type Period,
  type QualityFlag,
  type QualityOptions,
  type RegistryUnit,
  type Report,
  type Text,
} from "../domain";
import { historyOfSheets, writeHistoryUpdate } from "./historySheet";
import {
  consolidatedLayout,
  consolidatedSheetName,
  SUMMARY_LOOKS,
  summaryMarker,
} from "../consolidatedSheet";
import { loadAllSheets } from "./loadSheets";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import { readWorkbooks } from "../sources";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "../shared/sheetName";
import { syncOrRemove } from "./syncOrRemove";
import { writeGridInBatches } from "./writeInBatches";
import { writeFrame, type GridCell } from "./writeGrid";

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
  /** The office's factor and deadlines for the follow-up flags; by default a factor of 2 and no deadline. */
  quality?: QualityOptions;
  /** Bytes each request and response aims at (UTF-8); by default what fits Excel on the web's 5 MB. */
  payloadBudget?: number;
}

export interface MergeOutcome {
  sheet: string;
  consolidation: Consolidation;
  /** Names of the workbook's report sheets that were read. */
  sheets: string[];
  /** The history sheet kept in the workbook, and what this merge did to it; null when not kept. */
  history: { sheet: string | null; notice: Text } | null;
  /**
   * This period's figures to follow up, against the workbook's history (never a reason to exclude), and
   * the cell of their section in the consolidated sheet.
   */
  followUp: { flags: QualityFlag[]; cell: string };
}

/**
 * Merges every report sheet of the workbook (found by the template's keys, whatever their names) and the
 * picked files' reports into a consolidated sheet for the period. Reads and writes are cut into batches by
 * their size in bytes, so that no request or response passes Excel on the web's limit however many sheets
 * and units: syncs are 2 + ⌈bytes read ÷ budget⌉ + 1 to read (see `loadAllSheets`), then
 * ⌈bytes written ÷ budget⌉ to write. The new sheet is written completely under a temporary name before
 * the previous consolidation of that period is replaced; source sheets are only read; if a write fails,
 * the temporary sheet is removed and the workbook is as it was. The history sheet is rewritten with this
 * period added (or replaced) the same way, in the same final sync. Figures to follow up (against the
 * history's earlier periods) are in the outcome and in the consolidated sheet's last section.
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
    const found = historyOfSheets(fw, loaded);
    const flags = mergeFlags(fw, found.history, consolidation, options.quality ?? { factor: DEFAULT_FACTOR });
    const layout = consolidatedLayout(fw, consolidation, flags);
    const marker = summaryMarker(fw, consolidation.period);
    const replaced = previous.get(marker);
    const others = loaded.map((s) => s.name).filter((n) => n !== replaced);
    const name = replaced ?? consolidatedSheetName(fw, consolidation.period, others);
    const temporary = uniqueSheetName(`${name} (đang tạo)`, others.concat(replaced ?? []));

    const width = Math.max(...layout.rows.map((r) => r.length));
    const rows: GridCell[][] = layout.rows.map((r) =>
      r.map((c) => ({ ...c, look: c.style ? SUMMARY_LOOKS[c.style] : undefined })),
    );
    rows[0] = [...rows[0], ...Array.from({ length: width - rows[0].length }, () => ({})), { value: marker }];
    const sheets = context.workbook.worksheets;
    const sheet = sheets.add(temporary);
    await writeGridInBatches(sheet, rows, budget, () => syncOrRemove(context, temporary));
    writeFrame(
      sheet,
      {
        columnWidths: layout.columnWidths,
        hiddenColumns: [width],
        freezeRows: layout.freezeRows,
        orientation: "Landscape",
      },
      caps,
    );
    if (layout.chart) {
      const { first, last, title } = layout.chart;
      const data = sheet.getRange(`A${first}:C${last + 1}`);
      const chart = sheet.charts.add("BarClustered", data, "Columns");
      chart.title.text = title;
      const top = layout.sections.province + 1;
      chart.setPosition(`L${top}`, `S${top + 22}`);
    }
    // The history sheet gets this period too; with the consolidated sheet, both or neither.
    const history =
      options.keepHistory && consolidation.period
        ? await writeHistoryUpdate(
            context,
            fw,
            caps,
            found,
            consolidation,
            [...others, temporary, ...(replaced ? [replaced] : [])],
            budget,
            (own) => syncOrRemove(context, [temporary, own]),
          )
        : null;
    if (replaced) sheets.getItem(replaced).delete();
    sheet.name = name;
    sheet.activate();
    await syncOrRemove(context, [temporary, history?.temporary ?? null]);
    return {
      sheet: name,
      consolidation,
      sheets: read,
      history: history && { sheet: history.sheet, notice: history.notice },
      followUp: { flags, cell: `A${layout.sections.followUp + 1}` },
    };
  });
}
