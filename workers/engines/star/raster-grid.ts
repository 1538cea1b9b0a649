/**
 * Raster grids for coverage maps, and their georeference.
 *
 * Two kinds: a grid in the Scenario's local metres (what the map overlays, with
 * its four corners in lon/lat for a MapLibre image source), or a grid regular
 * in lon/lat (EPSG:4326, what a GeoTIFF export carries). Row 0 is the north
 * edge in both; cell (col, row) covers [x0 + col·Δx, x0 + (col+1)·Δx] ×
 * [y0 − (row+1)·Δy, y0 − row·Δy] and is evaluated at its centre.
 *
 * Degree lengths at latitude φ (WGS 84 series, e.g. the NGA/NIMA "length of a
 * degree" formulas): meridian 111 132.954 − 559.822·cos 2φ + 1.175·cos 4φ m,
 * parallel 111 412.84·cos φ − 93.5·cos 3φ + 0.118·cos 5φ m.
 */
import type { LocalProjection } from '../geo/local-projection';

/** A raster grid definition. */
export type RasterGrid =
  | { kind: 'local'; westM: number; northM: number; cellM: number; width: number; height: number }
  | { kind: 'lonlat'; westDeg: number; northDeg: number; dLonDeg: number; dLatDeg: number; width: number; height: number };

/** Georeference of a raster result. */
export interface RasterGeoref {
  grid: RasterGrid;
  /** Local projection origin the Scenario uses. */
  origin: { lon0Deg: number; lat0Deg: number };
  /** Outer corners in lon/lat, MapLibre image-source order: top-left, top-right, bottom-right, bottom-left. */
  cornersLonLat: [[number, number], [number, number], [number, number], [number, number]];
  /** Bounding box of the corners, [west, south, east, north] degrees. */
  bboxLonLat: [number, number, number, number];
}

const DEG = Math.PI / 180;

/** Metres per degree of latitude and of longitude at `latDeg`. */
export function metresPerDegree(latDeg: number): { lat: number; lon: number } {
  const p = latDeg * DEG;
  return {
    lat: 111132.954 - 559.822 * Math.cos(2 * p) + 1.175 * Math.cos(4 * p),
    lon: 111412.84 * Math.cos(p) - 93.5 * Math.cos(3 * p) + 0.118 * Math.cos(5 * p),
  };
}

/** Cell-centre coordinates in local metres. */
export function gridCentres(grid: RasterGrid, proj: LocalProjection): { xM: Float64Array; yM: Float64Array } {
  const n = grid.width * grid.height;
  const xM = new Float64Array(n), yM = new Float64Array(n);
  for (let r = 0; r < grid.height; r++) {
    for (let c = 0; c < grid.width; c++) {
      const i = r * grid.width + c;
      if (grid.kind === 'local') {
        xM[i] = grid.westM + (c + 0.5) * grid.cellM;
        yM[i] = grid.northM - (r + 0.5) * grid.cellM;
      } else {
        const [x, y] = proj.toLocal(grid.westDeg + (c + 0.5) * grid.dLonDeg, grid.northDeg - (r + 0.5) * grid.dLatDeg);
        xM[i] = x;
        yM[i] = y;
      }
    }
  }
  return { xM, yM };
}

/** The georeference of a grid. */
export function georeference(grid: RasterGrid, proj: LocalProjection): RasterGeoref {
  let corners: RasterGeoref['cornersLonLat'];
  if (grid.kind === 'local') {
    const e = grid.westM + grid.width * grid.cellM, s = grid.northM - grid.height * grid.cellM;
    corners = [proj.toLonLat(grid.westM, grid.northM), proj.toLonLat(e, grid.northM), proj.toLonLat(e, s), proj.toLonLat(grid.westM, s)];
  } else {
    const e = grid.westDeg + grid.width * grid.dLonDeg, s = grid.northDeg - grid.height * grid.dLatDeg;
    corners = [[grid.westDeg, grid.northDeg], [e, grid.northDeg], [e, s], [grid.westDeg, s]];
  }
  const lons = corners.map((c) => c[0]), lats = corners.map((c) => c[1]);
  return { grid, origin: { lon0Deg: proj.lon0Deg, lat0Deg: proj.lat0Deg }, cornersLonLat: corners, bboxLonLat: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] };
}

/** A local-metre grid covering a box at `cellM`, snapped outwards to whole cells. */
export function localGridForBox(box: { minXM: number; minYM: number; maxXM: number; maxYM: number }, cellM: number): RasterGrid {
  if (!(cellM > 0)) throw new RangeError(`cellM must be > 0, got ${cellM}`);
  const westM = Math.floor(box.minXM / cellM) * cellM, northM = Math.ceil(box.maxYM / cellM) * cellM;
  return { kind: 'local', westM, northM, cellM, width: Math.max(1, Math.ceil((box.maxXM - westM) / cellM)), height: Math.max(1, Math.ceil((northM - box.minYM) / cellM)) };
}

/** A lon/lat grid covering a local box with cells of about `cellM` at its centre latitude. */
export function lonLatGridForBox(box: { minXM: number; minYM: number; maxXM: number; maxYM: number }, cellM: number, proj: LocalProjection): RasterGrid {
  if (!(cellM > 0)) throw new RangeError(`cellM must be > 0, got ${cellM}`);
  const pts = [proj.toLonLat(box.minXM, box.minYM), proj.toLonLat(box.maxXM, box.minYM), proj.toLonLat(box.maxXM, box.maxYM), proj.toLonLat(box.minXM, box.maxYM)];
  const w = Math.min(...pts.map((p) => p[0])), e = Math.max(...pts.map((p) => p[0]));
  const s = Math.min(...pts.map((p) => p[1])), n = Math.max(...pts.map((p) => p[1]));
  const m = metresPerDegree((s + n) / 2);
  const dLatDeg = cellM / m.lat, dLonDeg = cellM / m.lon;
  return { kind: 'lonlat', westDeg: w, northDeg: n, dLonDeg, dLatDeg, width: Math.max(1, Math.ceil((e - w) / dLonDeg)), height: Math.max(1, Math.ceil((n - s) / dLatDeg)) };
}

/** Bounding box of flat rings [x0, y0, x1, y1, …]. */
export function ringsBox(rings: readonly Float64Array[]): { minXM: number; minYM: number; maxXM: number; maxYM: number } {
  let minXM = Infinity, minYM = Infinity, maxXM = -Infinity, maxYM = -Infinity;
  for (const r of rings) for (let i = 0; i < r.length; i += 2) {
    minXM = Math.min(minXM, r[i]); maxXM = Math.max(maxXM, r[i]); minYM = Math.min(minYM, r[i + 1]); maxYM = Math.max(maxYM, r[i + 1]);
  }
  return { minXM, minYM, maxXM, maxYM };
}
