import { FakeClientObject } from "./client-object";
import type { Batch, FakeRequestContext } from "./context";
import type { FakeRange, RangeTarget } from "./range";

/** Base for the objects hanging off a range (format, validation, conditional formats): they resolve through it. */
export abstract class RangePart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    protected readonly range: FakeRange,
  ) {
    super(context);
  }

  protected resolve(batch: Batch): RangeTarget | null {
    return this.range.locate(batch);
  }
}
