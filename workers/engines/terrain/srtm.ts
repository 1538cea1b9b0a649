/**
 * SRTM .hgt reader, pure (the caller supplies the bytes). An .hgt file is a
 * square grid of big-endian signed 16-bit heights in metres, rows from north
 * to south, 1201² samples (3″, SRTM3) or 3601² (1″, SRTM1), covering one
 * degree whose south-west corner the file name gives (N49E011.hgt covers
 * 49–50°N, 11–12°E); edge rows/columns duplicate the neighbours'. Voids are
 * −32768. Zipped tiles (.hgt.zip) are unpacked with fflate.
 */
import { unzipSync } from 'fflate';
import { GridDemTile } from './dem-tile';

/** South-west corner of an SRTM tile from its name ("N49E011", "s12w077.hgt"...). */
export function parseSrtmName(name: string): { lat: number; lon: number } {
  const m = /([NS])(\d{1,2})([EW])(\d{1,3})/i.exec(name.split(/[\\/]/).pop() ?? '');
  if (!m) throw new Error(`not an SRTM tile name: ${name}`);
  const lat = Number(m[2]) * (m[1].toUpperCase() === 'S' ? -1 : 1);
  const lon = Number(m[4]) * (m[3].toUpperCase() === 'W' ? -1 : 1);
  if (lat < -90 || lat >= 90 || lon < -180 || lon >= 180) throw new Error(`SRTM tile corner out of range: ${name}`);
  return { lat, lon };
}

/** SRTM tile name ("N49E011") of the tile containing a point. */
export function srtmTileName(lonDeg: number, latDeg: number): string {
  const lat = Math.floor(latDeg);
  const lon = Math.floor(lonDeg);
  const ns = lat < 0 ? 'S' : 'N';
  const ew = lon < 0 ? 'W' : 'E';
  return `${ns}${String(Math.abs(lat)).padStart(2, '0')}${ew}${String(Math.abs(lon)).padStart(3, '0')}`;
}

/** Parse .hgt bytes into a tile; `name` gives the corner. */
export function readHgt(bytes: Uint8Array, name: string): GridDemTile {
  const { lat, lon } = parseSrtmName(name);
  const count = bytes.byteLength / 2;
  const size = Math.round(Math.sqrt(count));
  if (size * size !== count || (size !== 1201 && size !== 3601)) throw new Error(`${name}: ${bytes.byteLength} bytes is neither SRTM3 (1201²) nor SRTM1 (3601²) int16 data`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const heights = new Int16Array(count);
  for (let i = 0; i < count; i++) heights[i] = view.getInt16(2 * i, false);
  const step = 1 / (size - 1);
  const id = srtmTileName(lon + 0.5, lat + 0.5);
  return new GridDemTile(id, size, size, heights, { kind: 'latlon', west: lon, north: lat + 1, dLonDeg: step, dLatDeg: step }, -32768);
}

/** Unpack the first .hgt entry of a .hgt.zip archive. */
export function unzipHgt(zipBytes: Uint8Array): { name: string; bytes: Uint8Array } {
  const files = unzipSync(zipBytes, { filter: (f) => /\.hgt$/i.test(f.name) });
  const name = Object.keys(files)[0];
  if (!name) throw new Error('archive holds no .hgt file');
  return { name, bytes: files[name] };
}

/** Read a tile from .hgt or .hgt.zip bytes (zip detected by its PK signature). */
export function readHgtOrZip(bytes: Uint8Array, name: string): GridDemTile {
  if (bytes.byteLength >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const inner = unzipHgt(bytes);
    return readHgt(inner.bytes, inner.name);
  }
  return readHgt(bytes, name);
}
