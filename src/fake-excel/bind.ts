import { formatAddress, parseAddress } from "./addresses";
import type { CustomFunction } from "./calculation";
import type { Cell, CellValue } from "./cells";
import type { FakeErrorCode } from "./errors";
import {
  ExcelHost,
  type HostOptions,
  type InjectedFault,
  type SyncRecord,
  type UserEditMode,
  type UserEditResult,
} from "./host/host";
import { readCell, type SheetState, type WorkbookState } from "./workbook-state";

/** Microsoft's Office.js client as loaded from `@microsoft/office-js` (Node: a vm context; browser: the page). */
export interface OfficeClient {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

/** What the host controls besides the workbook: one object per simulated Excel. */
export interface FakeExcel {
  /** Microsoft's `Excel` namespace, bound to this host: `Excel.run`, `Excel.RequestContext`, enums. */
  readonly Excel: typeof Excel;
  /** `Excel.run` of that namespace, for code that takes a run function. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Syncs the client sent so far (each one request), failed ones included. */
  readonly syncCount: number;
  /** Every sync as the host saw it: request and response sizes in UTF-8 bytes of the real bodies, commands, error. */
  readonly syncs: readonly SyncRecord[];
  /** Delay added to every sync, in milliseconds. */
  latencyMs: number;
  /** The `syncNumber`-th sync (1-based, counting every sync) rejects with `code` and applies nothing. */
  failSync(syncNumber: number, code?: FakeErrorCode): void;
  /**
   * The `sync`-th sync fails at its `command`-th command (1-based; commands are property writes and
   * method calls, not loads), as Excel fails a batch: the commands before it stay applied, the later
   * ones are not run, and the sync rejects with `code` (default GeneralException).
   */
  failAt(fault: Required<Pick<InjectedFault, "sync" | "command">> & { code?: FakeErrorCode }): void;
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
  /** Awaits every onChanged handler fired so far, and the syncs they send. */
  settle(): Promise<void>;
  /** Calculates every formula again, after the state was filled from outside (an opened file). */
  recalculate(): Promise<void>;
  readonly state: WorkbookState;
}

export type FakeExcelOptions = HostOptions;

const HOST_URL = "https://fake-excel.invalid/";

/** Routes one Office.js client's requests and events to a fresh host. One client serves one host. */
export function bindHost(client: OfficeClient, options: FakeExcelOptions = {}): FakeExcel {
  const host = new ExcelHost(options);
  const extension = client.OfficeExtension as unknown as ClientInternals;
  // The client accepts only a plain object of its own realm as default request info.
  const requestInfo = Object.create(Object.getPrototypeOf(extension)) as { url: string; headers: object };
  requestInfo.url = HOST_URL;
  requestInfo.headers = Object.create(Object.getPrototypeOf(extension));
  extension.ClientRequestContext.defaultRequestUrlAndHeaders = requestInfo;

  const pending = new Set<Promise<unknown>>();
  const track = <T>(promise: Promise<T>): Promise<T> => {
    pending.add(promise);
    const done = () => pending.delete(promise);
    promise.then(done, done);
    return promise;
  };
  extension.HttpUtility.setCustomSendRequestFunc((request: { body: unknown }) => {
    const body = request.body;
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return track(host.answer(text).then((answer) => ({ statusCode: 200, headers: {}, body: answer })));
  });

  // Events: the client's own test hooks deliver what the host sends; handlers' promises are watched for settle().
  const internals = extension;
  internals._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  const fireOne = internals.EventHandlers.prototype.createFireOneEventHandlerFunc;
  internals.EventHandlers.prototype.createFireOneEventHandlerFunc = function (handler, args) {
    const fire = fireOne.call(this, handler, args);
    return () => track(Promise.resolve(fire()));
  };
  let deliveries = 0;
  host.onEvents((entries) => {
    deliveries++;
    try {
      internals._testTriggerRichApiMessageEvent({
        entries: entries.map((entry) => ({ messageCategory: 65536, messageType: 10, ...entry })),
      });
    } finally {
      deliveries--;
    }
  });

  const local = (sheetName: string, address: string) => {
    const sheet = host.state.findSheet(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    return { sheet, bounds: parseAddress(address).bounds };
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  return {
    Excel: client.Excel,
    run: (batch) => client.Excel.run(batch),
    get syncCount() {
      return host.syncCount;
    },
    syncs: host.syncs,
    get latencyMs() {
      return host.latencyMs;
    },
    set latencyMs(ms: number) {
      host.latencyMs = ms;
    },
    failSync: (sync, code) => host.inject({ sync, code }),
    failAt: (fault) => host.inject(fault),
    registerFunction: (name, fn) => host.calculator.register(name, fn),
    userEdit: (sheetName, address, values, mode) =>
      host.userEdit(
        sheetName,
        address,
        values,
        mode ?? (values.length === 1 && values[0].length === 1 ? "type" : "paste"),
      ),
    async values(sheetName, address) {
      await host.calculator.ensureCalculated();
      const { sheet, bounds } = local(sheetName, address);
      return Array.from({ length: bounds.rowCount }, (_, r) =>
        Array.from(
          { length: bounds.columnCount },
          (_, c) => readCell(sheet, bounds.row + r, bounds.column + c).value,
        ),
      );
    },
    async cell(sheetName, address) {
      await host.calculator.ensureCalculated();
      const { sheet, bounds } = local(sheetName, address);
      return readCell(sheet, bounds.row, bounds.column);
    },
    sheet: (name) => host.state.findSheet(name),
    sheetNames: () => host.state.sheets.map((s) => s.name),
    selectionAddress() {
      const selection = host.state.selection;
      const sheet = (selection && host.state.sheetById(selection.sheetId)) || host.state.activeSheet();
      return formatAddress(
        sheet.name,
        selection?.bounds ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      );
    },
    async settle() {
      // Quiet means: no event waiting to be delivered, no handler running, no request in flight.
      for (let quiet = 0; quiet < 3;) {
        await tick();
        if (pending.size > 0 || deliveries > 0 || host.eventsWaiting > 0) {
          quiet = 0;
          await Promise.all([...pending]).catch(() => undefined);
        } else quiet++;
      }
    },
    recalculate() {
      host.calculator.markDirty();
      return host.calculator.ensureCalculated();
    },
    state: host.state,
  };
}

/** The parts of the client's OfficeExtension the binding uses (hooks documented in its source, not its typings). */
interface ClientInternals {
  ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
  HttpUtility: {
    setCustomSendRequestFunc(
      send: (request: { body: unknown }) => Promise<{ statusCode: number; headers: object; body: string }>,
    ): void;
  };
  _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
  _testTriggerRichApiMessageEvent(message: { entries: unknown[] }): void;
  EventHandlers: {
    prototype: { createFireOneEventHandlerFunc(handler: unknown, args: unknown): () => unknown };
  };
}
