import { parseAddress } from "../addresses";
import { FakeOfficeError } from "../errors";
import type { DefinedName } from "../workbook-state";
import { HostObject, type Batch, type MethodResult } from "./base";
import { absoluteAddress } from "./dataValidation";
import { Range } from "./range";
import { Worksheet, WorksheetCollection } from "./worksheet";

function rangeOf(defined: DefinedName, batch: Batch): Range {
  const sheet = batch.state.sheetById(defined.sheetId);
  if (!sheet) throw new FakeOfficeError("InvalidReference", "NamedItem.getRange");
  return new Worksheet(sheet).range(defined.bounds);
}

export class NamedItem extends HostObject {
  readonly type = "NamedItem";
  override readonly defaults = ["Name", "Type", "Value", "Formula", "Visible"];

  constructor(private readonly defined: DefinedName) {
    super();
  }

  override get(name: string, batch: Batch): unknown {
    switch (name) {
      case "Name":
        return this.defined.name;
      case "Type":
        return "Range";
      case "Visible":
        return true;
      case "Value":
        return absoluteAddress(rangeOf(this.defined, batch));
      case "Formula":
        return `=${absoluteAddress(rangeOf(this.defined, batch))}`;
    }
    return this.refuse(name);
  }

  override call(name: string, _args: unknown[], batch: Batch): MethodResult {
    switch (name) {
      case "GetRange":
        return rangeOf(this.defined, batch);
      case "Delete":
        batch.state.names.delete(this.defined.name.toLowerCase());
        batch.calculator.markDirty();
        return;
    }
    return this.refuse(name);
  }
}

/** Workbook-scoped names of ranges. */
export class NamedItemCollection extends HostObject {
  readonly type = "NamedItemCollection";

  override items(batch: Batch): HostObject[] {
    return [...batch.state.names.values()].map((defined) => new NamedItem(defined));
  }

  override indexer(args: unknown[], batch: Batch): HostObject | null {
    const defined = batch.state.names.get(String(args[0]).toLowerCase());
    if (!defined) throw new FakeOfficeError("ItemNotFound", "NamedItemCollection.getItem");
    return new NamedItem(defined);
  }

  override call(name: string, args: unknown[], batch: Batch): MethodResult {
    switch (name) {
      case "GetItem":
        return this.indexer(args, batch);
      case "GetItemOrNullObject": {
        const defined = batch.state.names.get(String(args[0]).toLowerCase());
        return defined ? new NamedItem(defined) : null;
      }
      case "GetCount":
        return { value: batch.state.names.size };
      case "Add":
        return this.add(String(args[0]), args[1], batch);
    }
    return this.refuse(name);
  }

  /** Names start with a letter or "_" and must not look like a cell reference. */
  private add(name: string, reference: unknown, batch: Batch): NamedItem {
    if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new FakeOfficeError("InvalidArgument", "NamedItemCollection.add");
    }
    if (batch.state.names.has(name.toLowerCase())) {
      throw new FakeOfficeError("ItemAlreadyExists", "NamedItemCollection.add");
    }
    let target: Range | null = null;
    if (typeof reference === "string") {
      const parsed = parseAddress(reference.replace(/^=/, ""));
      const sheet = parsed.sheetName ? batch.state.findSheet(parsed.sheetName) : batch.state.activeSheet();
      target = sheet ? new Worksheet(sheet).range(parsed.bounds) : null;
    } else {
      const object = batch.objectArgument(Number(reference));
      target = object instanceof Range ? object : null;
    }
    if (!target) throw new FakeOfficeError("InvalidArgument", "NamedItemCollection.add");
    const defined = { name, sheetId: target.sheet.id, bounds: target.bounds };
    batch.state.names.set(name.toLowerCase(), defined);
    batch.calculator.markDirty();
    return new NamedItem(defined);
  }
}

/** The root object of every request (`context.workbook`). */
export class Workbook extends HostObject {
  readonly type = "Workbook";

  override navigate(name: string): HostObject | null {
    if (name === "Worksheets") return new WorksheetCollection();
    if (name === "Names") return new NamedItemCollection();
    return this.refuse(name);
  }

  private selected(batch: Batch): Range {
    const { state } = batch;
    const selection = state.selection;
    const sheet = selection ? state.sheetById(selection.sheetId) : undefined;
    if (selection && sheet) return new Worksheet(sheet).range(selection.bounds);
    return new Worksheet(state.activeSheet()).range({ row: 0, column: 0, rowCount: 1, columnCount: 1 });
  }

  override call(name: string, args: unknown[], batch: Batch): MethodResult {
    switch (name) {
      case "GetSelectedRange":
        return this.selected(batch);
      case "GetActiveCell": {
        const { bounds } = this.selected(batch);
        return this.selected(batch).derive({ ...bounds, rowCount: 1, columnCount: 1 });
      }
      case "_GetRangeForEventByReferenceId":
      case "_GetRangeOrNullObjectForEventByReferenceId": {
        const found = batch.reference(String(args[0]));
        if (found) return found;
        if (name.includes("OrNull")) return null;
        throw new FakeOfficeError("ItemNotFound", "WorksheetChangedEventArgs.getRange");
      }
    }
    return this.refuse(name);
  }
}
