/** Bytes in the zlib format (RFC 1950), as PNG's image data holds them. */
export type Deflate = (raw: Uint8Array) => Uint8Array;

/** One bar of the attainment chart: a target's actual and threshold, in percent. */
export interface ChartBar {
  code: string;
  actual: number;
  threshold: number;
}

/** 5×7 glyphs for what the chart writes: codes (“2.12a”) and percents (“86,21%”). */
const GLYPHS: Record<string, string[]> = {
  "0": ["01110", "10001", "10011", "10101", "11001", "10001", "01110"],
  "1": ["00100", "01100", "00100", "00100", "00100", "00100", "01110"],
  "2": ["01110", "10001", "00001", "00010", "00100", "01000", "11111"],
  "3": ["11110", "00001", "00001", "01110", "00001", "00001", "11110"],
  "4": ["00010", "00110", "01010", "10010", "11111", "00010", "00010"],
  "5": ["11111", "10000", "11110", "00001", "00001", "10001", "01110"],
  "6": ["00110", "01000", "10000", "11110", "10001", "10001", "01110"],
  "7": ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
  "8": ["01110", "10001", "10001", "01110", "10001", "10001", "01110"],
  "9": ["01110", "10001", "10001", "01111", "00001", "00010", "01100"],
  ".": ["00000", "00000", "00000", "00000", "00000", "01100", "01100"],
  ",": ["00000", "00000", "00000", "00000", "01100", "00100", "01000"],
  "%": ["11000", "11001", "00010", "00100", "01000", "10011", "00011"],
  a: ["00000", "00000", "01110", "00001", "01111", "10001", "01111"],
  b: ["10000", "10000", "10110", "11001", "10001", "10001", "11110"],
  c: ["00000", "00000", "01110", "10000", "10000", "10001", "01110"],
  d: ["00001", "00001", "01101", "10011", "10001", "10001", "01111"],
  e: ["00000", "00000", "01110", "10001", "11111", "10000", "01110"],
};

type Rgb = [number, number, number];
const GRID: Rgb = [200, 200, 200];
const INK: Rgb = [0, 0, 0];
const BAR: Rgb = [68, 114, 196];
const LIMIT: Rgb = [192, 0, 0];

/**
 * White pixels held as PNG's image data is before compression: each row a filter byte (0, “none”) then
 * its pixels' red, green and blue. Drawn in place: a picture this size is megabytes, and no second copy.
 */
class Canvas {
  readonly scanlines: Uint8Array;
  private readonly stride: number;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.stride = width * 3 + 1;
    this.scanlines = new Uint8Array(this.stride * height).fill(255);
    for (let y = 0; y < height; y++) this.scanlines[y * this.stride] = 0;
  }
  rect(x: number, y: number, w: number, h: number, [r, g, b]: Rgb) {
    for (let j = Math.max(0, Math.round(y)); j < Math.min(this.height, Math.round(y + h)); j++)
      for (let i = Math.max(0, Math.round(x)); i < Math.min(this.width, Math.round(x + w)); i++) {
        const p = j * this.stride + 1 + i * 3;
        this.scanlines[p] = r;
        this.scanlines[p + 1] = g;
        this.scanlines[p + 2] = b;
      }
  }
  /** Text at a pixel size per glyph dot; returns its width. */
  text(s: string, x: number, y: number, dot: number, colour: Rgb = INK): number {
    [...s].forEach((ch, k) =>
      (GLYPHS[ch.toLowerCase()] ?? []).forEach((line, j) =>
        [...line].forEach((on, i) => {
          if (on === "1") this.rect(x + (k * 6 + i) * dot, y + j * dot, dot, dot, colour);
        }),
      ),
    );
    return textWidth(s, dot);
  }
}

const textWidth = (s: string, dot: number) => s.length * 6 * dot - dot;
const percentText = (n: number) => `${n.toFixed(2).replace(".", ",").replace(/,00$/, "")}%`;

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A truecolour PNG of the canvas (filter “none” on every row, deflated). */
function png(c: Canvas, deflate: Deflate): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, c.width);
  view.setUint32(4, c.height);
  header.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflate(c.scanlines)),
    chunk("IEND", new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/**
 * The attainment chart as a PNG, for writers that cannot make an Excel chart: one horizontal bar per
 * target (its actual), a red mark at its threshold, the percent at the bar's end and a 0–100% scale.
 * Words (title, legend) stay in cells beside it, in the report's language and font. The image data is
 * compressed by `deflate`: node:zlib's native one on the command line costs a seventh of a JavaScript one.
 */
export function attainmentChartPng(
  bars: readonly ChartBar[],
  width: number,
  deflate: Deflate,
): { png: Uint8Array; height: number } {
  const dot = 2;
  const band = 26 * dot;
  const left = textWidth("2.12a", dot) + 16 * dot;
  const right = textWidth("100,00%", dot) + 10 * dot;
  const top = 6 * dot;
  const height = top + bars.length * band + 20 * dot;
  const c = new Canvas(width, height);
  const plot = width - left - right;
  const max = Math.max(100, ...bars.map((b) => Math.max(b.actual, b.threshold)));
  const x = (v: number) => left + (Math.max(0, v) / max) * plot;
  const bottom = top + bars.length * band;
  for (const tick of [0, 25, 50, 75, 100]) {
    c.rect(x(tick), top, dot, bottom - top, GRID);
    const label = `${tick}%`;
    c.text(label, x(tick) - textWidth(label, dot) / 2, bottom + 6 * dot, dot);
  }
  bars.forEach((b, i) => {
    const y = top + i * band;
    c.text(b.code, left - 8 * dot - textWidth(b.code, dot), y + band / 2 - 3.5 * dot, dot);
    c.rect(left, y + 6 * dot, x(b.actual) - left, band - 12 * dot, BAR);
    c.rect(x(b.threshold) - dot, y + 2 * dot, 2 * dot, band - 4 * dot, LIMIT);
    c.text(percentText(b.actual), x(b.actual) + 4 * dot + dot, y + band / 2 - 3.5 * dot, dot);
  });
  c.rect(left, top, dot, bottom - top, INK);
  return { png: png(c, deflate), height };
}
