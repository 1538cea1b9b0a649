/**
 * The procedural DEM of the synthetic demo region: a plain that rises gently
 * westwards and, west of `mountainLon`, east–west valleys separated by ridges
 * `reliefM` above the valley floors (the Tama valley into Okutama is the
 * model). It is a pure function of its parameters (terrain ref format
 * 'procedural'), so projects reference it without shipping a file.
 *
 * Height in local metres (x east, y north; origin at mountainLon and the
 * bbox's middle latitude):
 * - plain: baseHeightM + PLAIN_SLOPE·(xEast − x) + value noise ±PLAIN_NOISE_M;
 * - mountains (x < 0), blended in over one valley spacing S with a smoothstep:
 *   floor rise FLOOR_GRADIENT·(−x) + reliefM·(1 − cos πu)/2 + fractal noise·u,
 *   where u ∈ [0, 1] is the distance from the nearest valley floor line
 *   y_k(x) = k·S + MEANDER·S·sin(2πx/(2.5·S) + φ_k), beyond a flat floor of
 *   half-width FLOOR_HALF_WIDTH·S, over the half-spacing.
 */
import type { z } from 'zod';
import type { proceduralDemSchema } from '../../model/schema-settings';
import { createLocalProjection, type LocalProjection } from '../geo/local-projection';
import { GridDemTile } from '../terrain/dem-tile';

/** Parameters of a procedural DEM (validated by the project schema). */
export type ProceduralDemParams = z.output<typeof proceduralDemSchema>;

/** Plain gradient towards the west (rises 5 m per km, as Tachikawa → Ome). */
export const PLAIN_SLOPE = 0.005;
/** Amplitude of the plain's undulation, metres. */
export const PLAIN_NOISE_M = 6;
/** River gradient upstream of the mountain edge (1 %). */
export const FLOOR_GRADIENT = 0.01;
/** Valley-floor half-width as a fraction of the valley spacing. */
export const FLOOR_HALF_WIDTH = 0.08;
/** Meander amplitude as a fraction of the valley spacing. */
export const MEANDER = 0.1;

/** The analytic terrain: heights at local metres, and the valley geometry the generator follows. */
export interface ProceduralTerrain {
  params: ProceduralDemParams;
  projection: LocalProjection;
  /** Local x of the east edge, metres. */
  xEastM: number;
  /** Ground height at local metres. */
  heightAtLocalM(xM: number, yM: number): number;
  /** Ground height at WGS 84 degrees. */
  heightM(lonDeg: number, latDeg: number): number;
  /** Local y of the floor centre line of valley k at x (mountains only). */
  valleyCentreYM(k: number, xM: number): number;
}

/** Build the analytic terrain of a parameter set. */
export function createProceduralTerrain(params: ProceduralDemParams): ProceduralTerrain {
  const projection = createLocalProjection(params.mountainLon, (params.south + params.north) / 2);
  const xEastM = projection.toLocal(params.east, (params.south + params.north) / 2)[0];
  const s = params.valleySpacingM;
  const seed = params.seed >>> 0;
  const phase = (k: number) => 2 * Math.PI * hash01(seed, k, 7919);
  const valleyCentreYM = (k: number, x: number) => k * s + MEANDER * s * Math.sin((2 * Math.PI * x) / (2.5 * s) + phase(k));
  const heightAtLocalM = (x: number, y: number): number => {
    const plain = params.baseHeightM + PLAIN_SLOPE * Math.max(0, xEastM - x) + PLAIN_NOISE_M * (valueNoise(seed, x / 1500, y / 1500) * 2 - 1);
    if (x >= 0) return plain;
    const t = smoothstep(Math.min(1, -x / s));
    const k0 = Math.round(y / s);
    let d = Infinity;
    for (let k = k0 - 1; k <= k0 + 1; k++) d = Math.min(d, Math.abs(y - valleyCentreYM(k, x)));
    const fw = FLOOR_HALF_WIDTH * s;
    const u = Math.min(1, Math.max(0, (d - fw) / (s / 2 - fw)));
    const ridge = params.reliefM * (1 - Math.cos(Math.PI * u)) / 2;
    const rough = 0.15 * params.reliefM * u * (fbm(seed + 1, x / (s / 2), y / (s / 2)) * 2 - 1);
    return plain + t * (FLOOR_GRADIENT * -x + ridge + rough);
  };
  const heightM = (lon: number, lat: number) => { const [x, y] = projection.toLocal(lon, lat); return heightAtLocalM(x, y); };
  return { params, projection, xEastM, heightAtLocalM, heightM, valleyCentreYM };
}

/** A materialised procedural DEM: a terrain tile plus a plain sampler. */
export interface ProceduralDemGrid {
  /** The height grid (Float32, geographic, row 0 = north) as a terrain-engine tile. */
  tile: GridDemTile;
  /** Bilinear height at WGS 84 degrees, metres (NaN outside the grid). */
  heightM(lonDeg: number, latDeg: number): number;
}

/**
 * Materialise a procedural DEM as a geographic height grid (cell size
 * `cellSizeM` converted to degrees at the middle latitude) wrapped in a
 * terrain {@link GridDemTile}, with a bilinear sampler `heightM(lon, lat)`.
 * Pure: the same parameters give the same grid. Refuses grids over
 * `maxCells` (default 50 M cells, 200 MB).
 */
export function materialiseProceduralDem(params: ProceduralDemParams, maxCells = 50_000_000): ProceduralDemGrid {
  const terrain = createProceduralTerrain(params);
  const midLat = (params.south + params.north) / 2;
  const dLat = params.cellSizeM / 111_320;
  const dLon = dLat / Math.cos((midLat * Math.PI) / 180);
  const cols = Math.max(2, Math.ceil((params.east - params.west) / dLon) + 1);
  const rows = Math.max(2, Math.ceil((params.north - params.south) / dLat) + 1);
  if (cols * rows > maxCells) throw new RangeError(`the procedural DEM would have ${cols}×${rows} cells, over the ${maxCells} limit: use a larger cellSizeM`);
  const heights = new Float32Array(cols * rows);
  for (let j = 0; j < rows; j++) {
    const lat = params.north - j * dLat;
    for (let i = 0; i < cols; i++) heights[j * cols + i] = terrain.heightM(params.west + i * dLon, lat);
  }
  const tile = new GridDemTile(`procedural-${params.seed}`, cols, rows, heights, { kind: 'latlon', west: params.west, north: params.north, dLonDeg: dLon, dLatDeg: dLat }, NaN);
  return { tile, heightM: (lon, lat) => tile.sample(lon, lat) };
}

function smoothstep(t: number): number {
  return t * t * (3 - 2 * t);
}

/** Deterministic hash of integer lattice coordinates to [0, 1). */
function hash01(seed: number, i: number, j: number): number {
  let h = Math.imul(seed ^ Math.imul(i | 0, 0x27d4eb2d), 0x165667b1) ^ Math.imul(j | 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Smooth value noise in [0, 1) on a unit lattice. */
function valueNoise(seed: number, x: number, y: number): number {
  const i = Math.floor(x), j = Math.floor(y);
  const tx = smoothstep(x - i), ty = smoothstep(y - j);
  const a = hash01(seed, i, j), b = hash01(seed, i + 1, j), c = hash01(seed, i, j + 1), d = hash01(seed, i + 1, j + 1);
  return (a + (b - a) * tx) * (1 - ty) + (c + (d - c) * tx) * ty;
}

/** Three octaves of value noise, in [0, 1). */
function fbm(seed: number, x: number, y: number): number {
  return (valueNoise(seed, x, y) * 4 + valueNoise(seed + 17, x * 2, y * 2) * 2 + valueNoise(seed + 31, x * 4, y * 4)) / 7;
}
