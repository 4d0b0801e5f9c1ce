import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { constants, crc32, deflateRawSync } from "node:zlib";

/**
 * Zip bombs made here, small on disk: a deflate stream of one chunk compressed once and repeated
 * (each piece ends on a sync flush, so pieces can be joined), then an empty final block.
 */
interface Part {
  name: string;
  head: string;
  repeat: string;
  times: number;
  tail?: string;
  /** The size the zip's headers give, when they lie. */
  declared?: number;
}

const flushed = (text: string) => deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_SYNC_FLUSH });
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

function deflatedPart(p: Part): { data: Buffer; crc: number; size: number } {
  const head = Buffer.from(p.head);
  const chunk = Buffer.from(p.repeat);
  const tail = Buffer.from(p.tail ?? "");
  let crc = crc32(head);
  for (let i = 0; i < p.times; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  const piece = flushed(p.repeat);
  const data = Buffer.concat([
    flushed(p.head),
    ...Array(p.times).fill(piece),
    flushed(p.tail ?? ""),
    FINAL_EMPTY_BLOCK,
  ]);
  return { data, crc, size: p.declared ?? head.length + chunk.length * p.times + tail.length };
}

function zipOf(parts: Part[]): Buffer {
  const out: Buffer[] = [];
  const dir: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const { data, crc, size } = deflatedPart(p);
    const name = Buffer.from(p.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    head.copy(entry, 8, 6, 30);
    entry.writeUInt32LE(offset, 42);
    out.push(head, name, data);
    dir.push(entry, name);
    offset += 30 + name.length + data.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(
    dir.reduce((n, b) => n + b.length, 0),
    12,
  );
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...dir, end]);
}

const workbook = (sheets: number): Part[] => [
  {
    name: "xl/workbook.xml",
    head: `<workbook xmlns:r="r"><sheets>${Array.from({ length: sheets }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    repeat: "",
    times: 0,
  },
  {
    name: "xl/_rels/workbook.xml.rels",
    head: `<Relationships>${Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="x/worksheet" Target="worksheets/sheet${i}.xml"/>`).join("")}<Relationship Id="rS" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    repeat: "",
    times: 0,
  },
];
const MARKER = `<row r="1"><c r="A1" t="inlineStr"><is><t>chitieu-report/1/cdvc-binh-dinh-2023-2028/1</t></is></c></row>`;
const MB = 2 ** 20;

const hugeSheet = (declared?: number): Part => ({
  name: "xl/worksheets/sheet0.xml",
  head: `<worksheet><sheetData>${MARKER}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
  repeat: "a".repeat(MB),
  times: 1200,
  declared,
});

const BOMBS: { name: string; parts: Part[] }[] = [
  {
    name: "one sheet inflating to 1.2 GB",
    parts: [...workbook(1), hugeSheet()],
  },
  {
    name: "the same, its zip headers saying 1 KB",
    parts: [...workbook(1), hugeSheet(1024)],
  },
  {
    name: "the same, its zip headers saying 15 MB",
    parts: [...workbook(1), hugeSheet(15 * MB)],
  },
  {
    name: "2 M shared strings",
    parts: [
      ...workbook(1),
      {
        name: "xl/worksheets/sheet0.xml",
        head: `<worksheet><sheetData>${MARKER}<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData></worksheet>`,
        repeat: "",
        times: 0,
      },
      {
        name: "xl/sharedStrings.xml",
        head: "<sst>",
        repeat: "<si><t>a</t></si>".repeat(1024),
        times: 2048,
        tail: "</sst>",
      },
    ],
  },
  {
    name: "a report sheet of 30 M empty elements",
    parts: [
      ...workbook(1),
      {
        name: "xl/worksheets/sheet0.xml",
        head: `<worksheet><sheetData>${MARKER}<row r="2">`,
        repeat: "<x/>".repeat(1024),
        times: 30 * 1024,
        tail: "</row></sheetData></worksheet>",
      },
    ],
  },
  {
    name: "a report sheet of 10 M cells",
    parts: [
      ...workbook(1),
      {
        name: "xl/worksheets/sheet0.xml",
        head: `<worksheet><sheetData>${MARKER}<row r="2">`,
        repeat: "<c><v>1</v></c>".repeat(1024),
        times: 10 * 1024,
        tail: "</row></sheetData></worksheet>",
      },
    ],
  },
  {
    name: "three report sheets of 30 MB each",
    parts: [
      ...workbook(3),
      ...[0, 1, 2].map((i) => ({
        name: `xl/worksheets/sheet${i}.xml`,
        head: `<worksheet><sheetData>${MARKER}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
        repeat: "a".repeat(MB),
        times: 30,
        tail: "</t></is></c></row></sheetData></worksheet>",
      })),
    ],
  },
];

export interface BombResult {
  name: string;
  code: string;
  /** Wall time to refusal, and CPU time (less sensitive to a busy machine). */
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  fileKb: number;
}

/**
 * Each bomb read by the compiled reader as the command line reads it (node:zlib), in a child process of
 * its own: time to refusal and peak memory.
 */
export async function bombs(): Promise<BombResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-bombs-"));
  const reader = path.join(__dirname, "..", "lib", "xlsx", "readReports.js");
  const domain = path.join(__dirname, "..", "lib", "domain", "index.js");
  const inflater = path.join(__dirname, "..", "lib", "xlsx", "reader", "nodeInflater.js");
  try {
    return BOMBS.map((bomb, i) => {
      const file = path.join(dir, `bomb${i}.xlsx`);
      const data = zipOf(bomb.parts);
      writeFileSync(file, data);
      const script = `
        const { readReportFile } = require(${JSON.stringify(reader)});
        const { defaultFramework } = require(${JSON.stringify(domain)});
        const { nodeInflater } = require(${JSON.stringify(inflater)});
        const data = require("node:fs").readFileSync(${JSON.stringify(file)});
        // This process's own peak (VmHWM): maxRSS also counts the parent's memory copied at fork.
        const peakKb = () => {
          const status = require("node:fs").readFileSync("/proc/self/status", "utf8");
          const hwm = /VmHWM:\\s*(\\d+)/.exec(status);
          return Number(hwm[1]);
        };
        const t = performance.now();
        const cpu = process.cpuUsage();
        const [report] = readReportFile(defaultFramework, data, "bomb.xlsx", { inflater: nodeInflater });
        const used = process.cpuUsage(cpu);
        const ms = performance.now() - t;
        console.log(JSON.stringify({ code: report.errors[0]?.code ?? "read", ms, cpuMs: (used.user + used.system) / 1000, maxRssMb: peakKb() / 1024 }));`;
      const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
      const result = JSON.parse(
        run.stdout.trim() || `{"code":"crashed: ${run.stderr.split("\n")[0]}","ms":0,"cpuMs":0,"maxRssMb":0}`,
      );
      return { name: bomb.name, fileKb: Math.round(data.length / 1024), ...result };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void bombs().then((rows) => console.table(rows));
