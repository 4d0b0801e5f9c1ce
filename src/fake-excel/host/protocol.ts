/** The JSON the Office.js client sends for one `context.sync()` (read from the client's own code). */
export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the object path id of a client object passed there, 0 otherwise. */
  ReferencedObjectPathIds?: unknown[];
}

export const ActionType = { Instantiate: 1, Query: 2, Method: 3, SetProperty: 4, Trace: 5 } as const;

export const ObjectPathType = {
  GlobalObject: 1,
  NewObject: 2,
  Method: 3,
  Property: 4,
  Indexer: 5,
  ReferenceId: 6,
  NullObject: 7,
} as const;

export interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseBody {
  Results?: ActionResult[];
  Error?: { Code: string; Message: string; Location?: string; ActionIndex?: number };
}

/** Wire names are PascalCase: `values` is sent as `Values`. */
export function wireName(name: string): string {
  return name.startsWith("_") ? name : name[0].toUpperCase() + name.slice(1);
}

/** Methods the client sends for its own bookkeeping; not commands of the user's batch. */
export const CLIENT_BOOKKEEPING = new Set(["_KeepReference", "_RemoveReference"]);
