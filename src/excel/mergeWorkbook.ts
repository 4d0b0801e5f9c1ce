import {
  consolidate,
  type Consolidation,
  type Framework,
  type Period,
  type RegistryUnit,
  type Report,
} from "../domain";
import { consolidatedLayout, consolidatedSheetName, SUMMARY_LOOKS } from "../consolidatedSheet";
import { loadAllSheets, reportOf } from "./readReports";
import { registryOf } from "./registrySheet";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "./sheetName";
import { syncOrRemove } from "./syncOrRemove";
import { writeFrame, writeGrid, type GridCell } from "./writeGrid";

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
 * picked files' reports into a consolidated sheet for the period. Three syncs whatever the number of
 * sheets: the sheet names, every used range, then the write. The new sheet is written completely under a
 * temporary name before the previous consolidation of that period is replaced; source sheets are only
 * read; if the write fails, the temporary sheet is removed and the workbook is as it was.
 */
export async function mergeWorkbook(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  options: MergeOptions = {},
): Promise<MergeOutcome> {
  return run(async (context) => {
    const loaded = await loadAllSheets(context);
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

    const consolidation = consolidate(fw, reports, { period: options.period, registry });
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
    writeGrid(sheet, rows);
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
