import type { Batch, FakeRequestContext } from "./context";
import type { FakeRange, RangeTarget } from "./range";
import type { ChartState, SheetState } from "./workbook-state";

type SheetLocator = (batch: Batch) => SheetState | null;

/** The subset of Excel.Chart the product uses: a title and a position. */
export class FakeChart {
  readonly title: { text: string };

  constructor(
    private readonly context: FakeRequestContext,
    private readonly state: ChartState,
  ) {
    const enqueue = context.enqueue.bind(context);
    this.title = {
      set text(text: string) {
        enqueue({
          payload: { set: "ChartTitle.text", text },
          execute: () => {
            state.title = text;
          },
        });
      },
      get text(): string {
        return state.title ?? "";
      },
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue({
      payload: { method: "Chart.setPosition", startCell, endCell },
      execute: () => void (this.state.position = endCell ? `${startCell}:${endCell}` : startCell),
    });
  }
}

/** Records the charts added to a sheet: their type, source range address and series orientation. */
export class FakeChartCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly locate: SheetLocator,
  ) {}

  add(
    type: `${Excel.ChartType}`,
    sourceData: FakeRange,
    seriesBy: `${Excel.ChartSeriesBy}` = "Auto",
  ): FakeChart {
    const state: ChartState = { type, source: "", seriesBy };
    this.context.enqueue({
      payload: { method: "ChartCollection.add", type, seriesBy },
      execute: (batch) => {
        const sheet = this.locate(batch);
        const target: RangeTarget | null = sourceData.locate(batch);
        if (!sheet || !target) return;
        state.source = `${target.bounds.row},${target.bounds.column},${target.bounds.rowCount},${target.bounds.columnCount}`;
        sheet.charts.push(state);
      },
    });
    return new FakeChart(this.context, state);
  }
}
