import {
  consolidate,
  isoDay,
  type Consolidation,
  type Framework,
  type Period,
  type RegistryUnit,
  type Report,
} from "../domain";
import { consolidatedLayout, consolidatedSheetName, SUMMARY_LOOKS } from "../consolidatedSheet";
import { loadAllSheets } from "./loadSheets";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import { reportOf } from "./readReports";
import { registryOf } from "./registrySheet";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "./sheetName";
import { syncOrRemove } from "./syncOrRemove";
import { writeGridInBatches } from "./writeInBatches";
import { writeFrame, type GridCell } from "./writeGrid";

/** In the first cell past the layout's last column of row 1 (hidden): which consolidation a sheet holds. */
const SUMMARY_MARKER = "chitieu-summary/1";

export interface MergeOptions {
  /** The period to consolidate; without it, the period most reports are for. */
  period?: Period;
  /** Expected units; without it, the workbook's registry sheet if there is one. */
  registry?: readonly RegistryUnit[];
  /** Reports read from picked files, merged with the workbook's report sheets. */
  fileReports?: readonly Report[];
  /** Called as each source is read, for the pane's progress bar. */
  onProgress?: (done: number, total: number, source: string) => void;
  /** Bytes each request and response aims at (UTF-8); by default what fits Excel on the web's 5 MB. */
  payloadBudget?: number;
}

export interface MergeOutcome {
  sheet: string;
  consolidation: Consolidation;
  /** Names of the workbook's report sheets that were read. */
  sheets: string[];
}

const markerOf = (fw: Framework, period: Period | null) =>
  `${SUMMARY_MARKER}/${fw.id}/${period ? `${period.kind}:${period.year}` : "?"}`;

/**
 * Merges every report sheet of the workbook (found by the template's keys, whatever their names) and the
 * picked files' reports into a consolidated sheet for the period. Reads and writes are cut into batches by
 * their size in bytes, so that no request or response passes Excel on the web's limit however many sheets
 * and units: syncs are 2 + ⌈bytes read ÷ budget⌉ + 1 to read (see `loadAllSheets`), then
 * ⌈bytes written ÷ budget⌉ to write. The new sheet is written completely under a temporary name before
 * the previous consolidation of that period is replaced; source sheets are only read; if a write fails,
 * the temporary sheet is removed and the workbook is as it was.
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
    const reports: Report[] = [...(options.fileReports ?? [])];
    const read: string[] = [];
    let registry = options.registry;
    const previous = new Map<string, string>();
    loaded.forEach((sheet, i) => {
      const found = reportOf(fw, sheet);
      if (found) {
        reports.push(found.report);
        read.push(sheet.name);
      }
      registry ??= registryOf(sheet) ?? undefined;
      const marker = sheet.grid[0]?.find((c) => typeof c === "string" && c.startsWith(SUMMARY_MARKER));
      if (typeof marker === "string" && sheet.origin.row === 0) previous.set(marker, sheet.name);
      options.onProgress?.(i + 1, loaded.length, sheet.name);
    });

    const consolidation = consolidate(fw, reports, {
      period: options.period,
      registry,
      today: isoDay(new Date()),
    });
    const layout = consolidatedLayout(fw, consolidation);
    const marker = markerOf(fw, consolidation.period);
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
    if (replaced) sheets.getItem(replaced).delete();
    sheet.name = name;
    sheet.activate();
    await syncOrRemove(context, temporary);
    return { sheet: name, consolidation, sheets: read };
  });
}
