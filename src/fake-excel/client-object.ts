import type { Batch, FakeRequestContext } from "./context";
import { FakeOfficeError, propertyNotLoaded } from "./errors";

export type LoadOption = string | string[] | { select?: string | string[] };

export function loadNames(option?: LoadOption): string[] {
  const raw = typeof option === "object" && !Array.isArray(option) ? option.select : option;
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : raw.split(","))
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/**
 * A proxy like OfficeExtension.ClientObject. Reading a property returns what the last successful sync
 * loaded, or — as office.js does — the value this proxy itself last assigned; anything else throws
 * PropertyNotLoaded. Assignments and method calls only queue operations.
 */
export abstract class FakeClientObject {
  protected abstract readonly entity: string;
  /** Scalar properties `load()` fetches when given no names. */
  protected abstract readonly scalarProperties: readonly string[];
  private readonly known = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly createdAt: number;

  constructor(readonly context: FakeRequestContext) {
    this.createdAt = context.generation;
  }

  /** Returns the proxy's object at sync time: null for a null object; throws ItemNotFound and the like. */
  protected abstract resolve(batch: Batch): unknown;

  /** Reads one scalar property of the resolved object during sync. */
  protected abstract readProperty(name: string, batch: Batch): unknown;

  /** Child proxies reachable by a load path such as "format/fill/color". */
  protected navigation(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullState !== undefined) return this.nullState;
    if (this.context.generation > this.createdAt) return false;
    throw propertyNotLoaded("isNullObject", this.entity);
  }

  load(option?: LoadOption): this {
    const names = loadNames(option);
    const own: string[] = [];
    for (const name of names) {
      const [head, ...rest] = name.split("/");
      const child = this.navigation(head);
      if (child) child.load(rest.length > 0 ? rest.join("/") : undefined);
      else own.push(name);
    }
    if (names.length === 0) own.push(...this.scalarProperties);
    if (own.length > 0) this.queueLoad(own);
    return this;
  }

  protected queueLoad(names: string[]): void {
    this.context.enqueue({
      payload: { load: this.entity, names },
      execute: async (batch) => {
        await batch.calculator.ensureCalculated();
        const target = this.resolve(batch);
        const loaded = new Map<string, unknown>();
        if (target !== null) {
          for (const name of names) {
            if (!this.scalarProperties.includes(name)) {
              throw new FakeOfficeError(
                "InvalidArgument",
                `${this.entity}.load`,
                `Unknown property '${name}'.`,
              );
            }
            loaded.set(name, this.readProperty(name, batch));
          }
        }
        batch.deliver(() => this.absorb(loaded, target === null), JSON.stringify([...loaded]).length);
      },
    });
  }

  /** Marks whether the proxy is a null object once the sync that resolved it has succeeded. */
  protected queueNullCheck(): void {
    this.context.enqueue({
      payload: { check: this.entity },
      execute: (batch) => {
        const isNull = this.resolve(batch) === null;
        batch.deliver(() => (this.nullState = isNull), 0);
      },
    });
  }

  protected absorb(loaded: Map<string, unknown>, isNull = false): void {
    this.nullState = isNull;
    for (const [name, value] of loaded) this.known.set(name, value);
  }

  protected get<T>(name: string): T {
    if (this.known.has(name)) return this.known.get(name) as T;
    if (this.nullState === true) return undefined as T;
    throw propertyNotLoaded(name, this.entity);
  }

  /** Assigns a property: remembered locally (as office.js does) and applied to the workbook at sync. */
  protected set(name: string, value: unknown, apply: (batch: Batch) => void): void {
    this.known.set(name, value);
    this.command({ set: `${this.entity}.${name}`, value }, apply);
  }

  protected command(payload: unknown, apply: (batch: Batch) => void | Promise<void>): void {
    this.context.enqueue({ payload, execute: apply });
  }

  /** Resolves for a command: commands on a null object fail the sync. */
  protected require<T>(batch: Batch): T {
    const target = this.resolve(batch);
    if (target === null) throw new FakeOfficeError("ItemNotFound", this.entity);
    return target as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.known);
  }
}
