import type { Calculator } from "../calculation";
import type { Locale } from "../entry";
import { notModelled } from "../errors";
import type { ChangeRecord } from "../events";
import type { WorkbookState } from "../workbook-state";

/** What a member can touch while one request executes. */
export interface Batch {
  readonly state: WorkbookState;
  readonly calculator: Calculator;
  /** How typed or written text becomes numbers and dates. */
  readonly locale: Locale;
  recordChange(change: ChangeRecord): void;
  /** A client object passed as an argument (the client sends its object path id). */
  objectArgument(pathId: number): HostObject | null;
  /** An object the host handed out by reference id (ranges the client keeps, event ranges). */
  reference(id: string): HostObject | undefined;
  /** Which worksheets (by id) or the whole workbook ("Workbook") have onChanged handlers. */
  readonly events: { register(target: string): void; unregister(target: string): void };
}

/** A method either hands out another object (path) or returns a value (action). */
export type MethodResult = HostObject | null | { value: unknown } | void;

/**
 * One object of the host's workbook as the client addresses it: a type name as in Excel's API and
 * members by their PascalCase wire names. Every member a subclass does not answer is refused with
 * `not modelled here: <Type>.<Member>` (NotImplemented), never dropped.
 */
export abstract class HostObject {
  abstract readonly type: string;
  /** Scalar properties that `load()` without names returns. */
  readonly defaults: readonly string[] = [];

  /** Sent back when the client instantiates the object: an `Id` lets it address the object later. */
  identity(): Record<string, unknown> {
    return {};
  }

  get(name: string, batch: Batch): unknown | Promise<unknown> {
    void batch;
    throw notModelled(this.type, name);
  }

  set(name: string, value: unknown, batch: Batch): void | Promise<void> {
    void value;
    void batch;
    throw notModelled(this.type, name);
  }

  navigate(name: string, batch: Batch): HostObject | null {
    void batch;
    throw notModelled(this.type, name);
  }

  call(name: string, args: unknown[], batch: Batch): MethodResult | Promise<MethodResult> {
    void args;
    void batch;
    throw notModelled(this.type, name);
  }

  /** Refuses a member this type does not model. */
  protected refuse(member: string): never {
    throw notModelled(this.type, member);
  }

  /** Collections list their items; `indexer` is `collection.getItem(key)` written as `collection[key]`. */
  items?(batch: Batch): HostObject[];
  indexer?(args: unknown[], batch: Batch): HostObject | null;
}

export function isHostObject(value: MethodResult): value is HostObject | null {
  // A method that hands out a null object (…OrNullObject) answers null; void means "no object".
  return value === null || value instanceof HostObject;
}
