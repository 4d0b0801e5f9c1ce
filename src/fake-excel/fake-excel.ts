import { formatAddress, parseAddress } from "./addresses";
import { Calculator, type CustomFunction } from "./calculation";
import { interpretInput, type Cell, type CellValue } from "./cells";
import { FakeRequestContext, type Batch, type BatchExecutor, type Operation } from "./context";
import { FakeOfficeError, type FakeErrorCode } from "./errors";
import { ChangeEvents, type ChangeRecord } from "./events";
import { FormulaSyntaxError, parseFormula } from "./formulas";
import { isValid } from "./validation";
import { FakeWorkbook } from "./workbook";
import { cellKey, forEachCell, readCell, updateCell, WorkbookState, type SheetState } from "./workbook-state";

/** Excel on the web rejects a request whose payload exceeds 5 MB. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** Sheets to start with, each optionally filled from A1 as if typed; default one empty "Sheet1". */
  sheets?: Array<{ name: string; values?: unknown[][] }>;
  /** Delay added to every sync, in milliseconds. */
  latencyMs?: number;
  /** Request and response size limit per sync; null for none (desktop). Default: Excel on the web's 5 MB. */
  payloadLimitBytes?: number | null;
  /** A blank referenced cell passed to a custom function: 0 (desktop, default) or null (web). */
  blankArgument?: 0 | null;
}

export type UserEditMode = "type" | "paste";

export interface UserEditResult {
  accepted: boolean;
  reason?: "ValidationStop" | "InvalidFormula";
}

export interface FakeExcel {
  /** Same contract as Excel.run(batch). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Syncs attempted so far, including failed ones and the implicit sync at the end of run. */
  readonly syncCount: number;
  latencyMs: number;
  /** The `syncNumber`-th sync (1-based, counting every sync) rejects with `code` and applies nothing. */
  failSync(syncNumber: number, code?: FakeErrorCode): void;
  /** Like CustomFunctions.associate(id, fn). */
  registerFunction(name: string, fn: CustomFunction): void;
  /** A user typing (one cell) or pasting (a block) into the grid; fires onChanged with triggerSource "Unknown". */
  userEdit(
    sheetName: string,
    address: string,
    values: unknown[][],
    mode?: UserEditMode,
  ): Promise<UserEditResult>;
  /** Calculated values, for assertions and the preview. */
  values(sheetName: string, address: string): Promise<CellValue[][]>;
  /** Everything stored about one cell (formula, formats, validation). */
  cell(sheetName: string, address: string): Promise<Readonly<Cell>>;
  sheet(name: string): Readonly<SheetState> | undefined;
  sheetNames(): string[];
  /** The selected range's full address, e.g. "Sheet1!B2". */
  selectionAddress(): string;
  /** Awaits every onChanged handler fired so far. */
  settle(): Promise<void>;
  /** Calculates every formula again, after the state was filled from outside (an opened file). */
  recalculate(): Promise<void>;
  readonly state: WorkbookState;
}

class Engine implements BatchExecutor {
  readonly state = new WorkbookState();
  readonly events = new ChangeEvents();
  readonly calculator: Calculator;
  syncCount = 0;
  latencyMs: number;
  private readonly limit: number | null;
  private readonly failures = new Map<number, FakeErrorCode>();

  constructor(options: FakeExcelOptions) {
    this.calculator = new Calculator(
      this.state,
      options.blankArgument === undefined ? 0 : options.blankArgument,
    );
    this.latencyMs = options.latencyMs ?? 0;
    this.limit =
      options.payloadLimitBytes === undefined ? WEB_PAYLOAD_LIMIT_BYTES : options.payloadLimitBytes;
    for (const seed of options.sheets ?? [{ name: "Sheet1" }]) {
      const sheet = this.state.addSheet(seed.name);
      seed.values?.forEach((row, r) =>
        row.forEach((raw, c) => updateCell(sheet, r, c, (cell) => Object.assign(cell, enter(raw, cell)))),
      );
    }
  }

  failSync(syncNumber: number, code: FakeErrorCode = "GeneralException"): void {
    this.failures.set(syncNumber, code);
  }

  /**
   * Runs one sync. An injected failure or an oversized request rejects before anything is applied.
   * An operation that fails (ItemNotFound, InvalidArgument, …) rejects the sync but, as in Excel, the
   * operations before it stay applied and the rest are skipped; no loaded value reaches the proxies.
   */
  async executeBatch(operations: Operation[]): Promise<void> {
    const number = ++this.syncCount;
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const injected = this.failures.get(number);
    if (injected) throw new FakeOfficeError(injected, "RequestContext.sync");
    const requestSize = byteLength(JSON.stringify(operations.map((op) => op.payload)));
    if (this.limit !== null && requestSize > this.limit) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "RequestContext.sync");
    }
    const changes: ChangeRecord[] = [];
    const deliveries: Array<() => void> = [];
    let responseSize = 0;
    const batch: Batch = {
      state: this.state,
      calculator: this.calculator,
      events: this.events,
      recordChange: (change) => changes.push(change),
      deliver: (commit, size) => {
        deliveries.push(commit);
        responseSize += size;
      },
    };
    try {
      for (const operation of operations) await operation.execute(batch);
      await this.calculator.ensureCalculated();
      if (this.limit !== null && responseSize > this.limit) {
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "RequestContext.sync");
      }
    } catch (error) {
      this.calculator.markDirty();
      this.events.dispatch(changes, this.state);
      throw error;
    }
    this.events.dispatch(changes, this.state);
    for (const commit of deliveries) commit();
  }

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
        updateCell(sheet, r, c, (cell) => Object.assign(cell, enter(raw, cell)));
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
    this.events.dispatch(
      [{ sheetId: sheet.id, bounds, changeType: "RangeEdited", triggerSource: "Unknown", valueBefore }],
      this.state,
    );
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

/** A typed or pasted entry: new content, keeping the cell's formats and validation (paste-values). */
function enter(raw: unknown, cell: Cell): Pick<Cell, "value" | "formula"> {
  const entry = interpretInput(raw, cell.numberFormat);
  if (entry.formula !== undefined) {
    parseFormula(entry.formula);
    return { value: "", formula: entry.formula };
  }
  return { value: entry.value, formula: undefined };
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const engine = new Engine(options);
  const local = (
    sheetName: string,
    address: string,
  ): { sheet: SheetState; cells: ReturnType<typeof parseAddress> } => {
    const sheet = engine.state.findSheet(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    return { sheet, cells: parseAddress(address) };
  };
  return {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(engine, (ctx) => new FakeWorkbook(ctx));
      // The one cast at the boundary: the fake implements the subset of Excel.RequestContext we use.
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.hasPendingOperations) await context.sync();
      return result;
    },
    get syncCount() {
      return engine.syncCount;
    },
    get latencyMs() {
      return engine.latencyMs;
    },
    set latencyMs(ms: number) {
      engine.latencyMs = ms;
    },
    failSync: (syncNumber, code) => engine.failSync(syncNumber, code),
    registerFunction: (name, fn) => engine.calculator.register(name, fn),
    userEdit: (sheetName, address, values, mode) =>
      engine.userEdit(
        sheetName,
        address,
        values,
        mode ?? (values.length === 1 && values[0].length === 1 ? "type" : "paste"),
      ),
    async values(sheetName, address) {
      await engine.calculator.ensureCalculated();
      const { sheet, cells } = local(sheetName, address);
      const rows: CellValue[][] = [];
      for (let r = 0; r < cells.bounds.rowCount; r++) {
        const row: CellValue[] = [];
        for (let c = 0; c < cells.bounds.columnCount; c++) {
          row.push(readCell(sheet, cells.bounds.row + r, cells.bounds.column + c).value);
        }
        rows.push(row);
      }
      return rows;
    },
    async cell(sheetName, address) {
      await engine.calculator.ensureCalculated();
      const { sheet, cells } = local(sheetName, address);
      return readCell(sheet, cells.bounds.row, cells.bounds.column);
    },
    sheet: (name) => engine.state.findSheet(name),
    sheetNames: () => engine.state.sheets.map((s) => s.name),
    selectionAddress() {
      const selection = engine.state.selection;
      const sheet = (selection && engine.state.sheetById(selection.sheetId)) || engine.state.activeSheet();
      return formatAddress(
        sheet.name,
        selection?.bounds ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      );
    },
    settle: () => engine.events.settle(),
    recalculate() {
      engine.calculator.markDirty();
      return engine.calculator.ensureCalculated();
    },
    state: engine.state,
  };
}
