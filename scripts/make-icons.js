// Draws the add-in's icon (three rising bars on the brand-blue tile: indicators going up) as PNGs
// in assets/, at every size the manifest references. No image library: shapes are sampled 8×8 per
// pixel for clean edges, and written with a minimal PNG encoder (zlib is Node's own).
// Usage: node scripts/make-icons.js   (the PNGs are committed; rerun only after changing the design)
const { deflateSync } = require("node:zlib");
const { mkdirSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x0f, 0x6c, 0xbd]; // Fluent's brand blue
const BAR = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (width × height × 4) to a PNG file's bytes. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** What colour covers point (x, y) of the unit square, or null outside the tile. */
function shapeAt(x, y, size) {
  const r = 0.19;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Bars snap to whole pixels at 16 px, where half-covered pixels would blur them.
  const px = (v) => Math.round(v * size) / size;
  const bottom = px(0.8);
  const bars = [
    [0.19, 0.37, 0.58],
    [0.41, 0.59, 0.42],
    [0.63, 0.81, 0.2],
  ];
  for (const [left, right, top] of bars) {
    if (x >= px(left) && x < px(right) && y >= px(top) && y < bottom) return BAR;
  }
  return TILE;
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 8;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shapeAt((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (a)
        rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / n / n)], i);
    }
  }
  return encodePng(size, size, rgba);
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) writeFileSync(join(dir, `icon-${size}.png`), drawIcon(size));
  console.log(`assets/icon-{${SIZES.join(",")}}.png`);
}

module.exports = { encodePng, drawIcon, SIZES };
