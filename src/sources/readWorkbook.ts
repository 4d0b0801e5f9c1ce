import type { Framework, RegistryUnit, Report } from "../domain";
import { FINGERPRINT_PREFIX, valuesFingerprint } from "../consolidatedSheet/fingerprint";
import { SUMMARY_MARKER } from "../consolidatedSheet/marker";
import { readReportSheet, type ReportSheet } from "../reportSheet";
import { noReportSheet, unopenedFile } from "./fileProblems";
import type { SheetGrid, WorkbookGrids } from "./grids";
import { sheetProblems } from "./sheetProblems";
import { unitListSheet } from "./unitList";

/** A report sheet found in a workbook. */
export interface FoundReport extends ReportSheet {
  /** The sheet's name on its tab. */
  sheet: string;
}

/** An earlier consolidation found in the workbook: the sheet, and which consolidation its marker names. */
export interface FoundConsolidation {
  sheet: string;
  marker: string;
  /** Whether its values changed since the merge wrote them; null for a consolidation made without a digest. */
  edited: boolean | null;
}

/** What a list of workbooks means: the one verdict every door (pane, ribbon, live check, CLI) shows. */
export interface WorkbookReading {
  /** Report sheets, each with its report (errors carry their cells); sources are “file › Sheet”. */
  reports: FoundReport[];
  /** The unit list, when a sheet was made for it. */
  registry: { sheet: string; units: RegistryUnit[] } | null;
  consolidations: FoundConsolidation[];
  /** Files that give no report (could not be opened, or hold no report sheet), with why. */
  unreadable: Report[];
}

const sourceOf = (file: string | null, sheet: string) => (file === null ? sheet : `${file} › ${sheet}`);

/** The report on one sheet, with the problems its shape shows, or null when it is not a report sheet. */
export function readSheet(fw: Framework, sheet: SheetGrid, file: string | null = null): FoundReport | null {
  const found = readReportSheet(fw, sheet.rows, sourceOf(file, sheet.name), sheet.origin);
  if (!found) return null;
  found.report.errors.push(...sheetProblems(fw, sheet, found));
  return { ...found, sheet: sheet.name };
}

function consolidationOf(sheet: SheetGrid): FoundConsolidation | null {
  if (sheet.origin && sheet.origin.row !== 0) return null;
  const first = sheet.rows[0] ?? [];
  const marker = first.find((c) => typeof c === "string" && c.startsWith(SUMMARY_MARKER));
  if (typeof marker !== "string") return null;
  const written = first.find((c) => typeof c === "string" && c.startsWith(FINGERPRINT_PREFIX));
  const edited = typeof written === "string" ? valuesFingerprint(sheet.rows, sheet.origin) !== written : null;
  return { sheet: sheet.name, marker, edited };
}

/**
 * Reads workbooks as the add-in understands them: every report sheet (by its keys, wherever rows moved
 * or the sheet was renamed), the unit list, earlier consolidations, and every problem with its code,
 * cell and words in both languages. Never throws. A file (not the open workbook) that cannot be opened
 * or holds no report sheet gives one unreadable report, which the merge lists as excluded.
 */
export function readWorkbooks(fw: Framework, workbooks: readonly WorkbookGrids[]): WorkbookReading {
  const reading: WorkbookReading = { reports: [], registry: null, consolidations: [], unreadable: [] };
  for (const wb of workbooks) {
    if (wb.failure) {
      reading.unreadable.push(unopenedFile(wb.file ?? "", wb.failure));
      continue;
    }
    let found = 0;
    for (const sheet of wb.sheets) {
      const report = readSheet(fw, sheet, wb.file);
      if (report) {
        reading.reports.push(report);
        found++;
        continue;
      }
      const units = reading.registry ? null : unitListSheet(sheet);
      if (units) reading.registry = { sheet: sheet.name, units };
      const earlier = consolidationOf(sheet);
      if (earlier) reading.consolidations.push(earlier);
    }
    if (wb.file !== null && !found)
      reading.unreadable.push(
        noReportSheet(
          wb.file,
          wb.sheets.map((s) => s.name),
        ),
      );
  }
  return reading;
}

/** Every report a reading gives the merge: the report sheets' and the unreadable files'. */
export function reportsOf(reading: WorkbookReading): Report[] {
  return [...reading.reports.map((r) => r.report), ...reading.unreadable];
}
