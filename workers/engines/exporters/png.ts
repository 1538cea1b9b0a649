/**
 * A minimal PNG encoder (RGBA 8-bit, filter 0, one IDAT) over fflate's zlib
 * deflate, with its own CRC-32 and chunk writer, and the ESRI world file
 * (.pgw) that georeferences a north-up lon/lat raster.
 */
import { zlibSync } from 'fflate';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309 / PNG) of bytes. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The 8-byte PNG signature. */
export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** One chunk: length, type, data, CRC over type + data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  dv.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** Encode RGBA pixels (row-major, top row first) as a PNG file. */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, widthPx: number, heightPx: number): Uint8Array {
  if (!(widthPx >= 1 && heightPx >= 1) || rgba.length !== widthPx * heightPx * 4) throw new RangeError(`need ${widthPx}×${heightPx}×4 RGBA bytes, got ${rgba.length}`);
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, widthPx); dv.setUint32(4, heightPx);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // 8-bit RGBA, deflate, filter 0, no interlace
  const stride = widthPx * 4, raw = new Uint8Array((stride + 1) * heightPx);
  for (let y = 0; y < heightPx; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1); // filter byte 0 (None)
  const parts = [PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 6 })), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/** A north-up grid: west/north outer edge and cell size in degrees. */
export interface LonLatGrid { westDeg: number; northDeg: number; dLonDeg: number; dLatDeg: number }

/**
 * ESRI world file (.pgw) text for a north-up lon/lat grid: pixel size x,
 * rotation terms 0, 0, −pixel size y, then the centre of the top-left pixel.
 */
export function worldFile(g: LonLatGrid): string {
  const lines = [g.dLonDeg, 0, 0, -g.dLatDeg, g.westDeg + g.dLonDeg / 2, g.northDeg - g.dLatDeg / 2];
  return lines.map((v) => v.toPrecision(15).replace(/\.?0+$/, '').replace(/\.?0+e/, 'e')).join('\n') + '\n';
}
