import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../addresses";
import { FakeOfficeError } from "../errors";
import { checkSheetName, type SheetState } from "../workbook-state";
import { HostObject, type Batch, type MethodResult } from "./base";
import { Range } from "./range";

class FreezePanes extends HostObject {
  readonly type = "WorksheetFreezePanes";

  constructor(private readonly sheet: SheetState) {
    super();
  }

  override call(name: string, args: unknown[], batch: Batch): MethodResult {
    const freeze = (rows: number, columns: number) => {
      this.sheet.frozenRows = rows;
      this.sheet.frozenColumns = columns;
    };
    const count = args[0] === undefined || args[0] === null ? 1 : Number(args[0]);
    switch (name) {
      case "FreezeRows":
        return freeze(count, 0);
      case "FreezeColumns":
        return freeze(0, count);
      case "Unfreeze":
        return freeze(0, 0);
      case "FreezeAt": {
        const target = args[0];
        const bounds =
          typeof target === "string"
            ? parseAddress(target).bounds
            : (batch.objectArgument(Number(target)) as Range | null)?.bounds;
        if (!bounds) throw new FakeOfficeError("InvalidArgument", "WorksheetFreezePanes.freezeAt");
        return freeze(bounds.row + bounds.rowCount, bounds.column + bounds.columnCount);
      }
    }
    return this.refuse(name);
  }
}

const MARGINS = {
  TopMargin: "top",
  BottomMargin: "bottom",
  LeftMargin: "left",
  RightMargin: "right",
  HeaderMargin: "header",
  FooterMargin: "footer",
} as const;

/**
 * Worksheet.pageLayout: orientation, paper size, margins (points), zoom (set as a whole object), the
 * print area and title rows, and the footer text of every page (ExcelApi 1.9).
 */
class PageLayout extends HostObject {
  readonly type = "PageLayout";
  override readonly defaults = ["Orientation", "PaperSize", "Zoom", ...Object.keys(MARGINS)];

  constructor(private readonly sheet: SheetState) {
    super();
  }

  override get(name: string): unknown {
    if (name === "Orientation") return this.sheet.orientation;
    if (name === "PaperSize") return this.sheet.paperSize;
    if (name === "Zoom") return this.sheet.print.zoom;
    if (name in MARGINS) return this.sheet.print.margins[MARGINS[name as keyof typeof MARGINS]];
    return this.refuse(name);
  }

  override set(name: string, value: unknown): void {
    if (name === "Orientation") this.sheet.orientation = value as SheetState["orientation"];
    else if (name === "PaperSize") this.sheet.paperSize = value as SheetState["paperSize"];
    else if (name === "Zoom") this.sheet.print.zoom = zoomOf(value);
    else if (name in MARGINS) {
      const points = Number(value);
      if (!(points >= 0)) throw new FakeOfficeError("InvalidArgument", `PageLayout.${name}`);
      this.sheet.print.margins[MARGINS[name as keyof typeof MARGINS]] = points;
    } else this.refuse(name);
  }

  override call(name: string, args: unknown[], batch: Batch): MethodResult {
    const bounds = () => {
      const target = args[0];
      const found =
        typeof target === "string"
          ? parseAddress(target).bounds
          : (batch.objectArgument(Number(target)) as Range | null)?.bounds;
      if (!found) throw new FakeOfficeError("InvalidArgument", `PageLayout.${name}`);
      return found;
    };
    switch (name) {
      case "SetPrintArea":
        this.sheet.print.area = bounds();
        return;
      case "SetPrintTitleRows": {
        const rows = bounds();
        this.sheet.print.titleRows = {
          row: rows.row,
          rowCount: rows.rowCount,
          column: 0,
          columnCount: MAX_COLUMNS,
        };
        return;
      }
      case "GetPrintTitleRowsOrNullObject": {
        const rows = this.sheet.print.titleRows;
        return rows ? new Range({ sheet: this.sheet, bounds: rows }, () => new Worksheet(this.sheet)) : null;
      }
    }
    return this.refuse(name);
  }

  override navigate(name: string): HostObject | null {
    if (name === "HeadersFooters") return new HeaderFooterGroup(this.sheet);
    return this.refuse(name);
  }
}

/**
 * A zoom is scale or fit-to-pages, never both: "scale … can be null if fit to page tall or wide is
 * specified", and the fit values null when a percentage scale is used (PageLayoutZoomOptions).
 */
function zoomOf(value: unknown): Excel.PageLayoutZoomOptions {
  const z = (value ?? {}) as Excel.PageLayoutZoomOptions;
  const fit = z.horizontalFitToPages != null || z.verticalFitToPages != null;
  if (!fit && z.scale == null) throw new FakeOfficeError("InvalidArgument", "PageLayout.zoom");
  if (!fit && !(z.scale! >= 10 && z.scale! <= 400))
    throw new FakeOfficeError("InvalidArgument", "PageLayout.zoom");
  return fit
    ? {
        horizontalFitToPages: z.horizontalFitToPages ?? null!,
        verticalFitToPages: z.verticalFitToPages ?? null!,
        scale: null!,
      }
    : { scale: z.scale, horizontalFitToPages: null!, verticalFitToPages: null! };
}

/** pageLayout.headersFooters: only the headers and footers of every page (defaultForAllPages). */
class HeaderFooterGroup extends HostObject {
  readonly type = "HeaderFooterGroup";

  constructor(private readonly sheet: SheetState) {
    super();
  }

  override navigate(name: string): HostObject | null {
    if (name === "DefaultForAllPages") return new HeaderFooter(this.sheet);
    return this.refuse(name);
  }
}

/** The footer's centre section, in Excel's header/footer codes (&P, &N, &"font"…). */
class HeaderFooter extends HostObject {
  readonly type = "HeaderFooter";
  override readonly defaults = ["CenterFooter"];

  constructor(private readonly sheet: SheetState) {
    super();
  }

  override get(name: string): unknown {
    if (name === "CenterFooter") return this.sheet.print.centerFooter;
    return this.refuse(name);
  }

  override set(name: string, value: unknown): void {
    if (name === "CenterFooter") this.sheet.print.centerFooter = String(value ?? "");
    else this.refuse(name);
  }
}

class ChartTitle extends HostObject {
  readonly type = "ChartTitle";
  override readonly defaults = ["Text"];

  constructor(private readonly chart: SheetState["charts"][number]) {
    super();
  }

  override get(name: string): unknown {
    if (name === "Text") return this.chart.title ?? "";
    return this.refuse(name);
  }

  override set(name: string, value: unknown): void {
    if (name === "Text") this.chart.title = String(value);
    else this.refuse(name);
  }
}

class Chart extends HostObject {
  readonly type = "Chart";

  constructor(private readonly chart: SheetState["charts"][number]) {
    super();
  }

  override navigate(name: string): HostObject | null {
    if (name === "Title") return new ChartTitle(this.chart);
    return this.refuse(name);
  }

  override call(name: string, args: unknown[], batch: Batch): MethodResult {
    if (name !== "SetPosition") return this.refuse(name);
    const [start, end] = args as [unknown, unknown];
    const text = (value: unknown) =>
      typeof value === "string" ? value : (batch.objectArgument(Number(value)) as Range).get("Address");
    this.chart.position = end ? `${String(text(start))}:${String(text(end))}` : String(text(start));
  }
}

/** Records the charts added to a sheet: their type, source range and series orientation. */
class ChartCollection extends HostObject {
  readonly type = "ChartCollection";

  constructor(private readonly sheet: SheetState) {
    super();
  }

  override call(name: string, args: unknown[], batch: Batch): MethodResult {
    if (name !== "Add") return this.refuse(name);
    const [type, source, seriesBy] = args as [string, number, string | undefined];
    const range = batch.objectArgument(Number(source));
    if (!(range instanceof Range)) throw new FakeOfficeError("InvalidArgument", "ChartCollection.add");
    const { row, column, rowCount, columnCount } = range.bounds;
    const chart = {
      type,
      source: `${row},${column},${rowCount},${columnCount}`,
      seriesBy: seriesBy ?? "Auto",
    };
    this.sheet.charts.push(chart);
    return new Chart(chart);
  }
}

export class Worksheet extends HostObject {
  readonly type = "Worksheet";
  override readonly defaults = ["Name", "Id", "Position", "Visibility"];

  constructor(readonly sheet: SheetState) {
    super();
  }

  override identity(): Record<string, unknown> {
    return { Id: this.sheet.id };
  }

  override get(name: string, batch: Batch): unknown {
    switch (name) {
      case "Name":
        return this.sheet.name;
      case "Id":
        return this.sheet.id;
      case "Visibility":
        return this.sheet.visibility;
      case "Position":
        return batch.state.sheets.indexOf(this.sheet);
    }
    return this.refuse(name);
  }

  override set(name: string, value: unknown, batch: Batch): void {
    const { sheet } = this;
    const sheets = batch.state.sheets;
    switch (name) {
      case "Name": {
        const newName = String(value);
        const other = batch.state.findSheet(newName);
        if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", "Worksheet.name");
        checkSheetName(newName, "Worksheet.name");
        sheet.name = newName;
        batch.calculator.markDirty();
        return;
      }
      case "Position": {
        const position = Number(value);
        if (position < 0 || position >= sheets.length)
          throw new FakeOfficeError("InvalidArgument", "Worksheet.position");
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(position, 0, sheet);
        return;
      }
      case "Visibility": {
        const othersVisible = sheets.some((s) => s !== sheet && s.visibility === "Visible");
        if (value !== "Visible" && !othersVisible)
          throw new FakeOfficeError("InvalidOperation", "Worksheet.visibility");
        sheet.visibility = value as SheetState["visibility"];
        return;
      }
    }
    this.refuse(name);
  }

  override navigate(name: string): HostObject | null {
    switch (name) {
      case "FreezePanes":
        return new FreezePanes(this.sheet);
      case "PageLayout":
        return new PageLayout(this.sheet);
      case "Charts":
        return new ChartCollection(this.sheet);
    }
    return this.refuse(name);
  }

  range(bounds: Range["bounds"]): Range {
    return new Range({ sheet: this.sheet, bounds }, () => this);
  }

  override call(name: string, args: unknown[], batch: Batch): MethodResult {
    const { sheet } = this;
    const { state } = batch;
    switch (name) {
      case "GetRange": {
        const address = args[0];
        if (address === undefined || address === null || address === "") {
          return this.range({ row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS });
        }
        const parsed = parseAddress(String(address));
        if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
          throw new FakeOfficeError("InvalidArgument", "Worksheet.getRange");
        }
        return this.range(parsed.bounds);
      }
      case "GetRangeByIndexes": {
        const [row, column, rowCount, columnCount] = args.map(Number);
        return this.range({ row: 0, column: 0, rowCount: 1, columnCount: 1 }).derive({
          row,
          column,
          rowCount,
          columnCount,
        });
      }
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        const bounds = state.usedBounds(sheet, Boolean(args[0]));
        if (bounds) return this.range(bounds);
        // Excel answers A1 for an empty sheet, or a null object for the …OrNullObject form.
        return name === "GetUsedRange"
          ? this.range({ row: 0, column: 0, rowCount: 1, columnCount: 1 })
          : null;
      }
      case "Activate":
        if (sheet.visibility !== "Visible")
          throw new FakeOfficeError("InvalidOperation", "Worksheet.activate");
        state.activeSheetId = sheet.id;
        state.selection = { sheetId: sheet.id, bounds: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
        return;
      case "Delete":
        return this.delete(batch);
      case "Copy":
        return this.copy(batch, (args[0] as string | undefined) ?? "None", args[1]);
      case "_RegisterDataChangedEvent":
        return batch.events.register(sheet.id);
      case "_UnregisterDataChangedEvent":
        return batch.events.unregister(sheet.id);
    }
    return this.refuse(name);
  }

  /** A workbook must keep at least one visible sheet. */
  private delete(batch: Batch): void {
    const { sheet } = this;
    const { state } = batch;
    if (!state.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
      throw new FakeOfficeError("InvalidOperation", "Worksheet.delete");
    }
    state.sheets.splice(state.sheets.indexOf(sheet), 1);
    for (const [key, name] of state.names) if (name.sheetId === sheet.id) state.names.delete(key);
    if (state.activeSheetId === sheet.id)
      state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")!.id;
    batch.calculator.markDirty();
  }

  /** Copies the sheet (cells, formats, validation, widths, panes, page layout) as "Name (2)". */
  private copy(batch: Batch, positionType: string, relativeTo: unknown): Worksheet {
    const source = this.sheet;
    const { state } = batch;
    const relative =
      relativeTo === undefined || relativeTo === null ? null : batch.objectArgument(Number(relativeTo));
    const anchor = relative instanceof Worksheet ? relative.sheet : source;
    const index = {
      None: state.sheets.indexOf(source) + 1,
      Before: state.sheets.indexOf(anchor),
      After: state.sheets.indexOf(anchor) + 1,
      Beginning: 0,
      End: state.sheets.length,
    }[positionType];
    if (index === undefined) throw new FakeOfficeError("InvalidArgument", "Worksheet.copy");
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
      rowHeights: new Map(source.rowHeights),
      merges: source.merges.map((m) => ({ ...m })),
      print: structuredClone(source.print),
    });
    batch.calculator.markDirty();
    return new Worksheet(copy);
  }
}

export class WorksheetCollection extends HostObject {
  readonly type = "WorksheetCollection";

  override items(batch: Batch): HostObject[] {
    return batch.state.sheets.map((sheet) => new Worksheet(sheet));
  }

  /** Excel looks a sheet up by name (case-insensitive) or by id. */
  private find(key: unknown, batch: Batch): Worksheet | null {
    const sheet = batch.state.findSheet(String(key)) ?? batch.state.sheetById(String(key));
    return sheet ? new Worksheet(sheet) : null;
  }

  override indexer(args: unknown[], batch: Batch): HostObject | null {
    const found = this.find(args[0], batch);
    if (!found) throw new FakeOfficeError("ItemNotFound", "WorksheetCollection.getItem");
    return found;
  }

  override call(name: string, args: unknown[], batch: Batch): MethodResult {
    const { state } = batch;
    switch (name) {
      case "GetItem":
        return this.indexer(args, batch);
      case "GetItemOrNullObject":
        return this.find(args[0], batch);
      case "GetItemAt": {
        const sheet = state.sheets[Number(args[0])];
        if (!sheet) throw new FakeOfficeError("ItemNotFound", "WorksheetCollection.getItemAt");
        return new Worksheet(sheet);
      }
      case "GetActiveWorksheet":
        return new Worksheet(state.activeSheet());
      case "Add":
        return new Worksheet(
          state.addSheet(args[0] === undefined || args[0] === null ? undefined : String(args[0])),
        );
      case "GetCount":
        return { value: state.sheets.length };
      case "_RegisterDataChangedEvent":
        return batch.events.register("Workbook");
      case "_UnregisterDataChangedEvent":
        return batch.events.unregister("Workbook");
    }
    return this.refuse(name);
  }
}
