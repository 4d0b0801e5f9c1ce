/** @jest-environment jsdom */
import "./withTextDecoder";
import { File as NodeFile } from "node:buffer";
import { readPickedFiles } from "../../src/taskpane/readPickedFiles";
import { clerkFills, FILLED } from "../xlsx/clerk";

async function picked(n: number): Promise<File[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const data = await clerkFills({ ...FILLED, unit_code: `DV${i}` });
      // Node's File (jsdom's has no arrayBuffer()).
      return new NodeFile([new Uint8Array(data)], `dv${i}.xlsx`) as unknown as File;
    }),
  );
}

describe("reading picked files in the pane (no Web Worker in this DOM: the same reader, a file at a time)", () => {
  it("says n of N after each file and gives the reports in the order picked", async () => {
    const files = await picked(3);
    const seen: string[] = [];
    const reading = readPickedFiles(files, (done, total) => seen.push(`${done}/${total}`));
    const read = await reading.done;
    expect(seen).toEqual(["1/3", "2/3", "3/3"]);
    expect(read.map((f) => [f.name, f.reports[0].unitCode])).toEqual([
      ["dv0.xlsx", "DV0"],
      ["dv1.xlsx", "DV1"],
      ["dv2.xlsx", "DV2"],
    ]);
  }, 30_000);

  it("stops when cancelled, keeping the files read until then", async () => {
    const files = await picked(4);
    let reading: ReturnType<typeof readPickedFiles> | undefined = undefined;
    reading = readPickedFiles(files, (done) => {
      if (done === 2) reading!.cancel();
    });
    const read = await reading.done;
    expect(read.map((f) => f.name)).toEqual(["dv0.xlsx", "dv1.xlsx"]);
  }, 30_000);
});
