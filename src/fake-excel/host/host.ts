import { formatBounds, parseAddress } from "../addresses";
import { Calculator } from "../calculation";
import { valueType, type Cell } from "../cells";
import { interpretInput, type Locale } from "../entry";
import { FakeOfficeError, type FakeErrorCode } from "../errors";
import type { ChangeRecord } from "../events";
import { FormulaSyntaxError, parseFormula } from "../formulas";
import { isValid } from "../validation";
import {
  cellKey,
  forEachCell,
  readCell,
  updateCell,
  WorkbookState,
  type SheetState,
} from "../workbook-state";
import type { Batch, HostObject } from "./base";
import { RequestExecution } from "./execute";
import { ActionType, type RequestBody, type ResponseBody } from "./protocol";
import { Worksheet } from "./worksheet";

/** Excel on the web rejects a request, or a response, over 5 MB. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface HostOptions {
  /** Sheets to start with, each optionally filled from A1 as if typed; default one empty "Sheet1". */
  sheets?: Array<{ name: string; values?: unknown[][] }>;
  /** Delay added to every sync, in milliseconds. */
  latencyMs?: number;
  /** Request and response size limit per sync, in UTF-8 bytes of the JSON bodies; null for none (desktop). */
  payloadLimitBytes?: number | null;
  /** A blank referenced cell passed to a custom function: 0 (desktop, default) or null (web). */
  blankArgument?: 0 | null;
  /** Regional settings for text entered into cells (typed or written): "en-US" (default) or "vi-VN". */
  locale?: Locale;
}

export type UserEditMode = "type" | "paste";

export interface UserEditResult {
  accepted: boolean;
  reason?: "ValidationStop" | "InvalidFormula";
}

/** One answered sync, as the host saw it on the wire. */
export interface SyncRecord {
  /** 1-based, counting every sync the add-in waited for, failed ones included (0 for a cleanup). */
  number: number;
  /**
   * The request the client sends by itself after `Excel.run` to release the objects it tracked
   * (`_RemoveReference` only). Nobody waits for it: it is listed but not counted as a sync.
   */
  cleanup: boolean;
  requestBytes: number;
  responseBytes: number;
  /** Commands (property writes and method calls) in the request. */
  commands: number;
  error?: FakeErrorCode;
}

/** A fault to inject: the `sync`-th sync fails, at its `command`-th command when given (1-based). */
export interface InjectedFault {
  sync: number;
  /** Absent: the sync fails before anything is applied. */
  command?: number;
  code?: FakeErrorCode;
}

/** Change events waiting to reach the client: one entry per registered target. */
export type EventDelivery = (entries: Array<{ targetId: string; message: string }>) => void;

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/**
 * The in-memory Excel behind Microsoft's client: it answers each request body the client sends with
 * the response body Excel would send, applying commands in order (see README, "What a sync does").
 */
export class ExcelHost {
  readonly state = new WorkbookState();
  readonly calculator: Calculator;
  latencyMs: number;
  readonly locale: Locale;
  readonly syncs: SyncRecord[] = [];
  private readonly limit: number | null;
  private readonly faults: InjectedFault[] = [];
  private readonly references = new Map<string, HostObject>();
  private nextReference = 1;
  private readonly registered = new Set<string>();
  private deliver: EventDelivery = () => undefined;
  /** Change events decided but not yet handed to the client. */
  eventsWaiting = 0;

  constructor(options: HostOptions = {}) {
    this.calculator = new Calculator(
      this.state,
      options.blankArgument === undefined ? 0 : options.blankArgument,
    );
    this.latencyMs = options.latencyMs ?? 0;
    this.locale = options.locale ?? "en-US";
    this.limit =
      options.payloadLimitBytes === undefined ? WEB_PAYLOAD_LIMIT_BYTES : options.payloadLimitBytes;
    for (const seed of options.sheets ?? [{ name: "Sheet1" }]) {
      const sheet = this.state.addSheet(seed.name);
      seed.values?.forEach((row, r) =>
        row.forEach((raw, c) =>
          updateCell(sheet, r, c, (cell) => Object.assign(cell, enter(raw, cell, this.locale))),
        ),
      );
    }
  }

  get syncCount(): number {
    return this.syncs.filter((s) => !s.cleanup).length;
  }

  onEvents(deliver: EventDelivery): void {
    this.deliver = deliver;
  }

  inject(fault: InjectedFault): void {
    this.faults.push(fault);
  }

  /** Answers one request body (the JSON text the client sent) with the response body text. */
  async answer(requestText: string): Promise<string> {
    const body = JSON.parse(requestText) as RequestBody;
    const cleanup =
      body.Actions.some((action) => action.Name === "_RemoveReference") &&
      body.Actions.every(
        (action) => action.Name === "_RemoveReference" || action.ActionType === ActionType.Instantiate,
      );
    const record: SyncRecord = {
      number: cleanup ? 0 : this.syncCount + 1,
      cleanup,
      requestBytes: byteLength(requestText),
      responseBytes: 0,
      commands: 0,
    };
    this.syncs.push(record);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    record.commands = body.Actions.filter(RequestExecution.isCommand).length;
    const response = await this.execute(body, record);
    let text = JSON.stringify(response);
    if (this.limit !== null && !response.Error && byteLength(text) > this.limit) {
      text = JSON.stringify(
        failure(new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "RequestContext.sync")),
      );
      record.error = "ResponsePayloadSizeLimitExceeded";
    }
    record.responseBytes = byteLength(text);
    return text;
  }

  private async execute(body: RequestBody, record: SyncRecord): Promise<ResponseBody> {
    const fault = record.cleanup ? undefined : this.faults.find((f) => f.sync === record.number);
    if (fault && fault.command === undefined)
      return this.refuse(
        record,
        new FakeOfficeError(fault.code ?? "GeneralException", "RequestContext.sync"),
      );
    if (this.limit !== null && record.requestBytes > this.limit) {
      return this.refuse(
        record,
        new FakeOfficeError("RequestPayloadSizeLimitExceeded", "RequestContext.sync"),
      );
    }
    const changes: ChangeRecord[] = [];
    const batch: Omit<Batch, "objectArgument"> = {
      state: this.state,
      calculator: this.calculator,
      locale: this.locale,
      recordChange: (change) => changes.push(change),
      reference: (id) => this.references.get(id),
      events: {
        register: (target) => this.registered.add(target),
        unregister: (target) => this.registered.delete(target),
      },
    };
    const execution = new RequestExecution(
      body,
      batch,
      (object) => this.keep(object),
      (id) => this.references.delete(id),
    );
    let commands = 0;
    for (const [index, action] of body.Actions.entries()) {
      try {
        if (RequestExecution.isCommand(action) && fault && ++commands === fault.command) {
          throw new FakeOfficeError(fault.code ?? "GeneralException", `${action.Name}`);
        }
        await execution.run(action);
      } catch (error) {
        this.calculator.markDirty();
        this.dispatch(changes);
        if (!(error instanceof FakeOfficeError)) throw error;
        record.error = error.code;
        return failure(error, index);
      }
    }
    await this.calculator.ensureCalculated();
    this.dispatch(changes);
    return { Results: execution.results };
  }

  private refuse(record: SyncRecord, error: FakeOfficeError): ResponseBody {
    record.error = error.code;
    return failure(error);
  }

  private keep(object: HostObject): string {
    const id = `ref${this.nextReference++}`;
    this.references.set(id, object);
    return id;
  }

  /** Change events reach the client after the response, as Excel's do: never inside the sync. */
  private dispatch(changes: ChangeRecord[]): void {
    if (changes.length === 0 || this.registered.size === 0) return;
    const entries = changes.flatMap((change) => {
      const message = JSON.stringify(this.eventMessage(change));
      return [change.sheetId, "Workbook"]
        .filter((target) => this.registered.has(target))
        .map((targetId) => ({ targetId, message }));
    });
    if (entries.length === 0) return;
    this.eventsWaiting++;
    setTimeout(() => {
      this.eventsWaiting--;
      this.deliver(entries);
    }, 0);
  }

  /** The fields Excel sends with a WorksheetChanged event (the client builds the event args from them). */
  private eventMessage(change: ChangeRecord): Record<string, unknown> {
    const sheet = this.state.sheetById(change.sheetId);
    const message: Record<string, unknown> = {
      address: formatBounds(change.bounds),
      changeType: change.changeType,
      source: "Local",
      worksheetId: change.sheetId,
      triggerSource: change.triggerSource,
      shiftDirection: "None",
    };
    if (sheet) message.referenceId = this.keep(new Worksheet(sheet).range(change.bounds));
    const single = change.bounds.rowCount === 1 && change.bounds.columnCount === 1;
    if (single && change.changeType === "RangeEdited" && sheet) {
      const after = readCell(sheet, change.bounds.row, change.bounds.column).value;
      const before = change.valueBefore ?? "";
      Object.assign(message, {
        valueBefore: before,
        valueAfter: after,
        valueTypeBefore: valueType(before),
        valueTypeAfter: valueType(after),
      });
    }
    return message;
  }

  /** A user typing (one cell) or pasting (a block) into the grid; fires onChanged with triggerSource "Unknown". */
  async userEdit(
    sheetName: string,
    address: string,
    values: unknown[][],
    mode: UserEditMode,
  ): Promise<UserEditResult> {
    const sheet = this.state.findSheet(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    const { bounds } = parseAddress(address);
    if (values.length !== bounds.rowCount || values.some((row) => row.length !== bounds.columnCount)) {
      throw new Error(`userEdit: values do not match ${address}`);
    }
    const before = new Map<string, Cell | undefined>();
    try {
      forEachCell(bounds, (r, c) => {
        before.set(cellKey(r, c), sheet.cells.get(cellKey(r, c)));
        const raw = values[r - bounds.row][c - bounds.column];
        updateCell(sheet, r, c, (cell) => Object.assign(cell, enter(raw, cell, this.locale)));
      });
    } catch (error) {
      if (!(error instanceof FormulaSyntaxError)) throw error;
      this.restore(sheet, before);
      return { accepted: false, reason: "InvalidFormula" };
    }
    this.calculator.markDirty();
    await this.calculator.ensureCalculated();
    if (mode === "type" && !(await this.typedValueAllowed(sheet, bounds.row, bounds.column))) {
      this.restore(sheet, before);
      return { accepted: false, reason: "ValidationStop" };
    }
    const single = bounds.rowCount === 1 && bounds.columnCount === 1;
    const valueBefore = single ? (before.get(cellKey(bounds.row, bounds.column))?.value ?? "") : undefined;
    this.dispatch([
      { sheetId: sheet.id, bounds, changeType: "RangeEdited", triggerSource: "Unknown", valueBefore },
    ]);
    return { accepted: true };
  }

  /** Excel refuses a typed entry only when the cell's rule fails and its alert style is Stop. */
  private async typedValueAllowed(sheet: SheetState, row: number, column: number): Promise<boolean> {
    const cell = readCell(sheet, row, column);
    const spec = cell.validation;
    if (!spec || !spec.errorAlert.showAlert || spec.errorAlert.style !== "Stop") return true;
    return isValid(spec, cell.value, { row, column }, this.calculator.env(sheet));
  }

  private restore(sheet: SheetState, before: Map<string, Cell | undefined>): void {
    for (const [key, cell] of before) {
      if (cell) sheet.cells.set(key, cell);
      else sheet.cells.delete(key);
    }
    this.calculator.markDirty();
  }
}

function failure(error: FakeOfficeError, actionIndex?: number): ResponseBody {
  return {
    Error: {
      Code: error.code,
      Message: error.message,
      Location: error.location,
      ...(actionIndex === undefined ? {} : { ActionIndex: actionIndex }),
    },
  };
}

/** A typed or pasted entry: new content, keeping the cell's formats and validation (paste-values). */
function enter(raw: unknown, cell: Cell, locale: Locale): Pick<Cell, "value" | "formula" | "numberFormat"> {
  const entry = interpretInput(raw, cell.numberFormat, locale);
  if (entry.formula !== undefined) {
    parseFormula(entry.formula);
    return { value: "", formula: entry.formula, numberFormat: cell.numberFormat };
  }
  return { value: entry.value, formula: undefined, numberFormat: entry.numberFormat ?? cell.numberFormat };
}
