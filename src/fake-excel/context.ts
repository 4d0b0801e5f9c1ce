import type { Calculator } from "./calculation";
import type { ChangeEvents, ChangeRecord } from "./events";
import type { WorkbookState } from "./workbook-state";
import type { FakeWorkbook } from "./workbook";

/** What a queued operation can touch while its sync executes. */
export interface Batch {
  readonly state: WorkbookState;
  readonly calculator: Calculator;
  readonly events: ChangeEvents;
  recordChange(change: ChangeRecord): void;
  /** Hands loaded values back to a proxy once the whole sync succeeded; `size` counts toward the response. */
  deliver(commit: () => void, size: number): void;
}

export interface Operation {
  /** The data this operation sends to Excel: its JSON size counts toward the request payload limit. */
  payload: unknown;
  execute(batch: Batch): void | Promise<void>;
}

/** The engine behind every context of one fake workbook (see fake-excel.ts). */
export interface BatchExecutor {
  executeBatch(operations: Operation[]): Promise<void>;
}

/**
 * Structurally an Excel.RequestContext for the members the product uses. Operations queue up here and
 * run, in order, at sync().
 */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** Completed syncs of this context; proxies created before the latest one know whether they are null. */
  generation = 0;
  private queue: Operation[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    private readonly executor: BatchExecutor,
    createWorkbook: (context: FakeRequestContext) => FakeWorkbook,
  ) {
    this.workbook = createWorkbook(this);
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    await this.executor.executeBatch(operations);
    this.generation++;
  }
}
