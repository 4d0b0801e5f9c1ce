import { FakeOfficeError, notModelled } from "../errors";
import { HostObject, isHostObject, type Batch } from "./base";
import {
  ActionType,
  CLIENT_BOOKKEEPING,
  ObjectPathType,
  wireName,
  type Action,
  type ActionResult,
  type ArgumentInfo,
  type QueryInfo,
  type RequestBody,
} from "./protocol";
import { Workbook } from "./workbook";

/** Object paths resolve once per request, in the order the actions first use them. */
export class RequestExecution {
  private readonly resolved = new Map<number, HostObject | null>();
  private readonly instantiated = new Map<number, Record<string, unknown>>();
  readonly results: ActionResult[] = [];

  constructor(
    private readonly body: RequestBody,
    private readonly batch: Omit<Batch, "objectArgument">,
    private readonly keepReference: (object: HostObject) => string,
    private readonly forgetReference: (id: string) => void,
  ) {}

  private get fullBatch(): Batch {
    return { ...this.batch, objectArgument: (pathId) => this.resolve(pathId) } as Batch;
  }

  resolve(pathId: number): HostObject | null {
    if (this.resolved.has(pathId)) return this.resolved.get(pathId)!;
    const path = this.body.ObjectPaths[String(pathId)];
    if (!path) throw new FakeOfficeError("InvalidArgument", "ObjectPath", `Unknown object path ${pathId}.`);
    const parent = () =>
      path.ParentObjectPathId === undefined ? null : this.resolve(path.ParentObjectPathId);
    let object: HostObject | null;
    switch (path.ObjectPathType) {
      case ObjectPathType.GlobalObject:
        object = new Workbook();
        break;
      case ObjectPathType.Property: {
        const owner = parent();
        object = owner === null ? null : owner.navigate(path.Name, this.fullBatch);
        break;
      }
      case ObjectPathType.Method: {
        const owner = parent();
        object =
          owner === null ? null : this.objectFrom(owner, path.Name, this.argumentsOf(path.ArgumentInfo));
        break;
      }
      case ObjectPathType.Indexer: {
        const owner = parent();
        if (owner !== null && !owner.indexer) throw notModelled(owner.type, "[indexer]");
        object = owner === null ? null : owner.indexer!(this.argumentsOf(path.ArgumentInfo), this.fullBatch);
        break;
      }
      case ObjectPathType.ReferenceId: {
        const found = this.batch.reference(path.Name);
        if (!found) throw new FakeOfficeError("InvalidReference", "ObjectPath");
        object = found;
        break;
      }
      case ObjectPathType.NullObject:
        object = null;
        break;
      default:
        throw notModelled("ObjectPath", `type ${path.ObjectPathType} (${path.Name})`);
    }
    this.resolved.set(pathId, object);
    return object;
  }

  /** Methods called synchronously return objects (getRange, add…); async ones are awaited at the action. */
  private objectFrom(owner: HostObject, name: string, args: unknown[]): HostObject | null {
    const result = owner.call(name, args, this.fullBatch);
    if (result instanceof Promise) throw notModelled(owner.type, `${name} (as an object)`);
    if (!isHostObject(result)) throw notModelled(owner.type, `${name} (as an object)`);
    return result;
  }

  private argumentsOf(info: ArgumentInfo | undefined): unknown[] {
    return info?.Arguments ?? [];
  }

  /** Runs one action; throws a FakeOfficeError to fail the batch at this action. */
  async run(action: Action): Promise<void> {
    const batch = this.fullBatch;
    switch (action.ActionType) {
      case ActionType.Trace:
        return this.answer(action, null);
      case ActionType.Instantiate: {
        const object = await this.resolveAwaiting(action.ObjectPathId);
        const identity = object === null ? null : object.identity();
        if (identity) this.instantiated.set(action.ObjectPathId, identity);
        return this.answer(action, identity);
      }
      case ActionType.Query: {
        const object = this.resolve(action.ObjectPathId);
        await batch.calculator.ensureCalculated();
        return this.answer(
          action,
          object === null ? null : await query(object, action.QueryInfo ?? {}, batch),
        );
      }
      case ActionType.SetProperty: {
        const object = this.resolve(action.ObjectPathId);
        // Excel: a command on a null object does nothing.
        if (object !== null) await object.set(action.Name, this.argumentsOf(action.ArgumentInfo)[0], batch);
        return this.answer(action, null);
      }
      case ActionType.Method:
        return this.method(action, batch);
    }
    throw notModelled("Request", `action type ${action.ActionType}`);
  }

  /** Async object methods (getInvalidCells…) are awaited when their path is instantiated. */
  private async resolveAwaiting(pathId: number): Promise<HostObject | null> {
    if (this.resolved.has(pathId)) return this.resolved.get(pathId)!;
    const path = this.body.ObjectPaths[String(pathId)];
    if (path?.ObjectPathType === ObjectPathType.Method && path.ParentObjectPathId !== undefined) {
      const owner = this.resolve(path.ParentObjectPathId);
      if (owner !== null) {
        const result = await owner.call(path.Name, this.argumentsOf(path.ArgumentInfo), this.fullBatch);
        if (!isHostObject(result)) throw notModelled(owner.type, `${path.Name} (as an object)`);
        this.resolved.set(pathId, result);
        return result;
      }
    }
    return this.resolve(pathId);
  }

  private async method(action: Action, batch: Batch): Promise<void> {
    const path = this.body.ObjectPaths[String(action.ObjectPathId)];
    if (action.Name === "_RemoveReference") {
      this.forgetReference(String(this.argumentsOf(action.ArgumentInfo)[0]));
      return this.answer(action, null);
    }
    const object = this.resolve(action.ObjectPathId);
    if (action.Name === "_KeepReference") {
      const identity = this.instantiated.get(action.ObjectPathId);
      if (object !== null && identity && !(path?.ObjectPathType === ObjectPathType.ReferenceId)) {
        identity._ReferenceId = this.keepReference(object);
      }
      return this.answer(action, null);
    }
    if (object === null) return this.answer(action, null);
    const result = await object.call(action.Name, this.argumentsOf(action.ArgumentInfo), batch);
    const value = result && !(result instanceof HostObject) ? result.value : null;
    return this.answer(action, value ?? null);
  }

  private answer(action: Action, value: unknown): void {
    this.results.push({ ActionId: action.Id, Value: value });
  }

  /** Whether the action is a command of the user's batch (what `failAt` counts). */
  static isCommand(action: Action): boolean {
    if (action.ActionType === ActionType.SetProperty) return true;
    return (
      action.ActionType === ActionType.Method &&
      !CLIENT_BOOKKEEPING.has(action.Name) &&
      !action.Name.startsWith("_")
    );
  }
}

/** Answers `load`: the selected scalars (PascalCase), nested navigations, or a collection's items. */
export async function query(
  object: HostObject,
  info: QueryInfo,
  batch: Batch,
): Promise<Record<string, unknown>> {
  if (object.items) {
    let items = object.items(batch);
    if (info.Skip) items = items.slice(info.Skip);
    if (info.Top !== undefined) items = items.slice(0, info.Top);
    const select = (info.Select ?? []).filter((name) => name !== "*");
    const itemInfo = { Select: select.length > 0 ? select : undefined, Expand: info.Expand };
    return { _Items: await Promise.all(items.map((item) => describe(item, itemInfo, batch))) };
  }
  return describe(object, info, batch);
}

async function describe(object: HostObject, info: QueryInfo, batch: Batch): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...object.identity() };
  const select =
    info.Select && info.Select.length > 0 && !info.Select.includes("*") ? info.Select : [...object.defaults];
  const nested = new Map<string, string[]>();
  for (const name of [...select, ...(info.Expand ?? [])]) {
    const [head, ...rest] = name.split("/");
    if (rest.length > 0 || (info.Expand ?? []).includes(name)) {
      nested.set(head, [...(nested.get(head) ?? []), ...(rest.length > 0 ? [rest.join("/")] : [])]);
      continue;
    }
    const wire = wireName(head);
    try {
      out[wire] = await object.get(wire, batch);
    } catch (error) {
      // `load("format")` names a navigation property: Excel loads its scalar properties.
      if (!(error instanceof FakeOfficeError && error.code === "NotImplemented")) throw error;
      const child = tryNavigate(object, wire, batch);
      if (child === undefined) throw error;
      nested.set(head, nested.get(head) ?? []);
    }
  }
  for (const [head, names] of nested) {
    const wire = wireName(head);
    const child = object.navigate(wire, batch);
    out[wire] =
      child === null ? null : await query(child, { Select: names.length > 0 ? names : undefined }, batch);
  }
  return out;
}

function tryNavigate(object: HostObject, name: string, batch: Batch): HostObject | null | undefined {
  try {
    return object.navigate(name, batch);
  } catch {
    return undefined;
  }
}
