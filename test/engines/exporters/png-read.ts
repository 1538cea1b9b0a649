/** A tiny PNG reader for tests: signature, chunks with CRC check, IHDR, inflate (fflate), unfilter (filter 0 only, or all 5 types). */
import { unzlibSync } from 'fflate';
import { crc32 } from '../../../workers/engines/exporters/png';

export interface DecodedPng { width: number; height: number; bitDepth: number; colourType: number; pixels: Uint8Array; chunks: string[] }

const SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Decode an 8-bit RGB/RGBA/grey PNG; throws on a bad signature or CRC. */
export function readPng(bytes: Uint8Array): DecodedPng {
  SIG.forEach((b, i) => { if (bytes[i] !== b) throw new Error('bad PNG signature'); });
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 8, width = 0, height = 0, bitDepth = 0, colourType = 0;
  const idat: Uint8Array[] = [], chunks: string[] = [];
  while (o < bytes.length) {
    const len = dv.getUint32(o), type = String.fromCharCode(...bytes.subarray(o + 4, o + 8));
    if (crc32(bytes, o + 4, o + 8 + len) !== dv.getUint32(o + 8 + len)) throw new Error(`bad CRC in ${type}`);
    chunks.push(type);
    const data = bytes.subarray(o + 8, o + 8 + len);
    if (type === 'IHDR') { width = dv.getUint32(o + 8); height = dv.getUint32(o + 12); bitDepth = data[8]; colourType = data[9]; }
    if (type === 'IDAT') idat.push(data);
    o += 12 + len;
    if (type === 'IEND') break;
  }
  const all = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  let k = 0;
  for (const c of idat) { all.set(c, k); k += c.length; }
  const raw = unzlibSync(all);
  const bpp = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colourType] ?? 0;
  if (bitDepth !== 8 || !bpp) throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}`);
  const stride = width * bpp, px = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? px[y * stride + x - bpp] : 0, b = y > 0 ? px[(y - 1) * stride + x] : 0, c = x >= bpp && y > 0 ? px[(y - 1) * stride + x - bpp] : 0;
      let pred = 0;
      if (f === 1) pred = a; else if (f === 2) pred = b; else if (f === 3) pred = (a + b) >> 1;
      else if (f === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      px[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return { width, height, bitDepth, colourType, pixels: px, chunks };
}
