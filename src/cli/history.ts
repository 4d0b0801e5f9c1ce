import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import {
  addToHistory,
  consolidate,
  DEFAULT_FACTOR,
  fieldOf,
  historyOf,
  parseCell,
  parsePeriod,
  periodId,
  periodText,
  comparePeriods,
  type Framework,
  type History,
  type Period,
  type Report,
  type Text,
} from "../domain";
import { HISTORY_SHEET, readHistory, termLayouts, type TermLayout } from "../termSheets";
import { FileRefused, readGrids, termWorkbook, type SheetGrid } from "../xlsx";
import { setAsideOwnFiles } from "./ownFiles";
import { saveFile } from "./save";
import { readSource, reportFiles } from "./sources";
import { UserError } from "./userError";

export interface HistoryArgs {
  files: string[];
  output: string;
  factor?: string;
  deadlines?: string[];
  review?: string;
}

export interface HistoryResult {
  history: History;
  notices: Text[];
  excluded: { source: string; message: Text }[];
  layouts: TermLayout[];
}

export function factorFrom(text: string | undefined): number {
  if (text === undefined) return DEFAULT_FACTOR;
  const n = Number(text.replace(",", "."));
  if (!(n > 1))
    throw new UserError(
      `--factor “${text}” không hợp lệ: cần một số lớn hơn 1, ví dụ 2`,
      `--factor “${text}” is not valid: give a number above 1, e.g. 2`,
    );
  return n;
}

export function deadlinesFrom(fw: Framework, texts: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of texts) {
    const [p, d = ""] = text.split("=");
    const period = parsePeriod(p);
    const date = parseCell(fw, fieldOf(fw, "report_date")!, d.trim());
    if (!period || !date.ok || typeof date.value !== "string")
      throw new UserError(
        `--deadline “${text}” không hợp lệ, ví dụ: year:2025=15/01/2026`,
        `--deadline “${text}” is not valid, e.g. year:2025=2026-01-15`,
      );
    out[periodId(period)] = date.value;
  }
  return out;
}

/** The history already in the output workbook, so that a new run adds to it rather than starting over. */
async function earlierHistory(fw: Framework, file: string): Promise<History> {
  if (!(await stat(file).catch(() => null))) return [];
  return historyWorkbook(fw, file, { vi: "không ghi đè", en: "not overwritten" });
}

/**
 * The history kept in a term's workbook (`chitieu history -o`); a file that does not hold one readable
 * history is refused, with `then` saying what the command does not do.
 */
export async function historyWorkbook(fw: Framework, file: string, then: Text): Promise<History> {
  let sheets: SheetGrid[];
  try {
    sheets = readGrids(await readFile(file), { allSheets: true, maxRows: 1_000_000 });
  } catch (e) {
    const why = e instanceof FileRefused ? e.text : { vi: (e as Error).message, en: (e as Error).message };
    throw new UserError(`${file}: không đọc được (${why.vi})`, `${file}: cannot be read (${why.en})`);
  }
  const sheet = sheets.find((s) => s.name === HISTORY_SHEET);
  if (!sheet) {
    throw new UserError(
      `${file} không phải sổ lịch sử (không có trang “${HISTORY_SHEET}”): ${then.vi}`,
      `${file} is not a history workbook (no “${HISTORY_SHEET}” sheet): ${then.en}`,
    );
  }
  const read = readHistory(fw, sheet.rows, `${path.basename(file)} › ${HISTORY_SHEET}`);
  if (read.problems.length) {
    const list = read.problems.map((p) => `  - ${p.cell}: ${p.message.vi} / ${p.message.en}`).join("\n");
    throw new UserError(
      `${file}: bảng lịch sử có ô không đọc được, ${then.vi}:\n${list}`,
      `${file}: the history table has cells that cannot be read; ${then.en}`,
    );
  }
  return historyOf(read.rows);
}

/**
 * `chitieu history`: every report in the folders, consolidated period by period (each period merged
 * again replaces its own rows in the history, with a notice), then the term's workbook.
 */
export async function buildHistory(fw: Framework, args: HistoryArgs): Promise<HistoryResult> {
  const factor = factorFrom(args.factor);
  const deadlines = deadlinesFrom(fw, args.deadlines ?? []);
  const review: Period | undefined = args.review ? (parsePeriod(args.review) ?? undefined) : undefined;
  if (args.review && (!review || (review.kind !== "midterm" && review.kind !== "endterm")))
    throw new UserError(
      `--review “${args.review}” không hợp lệ, ví dụ: midterm:2025 hoặc endterm:2028`,
      `--review “${args.review}” is not valid, e.g. midterm:2025 or endterm:2028`,
    );
  const listing = await reportFiles(args.files);
  await setAsideOwnFiles(fw, listing, args.files, { output: args.output });
  let history = await earlierHistory(fw, args.output);
  const byPeriod = new Map<string, { period: Period; reports: Report[] }>();
  const excluded: HistoryResult["excluded"] = [];
  const reports = [...listing.notRead];
  for (const file of listing.files) reports.push(...(await readSource(fw, file)));
  for (const r of reports) {
    if (!r.period) {
      excluded.push({
        source: r.source,
        message: r.errors[0]?.message ?? { vi: "Không rõ kỳ", en: "No period" },
      });
      continue;
    }
    const id = periodId(r.period);
    byPeriod.set(id, { period: r.period, reports: [...(byPeriod.get(id)?.reports ?? []), r] });
  }
  const notices: Text[] = [];
  for (const { period, reports } of [...byPeriod.values()].sort((a, b) =>
    comparePeriods(a.period, b.period),
  )) {
    const c = consolidate(fw, reports, { period });
    for (const e of c.excluded) excluded.push({ source: e.source, message: e.message });
    if (!c.units.length) continue;
    const change = addToHistory(fw, history, c);
    history = change.history;
    notices.push(change.notice);
  }
  if (!history.length)
    throw new UserError(
      `Không có báo cáo nào để đưa vào lịch sử (${excluded.length} nguồn bị loại)`,
      `No report to put in the history (${excluded.length} source(s) excluded)`,
    );
  const layouts = termLayouts(fw, history, { factor, deadlines, review });
  await saveFile(args.output, await termWorkbook(layouts));
  return { history, notices, excluded, layouts };
}

export function historyText(fw: Framework, result: HistoryResult): string {
  const counts = new Map<string, { period: Period; n: number }>();
  for (const r of result.history) {
    const id = periodId(r.period);
    counts.set(id, { period: r.period, n: (counts.get(id)?.n ?? 0) + 1 });
  }
  const periods = [...counts.values()].map(
    ({ period, n }) => `  ${periodText(fw, period).vi.padEnd(28)} ${n}`,
  );
  return [
    `Lịch sử / History: ${counts.size} kỳ / periods, ${result.history.length} báo cáo / reports`,
    ...periods,
    "",
    ...result.notices.map((n) => `- ${n.vi}\n  ${n.en}`),
    ...(result.excluded.length
      ? [
          "",
          `Bị loại / Excluded (${result.excluded.length}):`,
          ...result.excluded.map((e) => `  ✗ ${e.source}: ${e.message.vi}`),
        ]
      : []),
    "",
    `Trang / Sheets: ${result.layouts.map((l) => l.name).join(", ")}`,
  ].join("\n");
}
