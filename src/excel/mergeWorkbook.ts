import {
  cellAddress,
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
  lookOf,
  paperHeights,
  paperMerges,
  summaryMarker,
  unitsMarker,
  unitsSheetName,
  valuesFingerprint,
  type PaperSheet,
} from "../consolidatedSheet";
import { Failure } from "../shared/failure";
import type { Language } from "../shared/language";
import { loadAllSheets } from "./loadSheets";
import { writeMerges, writePrintSetup, writeRowHeights } from "./printSetup";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import { readWorkbooks } from "../sources";
import type { Capabilities, ExcelRun } from "./run";
import { failed, NewSheets } from "./newSheets";
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
  /** The office's factor and deadlines for the follow-up flags; by default a factor of 2 and no deadline. */
  quality?: QualityOptions;
  /** Bytes each request and response aims at (UTF-8); by default what fits Excel on the web's 5 MB. */
  payloadBudget?: number;
  /** The language on paper (the pane's choice); Vietnamese by default. */
  language?: Language;
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
  /** The report's sheet (portrait), and the units' table beside it (landscape). */
  sheet: string;
  units: string;
  consolidation: Consolidation;
  /** Names of the workbook's report sheets that were read. */
  sheets: string[];
  /** The history sheet kept in the workbook, and what this merge did to it; null when not kept. */
  history: { sheet: string | null; notice: Text } | null;
  /** This period's earlier consolidation, and whether it was replaced (else it is kept beside the new one). */
  previous: (PreviousConsolidation & { replaced: boolean }) | null;
  /**
   * This period's figures to follow up, against the workbook's history (never a reason to exclude), and
   * where their section is: the units' sheet, off paper.
   */
  followUp: { flags: QualityFlag[]; sheet: string; cell: string };
}

/**
 * A sheet of the printed report as grid cells; in the hidden columns past the widest row, its marker and
 * a digest of the values written, by which a later merge tells whether the sheet was edited since.
 */
function paperGrid(paper: PaperSheet, marker: string): GridCell[][] {
  const width = Math.max(...paper.rows.map((r) => r.length));
  const rows: GridCell[][] = paper.rows.map((r) =>
    r.map((c) => ({ value: c.value, numberFormat: c.numberFormat, look: lookOf(c) })),
  );
  const written = valuesFingerprint(paper.rows.map((r) => r.map((c) => c.value)));
  rows[0] = [
    ...rows[0],
    ...Array.from({ length: width - rows[0].length }, () => ({})),
    { value: marker },
    { value: written },
  ];
  return rows;
}

/** Bytes a grid adds to requests, as `writeGridInBatches` counts them. */
const gridBytes = (rows: readonly GridCell[][]) =>
  rows.reduce((n, r, i) => n + gridRowBytes(r, gridWidth(rows), rows[i - 1]), 0);

/** Writes a sheet of the printed report in batches; the caller's last sync completes it. */
async function writePaper(
  sheet: Excel.Worksheet,
  paper: PaperSheet,
  rows: GridCell[][],
  budget: number,
  caps: Capabilities,
  sync: () => Promise<void>,
): Promise<Excel.Worksheet> {
  await writeGridInBatches(sheet, rows, budget, sync);
  writeFrame(
    sheet,
    {
      columnWidths: paper.columnWidths,
      hiddenColumns: [gridWidth(rows) - 2, gridWidth(rows) - 1],
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

/** Edited if either sheet was; unknown if either cannot tell. */
const eitherEdited = (summary: boolean | null, units: boolean | null = false): boolean | null =>
  summary === true || units === true ? true : summary === null || units === null ? null : false;

/**
 * Merges every report sheet of the workbook (found by the template's keys, whatever their names) and the
 * picked files' reports into the period's consolidated report: a summary sheet and a units sheet. Reads and writes are cut into batches by
 * their size in bytes, so that no request or response passes Excel on the web's limit however many sheets
 * and units: syncs are 2 + ⌈bytes read ÷ budget⌉ + 1 to read (see `loadAllSheets`), then
 * ⌈bytes written ÷ budget⌉ to write. The previous consolidation of the period is replaced only as
 * `confirmReplace` answers (or, without it, when it was not edited since it was made). New sheets are
 * written under temporary names and put in place by the last sync; source sheets are only read; a
 * failure at any command leaves the workbook as it was (see `NewSheets`). The history sheet is rewritten
 * with this period added (or replaced) the same way, in the same final sync. Figures to follow up (against
 * the history's earlier periods) are in the outcome and in a section of the units' sheet.
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
    const earlier = historyOfSheets(fw, loaded);
    const flags = mergeFlags(
      fw,
      earlier.history,
      consolidation,
      options.quality ?? { factor: DEFAULT_FACTOR },
    );
    const layout = consolidatedLayout(fw, consolidation, { language: options.language, flags });
    const marker = summaryMarker(fw, consolidation.period);
    const found = reading.consolidations.find((c) => c.marker === marker);
    const foundUnits = reading.consolidations.find((c) => c.marker === unitsMarker(marker));
    const previous = found && { sheet: found.sheet, edited: eitherEdited(found.edited, foundUnits?.edited) };
    const answer: ReplaceAnswer | null = !previous
      ? null
      : options.confirmReplace
        ? await options.confirmReplace(previous)
        : previous.edited === false
          ? "replace"
          : "beside";
    if (answer === "cancel") throw new MergeCancelled(previous!.sheet);
    const replaced = answer === "replace" ? previous!.sheet : undefined;
    const replacedUnits = answer === "replace" ? foundUnits?.sheet : undefined;
    const others = loaded.map((s) => s.name).filter((n) => n !== replaced && n !== replacedUnits);
    const name = replaced ?? consolidatedSheetName(fw, consolidation.period, others);
    const unitsName = replacedUnits ?? unitsSheetName(fw, consolidation.period, [...others, name]);
    const names = loaded.map((s) => s.name);
    const summaryRows = paperGrid(layout.summary, marker);
    const sheet = await writePaper(
      added.add(name, Boolean(replaced), names),
      layout.summary,
      summaryRows,
      budget,
      caps,
      () => added.sync(),
    );
    // The summary's last band is still queued: the units' first request carries it too, or it is sent now.
    let unitsBudget = budget - gridBytes(summaryRows);
    if (unitsBudget < budget / 2) {
      await added.sync();
      unitsBudget = budget;
    }
    await writePaper(
      added.add(unitsName, Boolean(replacedUnits), names),
      layout.units,
      paperGrid(layout.units, unitsMarker(marker)),
      unitsBudget,
      caps,
      () => added.sync(),
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
            fw,
            caps,
            earlier,
            consolidation,
            [...others, name, unitsName],
            budget,
            added,
          )
        : null;
    await added.complete(name);
    return {
      sheet: name,
      units: unitsName,
      consolidation,
      sheets: read,
      history: history && { sheet: history.sheet, notice: history.notice },
      previous: previous ? { ...previous, replaced: replaced !== undefined } : null,
      followUp: { flags, sheet: unitsName, cell: `A${(layout.sections.followUp ?? 0) + 1}` },
    };
  });
}
