/**
 * Digital elevation model tiles: a grid of heights with a georeference, and
 * bilinear sampling that never returns a void as a height.
 *
 * Georeference maps sample indices (col, row) — sample *points*, i.e. grid
 * nodes — to coordinates:
 * - `latlon`: SRTM style, lon = west + col·dLon, lat = north − row·dLat;
 * - `affine`: a GDAL-style geotransform [x0, dx/dcol, dx/drow, y0, dy/dcol,
 *   dy/drow] applied to (col, row), with an optional `project(lon, lat)`
 *   into the raster's CRS (identity for geographic rasters). A GeoTIFF reader
 *   (another module) passes its PixelIsArea transform shifted by half a pixel
 *   so that it addresses pixel centres.
 * Any reader that can produce a {@link DemTile} (GeoTIFF, mosaics, tests) plugs
 * into the profile and cache code.
 */
import { bilinearSample, type SampleResult } from './sampling';

/** Anything that returns terrain height (m) at a point, NaN where unknown. */
export interface HeightSampler {
  sample(lonDeg: number, latDeg: number): number;
}

/** One DEM tile. */
export interface DemTile extends HeightSampler {
  /** Stable identity for caches (e.g. "N49E011"). */
  readonly id: string;
  /** Bounds in the raster coordinates (degrees for SRTM and other geographic rasters). */
  readonly bounds: { west: number; south: number; east: number; north: number };
  /** Memory held by the tile, bytes (for the LRU cache). */
  readonly byteSize: number;
  /** Height with void/fill flags. */
  sampleDetailed(lonDeg: number, latDeg: number): SampleResult;
}

/** Grid georeference; see the module comment. */
export type GridGeoref =
  | { kind: 'latlon'; west: number; north: number; dLonDeg: number; dLatDeg: number }
  | { kind: 'affine'; transform: readonly [number, number, number, number, number, number]; project?: (lonDeg: number, latDeg: number) => [number, number] };

/** Raw height storage. Values equal to `noData` or NaN are voids. */
export type HeightArray = Int16Array | Float32Array | Float64Array;

/** A DEM tile over a regular grid of `width` × `height` samples, row-major from the first row. */
export class GridDemTile implements DemTile {
  readonly bounds: DemTile['bounds'];
  private readonly inv: [number, number, number, number, number, number];

  constructor(
    readonly id: string,
    readonly width: number,
    readonly height: number,
    readonly heights: HeightArray,
    readonly georef: GridGeoref,
    /** Void marker; SRTM uses −32768. NaN is always a void. */
    readonly noData: number = -32768,
  ) {
    if (width < 2 || height < 2 || heights.length !== width * height) throw new RangeError(`grid ${width}×${height} does not match ${heights.length} heights`);
    const t = georef.kind === 'latlon'
      ? [georef.west, georef.dLonDeg, 0, georef.north, 0, -georef.dLatDeg] as const
      : georef.transform;
    const det = t[1] * t[5] - t[2] * t[4];
    if (!Number.isFinite(det) || det === 0) throw new RangeError('degenerate georeference');
    // Inverse: col = ((x − x0)·t5 − (y − y0)·t2)/det, row = ((y − y0)·t1 − (x − x0)·t4)/det
    this.inv = [t[0], t[3], t[5] / det, -t[2] / det, -t[4] / det, t[1] / det];
    const xs = [t[0], t[0] + t[1] * (width - 1), t[0] + t[2] * (height - 1), t[0] + t[1] * (width - 1) + t[2] * (height - 1)];
    const ys = [t[3], t[3] + t[4] * (width - 1), t[3] + t[5] * (height - 1), t[3] + t[4] * (width - 1) + t[5] * (height - 1)];
    this.bounds = { west: Math.min(...xs), east: Math.max(...xs), south: Math.min(...ys), north: Math.max(...ys) };
  }

  get byteSize(): number {
    return this.heights.byteLength;
  }

  /** Fractional grid coordinates (col, row) of a point. */
  toGrid(lonDeg: number, latDeg: number): [number, number] {
    let x = lonDeg;
    let y = latDeg;
    if (this.georef.kind === 'affine' && this.georef.project) [x, y] = this.georef.project(lonDeg, latDeg);
    const [x0, y0, a, b, c, d] = this.inv;
    const dx = x - x0;
    const dy = y - y0;
    return [a * dx + b * dy, c * dx + d * dy];
  }

  sample(lonDeg: number, latDeg: number): number {
    const [col, row] = this.toGrid(lonDeg, latDeg);
    return bilinearSample(this.heights, this.width, this.height, col, row, this.noData).heightM;
  }

  sampleDetailed(lonDeg: number, latDeg: number): SampleResult {
    const [col, row] = this.toGrid(lonDeg, latDeg);
    return bilinearSample(this.heights, this.width, this.height, col, row, this.noData);
  }
}
