import { Failure } from "../shared/failure";
import { uniqueSheetName } from "../shared/sheetName";

interface NewSheet {
  /** The name it is written under until the last batch. */
  temporary: string;
  /** The name it takes in the last batch. */
  name: string;
  /** The name the sheet it replaces takes in the last batch until it is deleted; null when none. */
  backup: string | null;
}

/** `name (mark)`, the name shortened so that the mark stays within Excel's 31 characters. */
const marked = (name: string, mark: string) => `${name.slice(0, 31 - mark.length - 3)} (${mark})`;

/** How many times the clean-up is tried (each: read which sheets exist, then undo). */
const CLEAN_UP_TRIES = 3;

/**
 * The sheets an operation adds, written under temporary names and put in place by its last batch, so
 * that a failure at any command of any batch leaves the workbook as it was.
 *
 * Excel applies a failed batch up to the failing command. So the last batch only renames — each
 * replaced sheet to a backup name, each new sheet to its name — then activates the new sheet and
 * deletes the backups, last. After a failure the clean-up reads which names exist and undoes what it
 * finds: new sheets removed, backups given their names back, the sheet that was active activated again;
 * if the clean-up fails it is tried again from what it finds. Only when one backup is deleted and
 * another is not (two sheets replaced, the second delete failing) is the operation completed instead.
 */
export class NewSheets {
  private readonly sheets: NewSheet[] = [];
  private readonly active: Excel.Worksheet;

  /** Create before the operation's first sync: it remembers the active sheet with that sync. */
  constructor(private readonly context: Excel.RequestContext) {
    this.active = context.workbook.worksheets.getActiveWorksheet().load("id");
  }

  /**
   * Queues a new sheet that takes `name` in the last batch, replacing the sheet of that name when
   * `replaces`; `taken` are the workbook's sheet names. Returns the sheet, to write.
   */
  add(name: string, replaces: boolean, taken: readonly string[]): Excel.Worksheet {
    const used = [name, ...taken, ...this.sheets.flatMap((s) => [s.temporary, s.name, s.backup ?? ""])];
    const temporary = uniqueSheetName(marked(name, "đang tạo"), used);
    const backup = replaces ? uniqueSheetName(marked(name, "cũ"), [...used, temporary]) : null;
    this.sheets.push({ temporary, name, backup });
    return this.context.workbook.worksheets.add(temporary);
  }

  /**
   * Syncs a batch of the operation. On failure it undoes what the batch left and throws a Failure that
   * says so (or, past the point of no return, completes the operation and returns).
   */
  async sync(): Promise<void> {
    await this.context.sync().catch((error: unknown) => this.undo(error));
  }

  /** Queues putting every new sheet in place and activating `activate` (a final name), and syncs. */
  async complete(activate: string): Promise<void> {
    const worksheets = this.context.workbook.worksheets;
    for (const s of this.sheets) {
      if (s.backup) worksheets.getItem(s.name).name = s.backup;
      worksheets.getItem(s.temporary).name = s.name;
    }
    worksheets.getItem(activate).activate();
    for (const s of this.sheets) if (s.backup) worksheets.getItem(s.backup).delete();
    await this.sync();
  }

  private async undo(error: unknown): Promise<void> {
    if (this.sheets.length === 0) throw excelFailure(error);
    const outcome = await this.cleanUp(CLEAN_UP_TRIES, undefined);
    if (outcome === "undone") throw excelFailure(error);
    if (outcome === "failed") throw notUndone(error, this.sheets);
  }

  /** Reads which sheets exist and rolls back (or, past the point of no return, completes). */
  private async cleanUp(
    tries: number,
    completing: boolean | undefined,
  ): Promise<"undone" | "completed" | "failed"> {
    const worksheets = this.context.workbook.worksheets;
    // Decided once, from what the failed batch left; a clean-up tried again keeps the direction.
    let forward = completing;
    try {
      worksheets.load("items/name");
      const now = worksheets.getActiveWorksheet().load("id");
      await this.context.sync();
      const names = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
      const has = (name: string | null) => name !== null && names.has(name.toLowerCase());
      forward ??=
        this.sheets.some((s) => s.backup && !has(s.temporary) && !has(s.backup)) &&
        this.sheets.some((s) => has(s.backup));
      for (const s of this.sheets) {
        if (forward) {
          if (has(s.backup)) worksheets.getItem(s.backup!).delete();
          continue;
        }
        if (has(s.temporary)) worksheets.getItem(s.temporary).delete();
        // The sheet under the final name is the new one once the old one is under its backup name.
        if (has(s.name) && (!s.backup || has(s.backup))) worksheets.getItem(s.name).delete();
        if (has(s.backup)) worksheets.getItem(s.backup!).name = s.name;
      }
      if (!forward && now.id !== this.active.id) worksheets.getItem(this.active.id).activate();
      await this.context.sync();
      return forward ? "completed" : "undone";
    } catch {
      return tries > 1 ? this.cleanUp(tries - 1, forward) : "failed";
    }
  }
}

const excelSays = (error: unknown): { code: string; message: string } => {
  const e = error as { code?: unknown; message?: unknown } | null;
  return {
    code: typeof e?.code === "string" ? e.code : "Error",
    message: typeof e?.message === "string" ? e.message : String(error),
  };
};

/** For a batch that only reads: its failure as a Failure (the workbook is as it was). */
export function failed(error: unknown): never {
  throw excelFailure(error);
}

/** Excel refused a batch (or anything else failed) and the workbook is as it was. */
function excelFailure(error: unknown): Failure {
  if (error instanceof Failure) return error;
  const { code, message } = excelSays(error);
  return new Failure({
    vi: `Excel báo lỗi (${code}: ${message}). Bảng tính được giữ nguyên như trước.`,
    en: `Excel reported an error (${code}: ${message}). The workbook was left as it was.`,
  });
}

/** Excel refused a batch and every clean-up too: the sheets the user may find. */
function notUndone(error: unknown, sheets: readonly NewSheet[]): Failure {
  const { code, message } = excelSays(error);
  const list = (and: string) =>
    sheets
      .flatMap((s) => [s.temporary, ...(s.backup ? [s.backup] : [])])
      .map((n) => `“${n}”`)
      .join(and);
  return new Failure({
    vi: `Excel báo lỗi (${code}: ${message}) và không hoàn tác được. Hãy xem các trang ${list(", ")}: trang “… (cũ)” là trang cũ, trang “… (đang tạo)” là trang mới chưa xong.`,
    en: `Excel reported an error (${code}: ${message}) and it could not be undone. Look at the sheets ${list(", ")}: a “… (cũ)” sheet is the previous one, a “… (đang tạo)” sheet the unfinished new one.`,
  });
}
