/**
 * One-bit changes of one report file (all 8 bits of every `step`-th byte; step 1 is every bit, ~2.5 minutes
 * here), each read as the command line reads (node:zlib): how many
 * copies read exactly as the good file, how many were refused with a reason, and how many were read as
 * data that differs from the good file (goal 0: a damaged file is named, never read).
 */
import { defaultFramework as fw, type FieldValue } from "../src/domain";
import { reportLayout } from "../src/reportSheet";
import { readReportFile, reportWorkbook } from "../src/xlsx";
import { nodeInflater } from "../src/xlsx/reader/nodeInflater";
import { generateRawReports } from "./reports";

export interface FlipCounts {
  fileBytes: number;
  flips: number;
  same: number;
  refused: number;
  readAsData: number;
  ms: number;
}

export async function flipBits(step: number): Promise<FlipCounts> {
  const [values] = generateRawReports(1, 7);
  const good = await reportWorkbook(
    reportLayout(fw, { formulas: "native", values: values as Record<string, FieldValue> }),
  );
  const read = (data: Uint8Array) => readReportFile(fw, data, "dv01.xlsx", { inflater: nodeInflater });
  const expected = JSON.stringify(read(good));
  const counts: FlipCounts = { fileBytes: good.length, flips: 0, same: 0, refused: 0, readAsData: 0, ms: 0 };
  const start = performance.now();
  const bad = Uint8Array.from(good);
  for (let at = 0; at < good.length; at += step)
    for (let bit = 0; bit < 8; bit++) {
      bad[at] ^= 1 << bit;
      const reports = read(bad);
      counts.flips++;
      if (JSON.stringify(reports) === expected) counts.same++;
      else if (reports.length === 1 && reports[0].unitCode === null && reports[0].errors.length)
        counts.refused++;
      else counts.readAsData++;
      bad[at] ^= 1 << bit;
    }
  counts.ms = performance.now() - start;
  return counts;
}

if (require.main === module) void flipBits(Number(process.argv[2] ?? 1)).then((c) => console.log(c));
