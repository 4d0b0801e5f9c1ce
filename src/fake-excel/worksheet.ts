import { FakeChartCollection } from "./charts";
import { MAX_COLUMNS, MAX_ROWS, parseAddress, type Bounds } from "./addresses";
import { FakeClientObject, loadNames, type LoadOption } from "./client-object";
import type { Batch, FakeRequestContext } from "./context";
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import type { ChangedHandler } from "./events";
import { FakeRange, type RangeTarget } from "./range";
import type { SheetState } from "./workbook-state";

export type SheetLocator = (batch: Batch) => SheetState | null;

/** Binds a proxy to its sheet's id on first resolution, so a later rename does not lose it. */
export function bindById(find: (batch: Batch) => SheetState | null): SheetLocator {
  let id: string | undefined;
  return (batch) => {
    if (id !== undefined) {
      const sheet = batch.state.sheetById(id);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "Worksheet");
      return sheet;
    }
    const sheet = find(batch);
    if (sheet) id = sheet.id;
    return sheet;
  };
}

/** Like OfficeExtension.ClientResult: `value` is readable once the sync that computed it succeeded. */
export class FakeClientResult<T> {
  private result: { value: T } | undefined;

  resolveWith(value: T): void {
    this.result = { value };
  }

  get value(): T {
    if (!this.result) throw propertyNotLoaded("value", "ClientResult");
    return this.result.value;
  }
}

/** `onChanged` of a worksheet (sheetId given) or of the collection; registration happens at sync. */
export class FakeChangedEvent {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheetId: (batch: Batch) => string | undefined,
  ) {}

  add(handler: ChangedHandler): { context: FakeRequestContext; remove: () => void } {
    let registeredFor: string | undefined;
    this.context.enqueue({
      payload: { event: "onChanged.add" },
      execute: (batch) => {
        registeredFor = this.sheetId(batch);
        batch.events.register({ sheetId: registeredFor, handler });
      },
    });
    return {
      context: this.context,
      remove: () =>
        this.context.enqueue({
          payload: { event: "onChanged.remove" },
          execute: (batch) => batch.events.unregister(handler, registeredFor),
        }),
    };
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly locate: SheetLocator,
  ) {}

  private freeze(rows: number, columns: number): void {
    this.context.enqueue({
      payload: { method: "WorksheetFreezePanes.freeze", rows, columns },
      execute: (batch) => {
        const sheet = this.locate(batch);
        if (!sheet) throw new FakeOfficeError("ItemNotFound", "WorksheetFreezePanes");
        sheet.frozenRows = rows;
        sheet.frozenColumns = columns;
      },
    });
  }

  freezeRows(count = 1): void {
    this.freeze(count, 0);
  }

  freezeColumns(count = 1): void {
    this.freeze(0, count);
  }

  /** Freezes everything above and left of the given range's bottom-right corner, plus the range itself. */
  freezeAt(frozenRange: string | FakeRange): void {
    const bounds = typeof frozenRange === "string" ? parseAddress(frozenRange).bounds : undefined;
    this.context.enqueue({
      payload: { method: "WorksheetFreezePanes.freezeAt" },
      execute: (batch) => {
        const sheet = this.locate(batch);
        const target: Bounds | undefined = bounds ?? (frozenRange as FakeRange).locate(batch)?.bounds;
        if (!sheet || !target) throw new FakeOfficeError("ItemNotFound", "WorksheetFreezePanes");
        sheet.frozenRows = target.row + target.rowCount;
        sheet.frozenColumns = target.column + target.columnCount;
      },
    });
  }

  unfreeze(): void {
    this.freeze(0, 0);
  }
}

export class FakePageLayout extends FakeClientObject {
  protected readonly entity = "PageLayout";
  protected readonly scalarProperties = ["orientation", "paperSize"];

  constructor(
    context: FakeRequestContext,
    private readonly locate: SheetLocator,
  ) {
    super(context);
  }

  protected resolve(batch: Batch): SheetState | null {
    return this.locate(batch);
  }

  protected readProperty(name: string, batch: Batch): unknown {
    const sheet = this.require<SheetState>(batch);
    return name === "orientation" ? sheet.orientation : sheet.paperSize;
  }

  get orientation(): Excel.PageOrientation {
    return this.get("orientation");
  }
  set orientation(orientation: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.set(
      "orientation",
      orientation,
      (batch) => (this.require<SheetState>(batch).orientation = orientation),
    );
  }

  get paperSize(): Excel.PaperType {
    return this.get("paperSize");
  }
  set paperSize(paperSize: Excel.PaperType | `${Excel.PaperType}`) {
    this.set("paperSize", paperSize, (batch) => (this.require<SheetState>(batch).paperSize = paperSize));
  }
}

const WORKSHEET_PROPERTIES = ["name", "id", "position", "visibility"];

export class FakeWorksheet extends FakeClientObject {
  protected readonly entity = "Worksheet";
  protected readonly scalarProperties = WORKSHEET_PROPERTIES;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly onChanged: FakeChangedEvent;
  readonly charts: FakeChartCollection;

  constructor(
    context: FakeRequestContext,
    readonly locate: SheetLocator,
    orNull = false,
  ) {
    super(context);
    this.freezePanes = new FakeFreezePanes(context, locate);
    this.pageLayout = new FakePageLayout(context, locate);
    this.charts = new FakeChartCollection(context, locate);
    this.onChanged = new FakeChangedEvent(context, (batch) => this.require<SheetState>(batch).id);
    if (orNull) this.queueNullCheck();
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "pageLayout" ? this.pageLayout : undefined;
  }

  protected resolve(batch: Batch): SheetState | null {
    return this.locate(batch);
  }

  protected readProperty(name: string, batch: Batch): unknown {
    const sheet = this.require<SheetState>(batch);
    if (name === "position") return batch.state.sheets.indexOf(sheet);
    return sheet[name as "name" | "id" | "visibility"];
  }

  /** Lets the collection hand out item proxies already holding what `items` loaded. */
  static loaded(context: FakeRequestContext, sheetId: string, values: Map<string, unknown>): FakeWorksheet {
    const sheet = new FakeWorksheet(
      context,
      bindById((batch) => batch.state.sheetById(sheetId) ?? null),
    );
    sheet.absorb(values);
    return sheet;
  }

  get id(): string {
    return this.get("id");
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set("name", name, (batch) => {
      const sheet = this.require<SheetState>(batch);
      const other = batch.state.findSheet(name);
      if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", "Worksheet.name");
      if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name)) {
        throw new FakeOfficeError("InvalidArgument", "Worksheet.name");
      }
      sheet.name = name;
      batch.calculator.markDirty();
    });
  }

  get position(): number {
    return this.get("position");
  }
  set position(position: number) {
    this.set("position", position, (batch) => {
      const sheet = this.require<SheetState>(batch);
      const sheets = batch.state.sheets;
      if (position < 0 || position >= sheets.length)
        throw new FakeOfficeError("InvalidArgument", "Worksheet.position");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  get visibility(): Excel.SheetVisibility {
    return this.get("visibility");
  }
  set visibility(visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.set("visibility", visibility, (batch) => {
      const sheet = this.require<SheetState>(batch);
      const othersVisible = batch.state.sheets.some((s) => s !== sheet && s.visibility === "Visible");
      if (visibility !== "Visible" && !othersVisible) {
        throw new FakeOfficeError("InvalidOperation", "Worksheet.visibility");
      }
      sheet.visibility = visibility;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, (batch) => {
      const sheet = this.require<SheetState>(batch);
      if (address === undefined) {
        return { sheet, bounds: { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } };
      }
      const parsed = parseAddress(address);
      if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new FakeOfficeError("InvalidArgument", "Worksheet.getRange");
      }
      return { sheet, bounds: parsed.bounds };
    });
  }

  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, (batch) => {
      const sheet = this.require<SheetState>(batch);
      const bounds = batch.state.usedBounds(sheet, valuesOnly) ?? {
        row: 0,
        column: 0,
        rowCount: 1,
        columnCount: 1,
      };
      return { sheet, bounds };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(this.context, (batch): RangeTarget | null => {
      const sheet = this.require<SheetState>(batch);
      const bounds = batch.state.usedBounds(sheet, valuesOnly);
      return bounds ? { sheet, bounds } : null;
    });
    range.checkNull();
    return range;
  }

  activate(): void {
    this.command({ method: "Worksheet.activate" }, (batch) => {
      const sheet = this.require<SheetState>(batch);
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "Worksheet.activate");
      batch.state.activeSheetId = sheet.id;
      batch.state.selection = {
        sheetId: sheet.id,
        bounds: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      };
    });
  }

  /** A workbook must keep at least one visible sheet. */
  delete(): void {
    this.command({ method: "Worksheet.delete" }, (batch) => {
      const sheet = this.require<SheetState>(batch);
      const { state } = batch;
      if (!state.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "Worksheet.delete");
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      for (const [key, name] of state.names) if (name.sheetId === sheet.id) state.names.delete(key);
      if (state.activeSheetId === sheet.id)
        state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")!.id;
      batch.calculator.markDirty();
    });
  }

  /** Copies the sheet (cells, formats, validation, widths, panes, page layout) as "Name (2)". */
  copy(
    positionType: Excel.WorksheetPositionType | "None" | "Before" | "After" | "Beginning" | "End" = "None",
    relativeTo?: FakeWorksheet,
  ): FakeWorksheet {
    let copyId: string | undefined;
    this.command({ method: "Worksheet.copy", positionType }, (batch) => {
      const source = this.require<SheetState>(batch);
      const { state } = batch;
      const anchor = relativeTo ? relativeTo.require<SheetState>(batch) : source;
      const index = {
        None: state.sheets.indexOf(source) + 1,
        Before: state.sheets.indexOf(anchor),
        After: state.sheets.indexOf(anchor) + 1,
        Beginning: 0,
        End: state.sheets.length,
      }[positionType];
      let n = 2;
      while (state.findSheet(`${source.name} (${n})`)) n++;
      const copy = state.addSheet(`${source.name} (${n})`.slice(0, 31), index);
      copy.cells = new Map([...source.cells].map(([key, cell]) => [key, { ...cell }]));
      copy.columnWidths = new Map(source.columnWidths);
      copy.hiddenRows = new Set(source.hiddenRows);
      copy.hiddenColumns = new Set(source.hiddenColumns);
      copy.charts = source.charts.map((c) => ({ ...c }));
      copy.conditionalFormats = source.conditionalFormats.map((f) => ({ ...f, bounds: { ...f.bounds } }));
      Object.assign(copy, {
        visibility: source.visibility,
        frozenRows: source.frozenRows,
        frozenColumns: source.frozenColumns,
        orientation: source.orientation,
        paperSize: source.paperSize,
      });
      copyId = copy.id;
      batch.calculator.markDirty();
    });
    return new FakeWorksheet(
      this.context,
      bindById((batch) => (copyId ? (batch.state.sheetById(copyId) ?? null) : null)),
    );
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly entity = "WorksheetCollection";
  protected readonly scalarProperties = ["items"];
  readonly onChanged: FakeChangedEvent;

  constructor(context: FakeRequestContext) {
    super(context);
    this.onChanged = new FakeChangedEvent(context, () => undefined);
  }

  protected resolve(): unknown {
    return {};
  }

  protected readProperty(): unknown {
    throw new FakeOfficeError("InvalidArgument", "WorksheetCollection.load");
  }

  /** `load("items/name")`, `load("name, position")` and `load("items")` all load the items. */
  override load(option?: LoadOption): this {
    const names = loadNames(option)
      .map((name) => name.replace(/^items\/?/, ""))
      .filter((name) => name.length > 0);
    const itemNames = names.length > 0 ? names : WORKSHEET_PROPERTIES;
    for (const name of itemNames) {
      if (!WORKSHEET_PROPERTIES.includes(name)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "WorksheetCollection.load",
          `Unknown property '${name}'.`,
        );
      }
    }
    this.context.enqueue({
      payload: { load: "WorksheetCollection", names: itemNames },
      execute: (batch) => {
        const rows = batch.state.sheets.map((sheet, position) => {
          const values = new Map<string, unknown>();
          for (const name of itemNames)
            values.set(name, name === "position" ? position : sheet[name as "name"]);
          return { id: sheet.id, values };
        });
        batch.deliver(
          () => {
            const items = rows.map((row) => FakeWorksheet.loaded(this.context, row.id, row.values));
            this.absorb(new Map([["items", items]]));
          },
          JSON.stringify(rows.map((row) => [...row.values])).length,
        );
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.get("items");
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      bindById((batch) => {
        const sheet = batch.state.findSheet(key) ?? batch.state.sheetById(key);
        if (!sheet) throw new FakeOfficeError("ItemNotFound", "WorksheetCollection.getItem");
        return sheet;
      }),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      bindById((batch) => batch.state.findSheet(key) ?? batch.state.sheetById(key) ?? null),
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      bindById((batch) => batch.state.activeSheet()),
    );
  }

  add(name?: string): FakeWorksheet {
    let addedId: string | undefined;
    this.context.enqueue({
      payload: { method: "WorksheetCollection.add", name },
      execute: (batch) => {
        addedId = batch.state.addSheet(name).id;
      },
    });
    return new FakeWorksheet(
      this.context,
      bindById((batch) => (addedId ? (batch.state.sheetById(addedId) ?? null) : null)),
    );
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue({
      payload: { method: "WorksheetCollection.getCount" },
      execute: (batch) => {
        const count = batch.state.sheets.length;
        batch.deliver(() => result.resolveWith(count), 8);
      },
    });
    return result;
  }
}
