/**
 * Terrain import: SRTM .hgt / .hgt.zip and GeoTIFF DEMs become terrain
 * tiles (workers/engines/terrain GridDemTile: georeferenced grid, bilinear
 * sampling). The .hgt reader is the terrain engine's; this module adds the
 * GeoTIFF reader (geotiff: int16/float32…, geographic or projected such as
 * UTM via proj4) and the importer contract: structured errors instead of
 * exceptions, and a count of voids (SRTM −32768, nodata, NaN). Voids are never
 * used as heights: the tile's sampler bridges them from valid neighbours and
 * flags the result (`sampleDetailed(...).filled`), or returns NaN.
 */
import { fromArrayBuffer } from 'geotiff';
import { GridDemTile, type HeightArray } from '../terrain/dem-tile';
import { unzipSync } from 'fflate';
import { readHgt, readHgtOrZip } from '../terrain/srtm';
import { resolveCrs, WGS84 } from './crs';
import { failedImport, IssueLog, type BBox, type ImportResult } from './types';

/** An imported DEM. */
export interface TerrainImport {
  /** The DEM as a terrain tile; null when the file could not be read. */
  tile: GridDemTile | null;
  /** Grid size, samples. */
  cols: number;
  rows: number;
  /** Bilinear height at WGS 84 degrees, metres; NaN off the grid or where no valid sample is near. */
  heightM(lonDeg: number, latDeg: number): number;
}

const none = (): TerrainImport => ({ tile: null, cols: 0, rows: 0, heightM: () => NaN });
const found = (tile: GridDemTile): TerrainImport => ({ tile, cols: tile.width, rows: tile.height, heightM: (lon, lat) => tile.sample(lon, lat) });

/** Count voids (noData or NaN) and warn about them. */
function voids(heights: HeightArray, noData: number, log: IssueLog): number {
  let n = 0;
  for (let i = 0; i < heights.length; i++) { const v = heights[i]; if (v === noData || v !== v) n++; }
  if (n === heights.length) log.error({ field: 'heights' }, 'every sample is a void (no data): the DEM holds no heights');
  else if (n) log.warn({ field: 'heights' }, `${n} void samples (${((100 * n) / heights.length).toFixed(2)} %): never used as heights; samples next to them are filled from valid neighbours and flagged`);
  return n;
}

function bboxOf(tile: GridDemTile, geographic: boolean, toLonLat: (x: number, y: number) => [number, number]): BBox {
  const b = tile.bounds;
  if (geographic) return [b.west, b.south, b.east, b.north];
  const c = [toLonLat(b.west, b.south), toLonLat(b.east, b.south), toLonLat(b.east, b.north), toLonLat(b.west, b.north)];
  return [Math.min(...c.map((p) => p[0])), Math.min(...c.map((p) => p[1])), Math.max(...c.map((p) => p[0])), Math.max(...c.map((p) => p[1]))];
}

/** Largest .hgt there is: SRTM1, 3601² big-endian int16 samples. */
export const MAX_HGT_BYTES = 3601 * 3601 * 2;

/**
 * Unpack the one .hgt of a .hgt.zip without trusting the archive: only the
 * first .hgt entry is inflated, and only when its declared size is at most an
 * SRTM1 tile (fflate inflates into a buffer of the declared size, so a zip
 * bomb can neither declare nor produce more).
 */
export function unzipHgtBounded(zip: Uint8Array): { name: string; bytes: Uint8Array } {
  let picked: string | null = null;
  let tooLarge = 0;
  const files = unzipSync(zip, {
    filter: (f) => {
      if (picked !== null || !/\.hgt$/i.test(f.name)) return false;
      if (f.originalSize > MAX_HGT_BYTES) { tooLarge = f.originalSize; return false; }
      picked = f.name;
      return true;
    },
  });
  if (picked === null) throw new Error(tooLarge ? `the .hgt in the archive would unpack to ${tooLarge} bytes, more than an SRTM1 tile (${MAX_HGT_BYTES})` : 'archive holds no .hgt file');
  const bytes = files[picked];
  if (!bytes || bytes.length > MAX_HGT_BYTES) throw new Error('the .hgt entry could not be unpacked');
  return { name: picked, bytes };
}

/** Import an SRTM tile from .hgt or .hgt.zip bytes; `fileName` (e.g. N49E011.hgt.zip) gives the tile corner. */
export function importHgt(bytes: Uint8Array, fileName: string): ImportResult<TerrainImport> {
  let tile: GridDemTile;
  try {
    const zip = bytes.byteLength >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    if (zip) {
      const inner = unzipHgtBounded(bytes);
      tile = readHgt(inner.bytes, inner.name);
    } else tile = readHgtOrZip(bytes, fileName);
  } catch (e) {
    const msg = (e as Error).message;
    const zip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
    return failedImport(fileName, none(), zip ? `the .zip archive is corrupt or truncated (${msg})` : msg, 'EPSG:4326');
  }
  const log = new IssueLog(fileName);
  const n = voids(tile.heights, -32768, log);
  const r = log.result<TerrainImport>(found(tile), { samples: tile.heights.length, voids: n }, 'EPSG:4326');
  r.bbox = bboxOf(tile, true, (x, y) => [x, y]);
  return r;
}

/** Most samples a GeoTIFF DEM may have (about 4.9 SRTM1 tiles; 256 MB as float32): larger rasters are refused before decoding. */
export const MAX_DEM_SAMPLES = 64 * 1024 * 1024;

/** Options of {@link importGeoTiff}. */
export interface GeoTiffOptions {
  fileName?: string;
  /** CRS when the file has no EPSG geokey (e.g. 'EPSG:32653'). */
  crs?: string;
}

/**
 * Import a single-band GeoTIFF DEM (any sample type; geographic or projected
 * CRS from its geokeys). Asynchronous because geotiff decodes asynchronously.
 */
export async function importGeoTiff(data: ArrayBuffer | Uint8Array, options: GeoTiffOptions = {}): Promise<ImportResult<TerrainImport>> {
  const file = options.fileName ?? 'dem.tif';
  const buffer = data instanceof Uint8Array ? data.slice().buffer : data;
  try {
    const tiff = await fromArrayBuffer(buffer);
    const image = await tiff.getImage();
    const cols = image.getWidth(), rows = image.getHeight();
    if (cols < 2 || rows < 2) return failedImport(file, none(), `the raster is ${cols}×${rows}: a DEM needs at least 2×2 samples`);
    if (cols * rows > MAX_DEM_SAMPLES) return failedImport(file, none(), `the raster is ${cols}×${rows}, more than the ${MAX_DEM_SAMPLES} samples one DEM import accepts: crop it to the project area`);
    const log = new IssueLog(file);
    if (image.getSamplesPerPixel() > 1) log.warn({ field: 'bands' }, `${image.getSamplesPerPixel()} bands: the first is used as heights`);
    const raster = (await image.readRasters({ samples: [0] }))[0] as ArrayLike<number> & { length: number };
    const heights: HeightArray = raster instanceof Int16Array || raster instanceof Float32Array || raster instanceof Float64Array ? raster : Float32Array.from(raster);
    const noData = image.getGDALNoData() ?? (raster instanceof Int16Array ? -32768 : NaN);
    const keys = image.getGeoKeys() ?? {};
    const code = (keys.ProjectedCSTypeGeoKey ?? keys.GeographicTypeGeoKey) as number | undefined;
    const crsName = options.crs ?? (code && code !== 32767 ? `EPSG:${code}` : undefined);
    if (!crsName) return failedImport(file, none(), 'the GeoTIFF names no EPSG CRS: give the CRS (e.g. EPSG:4326, EPSG:32653)');
    const r = resolveCrs(crsName);
    if (!r.ok) return failedImport(file, none(), r.message, crsName);
    const crs = r.crs;
    const [ox, oy] = image.getOrigin();
    const [rx, ry] = image.getResolution();
    const pixelIsPoint = keys.GTRasterTypeGeoKey === 2;
    const half = pixelIsPoint ? 0 : 0.5;
    const transform = [ox + half * rx, rx, 0, oy + half * ry, 0, ry] as const;
    const tile = new GridDemTile(file, cols, rows, heights, crs === WGS84 || crs.geographic ? { kind: 'affine', transform } : { kind: 'affine', transform, project: (lon, lat) => crs.fromWgs84(lon, lat) }, noData);
    const n = voids(heights, noData, log);
    const out = log.result<TerrainImport>(found(tile), { samples: heights.length, voids: n }, crs.name);
    out.bbox = bboxOf(tile, crs.geographic, (x, y) => crs.toWgs84(x, y));
    return out;
  } catch (e) {
    return failedImport(file, none(), `not a readable GeoTIFF: ${(e as Error).message}`);
  }
}
