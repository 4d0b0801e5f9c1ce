import { parseAddress } from "./addresses";
import { FakeClientObject, loadNames, type LoadOption } from "./client-object";
import type { Batch, FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { absoluteAddress, FakeRange, type RangeTarget } from "./range";
import type { DefinedName } from "./workbook-state";
import { FakeWorksheetCollection } from "./worksheet";

const NAME_PROPERTIES = ["name", "type", "value", "formula", "visible"];

function nameTarget(batch: Batch, defined: DefinedName): RangeTarget {
  const sheet = batch.state.sheetById(defined.sheetId);
  if (!sheet) throw new FakeOfficeError("ItemNotFound", "NamedItem");
  return { sheet, bounds: defined.bounds };
}

export class FakeNamedItem extends FakeClientObject {
  protected readonly entity = "NamedItem";
  protected readonly scalarProperties = NAME_PROPERTIES;

  constructor(
    context: FakeRequestContext,
    private readonly find: (batch: Batch) => DefinedName | null,
    orNull = false,
  ) {
    super(context);
    if (orNull) this.queueNullCheck();
  }

  protected resolve(batch: Batch): DefinedName | null {
    return this.find(batch);
  }

  protected readProperty(name: string, batch: Batch): unknown {
    const defined = this.require<DefinedName>(batch);
    const reference = absoluteAddress(nameTarget(batch, defined));
    return { name: defined.name, type: "Range", value: reference, formula: `=${reference}`, visible: true }[
      name
    ];
  }

  get name(): string {
    return this.get("name");
  }
  get type(): Excel.NamedItemType {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  get visible(): boolean {
    return this.get("visible");
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, (batch) => nameTarget(batch, this.require<DefinedName>(batch)));
  }

  delete(): void {
    this.command({ method: "NamedItem.delete" }, (batch) => {
      batch.state.names.delete(this.require<DefinedName>(batch).name.toLowerCase());
      batch.calculator.markDirty();
    });
  }
}

export class FakeNamedItemCollection extends FakeClientObject {
  protected readonly entity = "NamedItemCollection";
  protected readonly scalarProperties = ["items"];

  protected resolve(): unknown {
    return {};
  }

  protected readProperty(): unknown {
    throw new FakeOfficeError("InvalidArgument", "NamedItemCollection.load");
  }

  override load(option?: LoadOption): this {
    const names = loadNames(option)
      .map((name) => name.replace(/^items\/?/, ""))
      .filter((name) => name.length > 0);
    this.context.enqueue({
      payload: { load: "NamedItemCollection", names },
      execute: (batch) => {
        const found = [...batch.state.names.values()];
        batch.deliver(() => {
          const items = found.map((defined) => {
            const item = new FakeNamedItem(
              this.context,
              (b) => b.state.names.get(defined.name.toLowerCase()) ?? null,
            );
            return item.load(names.length > 0 ? names : NAME_PROPERTIES);
          });
          this.absorb(new Map([["items", items]]));
        }, JSON.stringify(found).length);
      },
    });
    return this;
  }

  get items(): FakeNamedItem[] {
    return this.get("items");
  }

  /**
   * Adds a workbook-scoped name for a range (a Range proxy or an address like "=Sheet1!$A$1:$B$2").
   * Names must start with a letter or "_", and must not look like a cell reference.
   */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.command({ method: "NamedItemCollection.add", name, comment }, (batch) => {
      if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
        throw new FakeOfficeError("InvalidArgument", "NamedItemCollection.add");
      }
      if (batch.state.names.has(name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", "NamedItemCollection.add");
      }
      let target: RangeTarget | null;
      if (typeof reference === "string") {
        const parsed = parseAddress(reference.replace(/^=/, ""));
        const sheet = parsed.sheetName ? batch.state.findSheet(parsed.sheetName) : batch.state.activeSheet();
        target = sheet ? { sheet, bounds: parsed.bounds } : null;
      } else {
        target = reference.locate(batch);
      }
      if (!target) throw new FakeOfficeError("InvalidArgument", "NamedItemCollection.add");
      batch.state.names.set(name.toLowerCase(), { name, sheetId: target.sheet.id, bounds: target.bounds });
      batch.calculator.markDirty();
    });
    return this.getItem(name);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, (batch) => {
      const defined = batch.state.names.get(name.toLowerCase());
      if (!defined) throw new FakeOfficeError("ItemNotFound", "NamedItemCollection.getItem");
      return defined;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      (batch) => batch.state.names.get(name.toLowerCase()) ?? null,
      true,
    );
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, (batch) => {
      const { state } = batch;
      const selection = state.selection;
      const sheet = selection ? state.sheetById(selection.sheetId) : undefined;
      if (selection && sheet) return { sheet, bounds: selection.bounds };
      return { sheet: state.activeSheet(), bounds: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  getActiveCell(): FakeRange {
    return this.getSelectedRange().getCell(0, 0);
  }
}
