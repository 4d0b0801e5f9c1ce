import { deflateSync } from "node:zlib";
import { unzlibSync } from "fflate";
import { attainmentChartPng } from "../../src/consolidatedSheet";

/** The PNG's size and pixels (truecolour, filter “none” on each row, as the chart writes). */
function decode(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    if (type === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = unzlibSync(Buffer.concat(chunks));
  const pixel = (x: number, y: number) => {
    const p = y * (width * 3 + 1) + 1 + x * 3;
    return [raw[p], raw[p + 1], raw[p + 2]];
  };
  return { width, height, pixel, raw };
}

describe("the attainment chart as a picture", () => {
  it("is a valid PNG whose bars are as long as each target's actual", () => {
    const bars = [
      { code: "2.1b", actual: 100, threshold: 100 },
      { code: "2.5", actual: 40, threshold: 100 },
      { code: "2.3b", actual: 20, threshold: 20 },
    ];
    const { png, height } = attainmentChartPng(bars, 800, deflateSync);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const image = decode(png);
    expect([image.width, image.height]).toEqual([800, height]);
    expect(image.raw.length).toBe((800 * 3 + 1) * height);
    const blue = (y: number) => {
      let n = 0;
      for (let x = 0; x < image.width; x++) if (image.pixel(x, y).join() === "68,114,196") n++;
      return n;
    };
    // The middle row of each bar's band: bar lengths in the ratio of the actuals.
    const band = height / bars.length;
    const lengths = bars.map((_, i) => blue(Math.round(12 + i * 52 + 26)));
    expect(lengths[0]).toBeGreaterThan(0);
    expect(lengths[1] / lengths[0]).toBeCloseTo(0.4, 1);
    expect(lengths[2] / lengths[0]).toBeCloseTo(0.2, 1);
    expect(band).toBeGreaterThan(0);
  });
});
