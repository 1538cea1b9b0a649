/**
 * Spatial neighbour statistics of meters: for each meter the number of other
 * meters within a radius and the distance to the nearest one; summarised over
 * the project and per area. Planners read these as a first density check
 * (mesh wants neighbours within radio range; isolated meters hint at star).
 */
import { buildPointIndex, nearestOtherDistanceM } from '../geo/point-index';
import { checkpoint, type RunControl } from '../run-control';
import { quantileSorted } from './quantile';

/** Inputs: meter positions in local metres and optional area membership. */
export interface NeighbourStatsInput {
  xM: Float64Array;
  yM: Float64Array;
  areaIndex?: Int32Array;
  areaCount?: number;
}

export interface NeighbourStatsOptions {
  radiusM: number;
  /** Nearest-neighbour search stops here; farther neighbours count as isolated (Infinity). */
  maxSearchM?: number;
}

/** Summary figures over a set of meters. */
export interface NeighbourSummary {
  meters: number;
  meanNeighbours: number;
  maxNeighbours: number;
  medianNearestM: number;
  p95NearestM: number;
  /** Meters with no other meter within the radius. */
  isolated: number;
}

export interface NeighbourStatsResult {
  neighbourCount: Uint32Array;
  nearestM: Float32Array;
  summary: NeighbourSummary;
  perArea: NeighbourSummary[];
  /** Histogram of neighbour counts: bin k counts meters with k neighbours (last bin: ≥ length−1). */
  histogram: Uint32Array;
}

const CHUNK = 1024;
const HISTOGRAM_BINS = 64;

/** Compute neighbour counts and nearest distances for every meter. */
export function neighbourStats(input: NeighbourStatsInput, options: NeighbourStatsOptions, control?: RunControl): NeighbourStatsResult {
  const { xM, yM } = input;
  const n = xM.length;
  const r = options.radiusM;
  if (!(r > 0) || !Number.isFinite(r)) throw new RangeError(`radiusM must be a positive finite number, got ${r}`);
  const maxSearch = options.maxSearchM ?? Math.max(r * 16, 5000);
  checkpoint(control, 'index', 0, n);
  const index = buildPointIndex(xM, yM);
  const neighbourCount = new Uint32Array(n);
  const nearestM = new Float32Array(n);
  for (let start = 0; start < n; start += CHUNK) {
    checkpoint(control, 'neighbours', start, n);
    const end = Math.min(n, start + CHUNK);
    for (let i = start; i < end; i++) {
      const ids = index.within(xM[i], yM[i], r);
      let best = Infinity;
      let count = 0;
      for (const j of ids) {
        if (j === i || j >= n) continue;
        count++;
        const d = Math.hypot(xM[j] - xM[i], yM[j] - yM[i]);
        if (d < best) best = d;
      }
      neighbourCount[i] = count;
      nearestM[i] = count > 0 ? best : nearestOtherDistanceM(index, xM, yM, i, r * 2, maxSearch);
    }
  }
  checkpoint(control, 'neighbours', n, n);
  const histogram = new Uint32Array(HISTOGRAM_BINS);
  for (let i = 0; i < n; i++) histogram[Math.min(HISTOGRAM_BINS - 1, neighbourCount[i])]++;
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const perArea: NeighbourSummary[] = [];
  const areas = input.areaCount ?? 0;
  if (input.areaIndex && areas > 0) {
    const buckets: number[][] = Array.from({ length: areas }, () => []);
    for (let i = 0; i < n; i++) if (input.areaIndex[i] >= 0) buckets[input.areaIndex[i]].push(i);
    for (const b of buckets) perArea.push(summarise(b, neighbourCount, nearestM));
  }
  return { neighbourCount, nearestM, summary: summarise(all, neighbourCount, nearestM), perArea, histogram };
}

function summarise(members: ArrayLike<number>, count: Uint32Array, nearest: Float32Array): NeighbourSummary {
  const m = members.length;
  if (m === 0) return { meters: 0, meanNeighbours: 0, maxNeighbours: 0, medianNearestM: NaN, p95NearestM: NaN, isolated: 0 };
  let sum = 0, max = 0, isolated = 0;
  const d = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const i = members[k];
    sum += count[i];
    if (count[i] > max) max = count[i];
    if (count[i] === 0) isolated++;
    d[k] = nearest[i];
  }
  d.sort();
  return { meters: m, meanNeighbours: sum / m, maxNeighbours: max, medianNearestM: quantileSorted(d, 0.5), p95NearestM: quantileSorted(d, 0.95), isolated };
}
