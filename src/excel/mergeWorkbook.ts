import {
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
  SUMMARY_LOOKS,
  summaryMarker,
  valuesFingerprint,
} from "../consolidatedSheet";
import { Failure } from "../shared/failure";
import { loadAllSheets } from "./loadSheets";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import { readWorkbooks } from "../sources";
import type { Capabilities, ExcelRun } from "./run";
import { failed, NewSheets } from "./newSheets";
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
  /** Bytes each request and response aims at (UTF-8); by default what fits Excel on the web's 5 MB. */
  payloadBudget?: number;
  /**
   * Asked, after reading and before writing anything, when the workbook already holds this period's
   * consolidation: replace it, write the new one beside it, or stop. Without it (the ribbon, which cannot
   * ask), one edited since it was made, or made before edits could be told, is kept and the new one
   * written beside it.
   */
  confirmReplace?: (previous: PreviousConsolidation) => Promise<ReplaceAnswer>;
}

export interface PreviousConsolidation {
  sheet: string;
  /** Its values changed since the merge wrote them; null when it was made before this could be told. */
  edited: boolean | null;
}

export type ReplaceAnswer = "replace" | "beside" | "cancel";

/** The user chose not to merge when asked; the workbook is untouched. */
export class MergeCancelled extends Failure {
  constructor(sheet: string) {
    super({
      vi: `Chưa tổng hợp: trang “${sheet}” được giữ nguyên`,
      en: `Nothing merged: the sheet “${sheet}” is left as it was`,
    });
    this.name = "MergeCancelled";
  }
}

export interface MergeOutcome {
  sheet: string;
  consolidation: Consolidation;
  /** Names of the workbook's report sheets that were read. */
  sheets: string[];
  /** The history sheet kept in the workbook, and what this merge did to it; null when not kept. */
  history: { sheet: string | null; notice: Text } | null;
  /** This period's earlier consolidation, and whether it was replaced (else it is kept beside the new one). */
  previous: (PreviousConsolidation & { replaced: boolean }) | null;
}

/**
 * Merges every report sheet of the workbook (found by the template's keys, whatever their names) and the
 * picked files' reports into a consolidated sheet for the period. Reads and writes are cut into batches by
 * their size in bytes, so that no request or response passes Excel on the web's limit however many sheets
 * and units: syncs are 2 + ⌈bytes read ÷ budget⌉ + 1 to read (see `loadAllSheets`), then
 * ⌈bytes written ÷ budget⌉ to write. The new sheet is written completely under a temporary name before
 * the previous consolidation of that period is replaced; source sheets are only read; a failure at any
 * command leaves the workbook as it was (see `NewSheets`). The history sheet is rewritten with this
 * period added (or replaced) the same way, put in place in the same final sync.
 */
export async function mergeWorkbook(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  options: MergeOptions = {},
): Promise<MergeOutcome> {
  return run(async (context) => {
    const budget = options.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
    const added = new NewSheets(context);
    const loaded = await loadAllSheets(context, budget, caps.mergedAreas).catch(failed);
    const reading = readWorkbooks(fw, [{ file: null, sheets: loaded }]);
    loaded.forEach((sheet, i) => options.onProgress?.(i + 1, loaded.length, sheet.name));
    const reports: Report[] = [...(options.fileReports ?? []), ...reading.reports.map((r) => r.report)];
    const read = reading.reports.map((r) => r.sheet);
    const registry = options.registry ?? reading.registry?.units;

    const consolidation = consolidate(fw, reports, {
      period: options.period,
      registry,
      today: isoDay(new Date()),
    });
    const layout = consolidatedLayout(fw, consolidation);
    const marker = summaryMarker(fw, consolidation.period);
    const found = reading.consolidations.find((c) => c.marker === marker);
    const previous = found && { sheet: found.sheet, edited: found.edited };
    const answer: ReplaceAnswer | null = !previous
      ? null
      : options.confirmReplace
        ? await options.confirmReplace(previous)
        : previous.edited === false
          ? "replace"
          : "beside";
    if (answer === "cancel") throw new MergeCancelled(previous!.sheet);
    const replaced = answer === "replace" ? previous!.sheet : undefined;
    const others = loaded.map((s) => s.name).filter((n) => n !== replaced);
    const name = replaced ?? consolidatedSheetName(fw, consolidation.period, others);

    const width = Math.max(...layout.rows.map((r) => r.length));
    const rows: GridCell[][] = layout.rows.map((r) =>
      r.map((c) => ({ ...c, look: c.style ? SUMMARY_LOOKS[c.style] : undefined })),
    );
    const written = valuesFingerprint(layout.rows.map((r) => r.map((c) => c.value)));
    rows[0] = [
      ...rows[0],
      ...Array.from({ length: width - rows[0].length }, () => ({})),
      { value: marker },
      { value: written },
    ];
    const sheet = added.add(
      name,
      Boolean(replaced),
      loaded.map((s) => s.name),
    );
    await writeGridInBatches(sheet, rows, budget, () => added.sync());
    writeFrame(
      sheet,
      {
        columnWidths: layout.columnWidths,
        hiddenColumns: [width, width + 1],
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
            fw,
            caps,
            historyOfSheets(fw, loaded),
            consolidation,
            [...others, name],
            budget,
            added,
          )
        : null;
    await added.complete(name);
    return {
      sheet: name,
      consolidation,
      sheets: read,
      history: history && { sheet: history.sheet, notice: history.notice },
      previous: previous ? { ...previous, replaced: replaced !== undefined } : null,
    };
  });
}
