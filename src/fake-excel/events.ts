import { formatBounds, type Bounds } from "./addresses";
import { valueType, type CellValue } from "./cells";
import { readCell, type WorkbookState } from "./workbook-state";

export type TriggerSource = "ThisLocalAddin" | "Unknown";

export interface ChangeRecord {
  sheetId: string;
  bounds: Bounds;
  changeType: `${Excel.DataChangeType}`;
  triggerSource: TriggerSource;
  /** Value of the single changed cell before the change; absent for multi-cell changes. */
  valueBefore?: CellValue;
}

export type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | unknown;

interface Registration {
  /** undefined: registered on the worksheet collection, so it hears every sheet. */
  sheetId?: string;
  handler: ChangedHandler;
}

/**
 * Worksheet.onChanged / WorksheetCollection.onChanged. Like Excel, handlers run after the change is
 * applied, asynchronously (never inside the sync that caused it); `settle()` awaits them.
 */
export class ChangeEvents {
  private readonly registrations: Registration[] = [];
  private running: Promise<unknown> = Promise.resolve();

  register(registration: Registration): void {
    this.registrations.push(registration);
  }

  unregister(handler: ChangedHandler, sheetId?: string): void {
    const index = this.registrations.findIndex((r) => r.handler === handler && r.sheetId === sheetId);
    if (index >= 0) this.registrations.splice(index, 1);
  }

  dispatch(records: ChangeRecord[], state: WorkbookState): void {
    if (records.length === 0 || this.registrations.length === 0) return;
    const calls = records.flatMap((record) => {
      const args = eventArgs(record, state);
      return this.registrations
        .filter((r) => r.sheetId === undefined || r.sheetId === record.sheetId)
        .map((r) => () => r.handler(args));
    });
    const previous = this.running;
    this.running = previous.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(async () => {
            for (const call of calls) await Promise.resolve(call()).catch(() => undefined);
            resolve();
          }, 0),
        ),
    );
  }

  /** Resolves once every handler fired so far has finished. */
  async settle(): Promise<void> {
    let current: Promise<unknown>;
    do {
      current = this.running;
      await current;
    } while (current !== this.running);
  }
}

function eventArgs(record: ChangeRecord, state: WorkbookState): Excel.WorksheetChangedEventArgs {
  const single = record.bounds.rowCount === 1 && record.bounds.columnCount === 1;
  const args: Record<string, unknown> = {
    type: "WorksheetChanged",
    address: formatBounds(record.bounds),
    worksheetId: record.sheetId,
    changeType: record.changeType,
    source: "Local",
    triggerSource: record.triggerSource,
  };
  if (single && record.changeType === "RangeEdited") {
    const sheet = state.sheetById(record.sheetId);
    const after = sheet ? readCell(sheet, record.bounds.row, record.bounds.column).value : "";
    const before = record.valueBefore ?? "";
    args.details = {
      valueBefore: before,
      valueAfter: after,
      valueTypeBefore: valueType(before),
      valueTypeAfter: valueType(after),
    };
  }
  // The product only reads the data members; getRange(ctx) is not offered.
  return args as unknown as Excel.WorksheetChangedEventArgs;
}
