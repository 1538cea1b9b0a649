/**
 * Scenario copies the planner evaluates layouts on: a subset of the meters
 * (one area), and candidate sites turned into collectors of one medium and
 * profile. Pure; typed arrays are copied, shared vocabularies are not.
 */
import { MEDIA, type Medium } from '../../model';
import type { Scenario } from '../compile/scenario';
import { buildPointIndex, hasPointWithin } from '../geo/point-index';

/** A Scenario copy whose collectors are the candidate sites `siteIndices` (medium and profile as given). */
export function withCollectorsAt(s: Scenario, siteIndices: ArrayLike<number>, medium: Medium, profileIndex: number, heightM?: number): Scenario {
  const idx = Array.from(siteIndices);
  return {
    ...s,
    collectors: {
      count: idx.length,
      ids: idx.map((i) => `plan@${s.sites.ids[i]}`),
      xM: Float64Array.from(idx, (i) => s.sites.xM[i]),
      yM: Float64Array.from(idx, (i) => s.sites.yM[i]),
      heightM: Float32Array.from(idx, (i) => heightM ?? s.sites.heightM[i]),
      mediumCode: new Uint8Array(idx.length).fill(MEDIA.indexOf(medium)),
      profileIndex: new Int32Array(idx.length).fill(profileIndex),
    },
  };
}

/** A Scenario copy holding only the meters `meterIndices` (in that order). */
export function subScenario(s: Scenario, meterIndices: Int32Array): Scenario {
  const m = s.meters, I = meterIndices;
  return {
    ...s,
    meters: {
      count: I.length, ids: Array.from(I, (i) => m.ids[i]),
      xM: Float64Array.from(I, (i) => m.xM[i]), yM: Float64Array.from(I, (i) => m.yM[i]), heightM: Float32Array.from(I, (i) => m.heightM[i]),
      floor: Int16Array.from(I, (i) => m.floor[i]), indoorCode: Uint8Array.from(I, (i) => m.indoorCode[i]),
      areaIndex: Int32Array.from(I, (i) => m.areaIndex[i]), transformerIndex: Int32Array.from(I, (i) => m.transformerIndex[i]),
    },
  };
}

/** Meter indices per area (index = area; the last entry holds meters outside every area). */
export function metersByArea(s: Scenario): Int32Array[] {
  const lists: number[][] = Array.from({ length: s.areas.count + 1 }, () => []);
  for (let i = 0; i < s.meters.count; i++) lists[s.meters.areaIndex[i] >= 0 ? s.meters.areaIndex[i] : s.areas.count].push(i);
  return lists.map((l) => Int32Array.from(l));
}

/**
 * Candidate sites near the given meters (within `rangeM` of one), thinned to
 * the cheapest site of each kind (pole, rooftop, transformer, tower) per grid
 * cell of `cellM` (ties: the first), so a dearer rooftop stays a candidate
 * beside a cheap pole. Returns site indices and the cluster (2·cellM cell)
 * id of each.
 */
export function candidateSites(s: Scenario, meterIndices: Int32Array, rangeM: number, cellM: number): { sites: Int32Array; cluster: Int32Array } {
  if (meterIndices.length === 0 || s.sites.count === 0) return { sites: new Int32Array(0), cluster: new Int32Array(0) };
  const mx = Float64Array.from(meterIndices, (i) => s.meters.xM[i]), my = Float64Array.from(meterIndices, (i) => s.meters.yM[i]);
  const index = buildPointIndex(mx, my);
  const best = new Map<string, number>();
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < mx.length; i++) { x0 = Math.min(x0, mx[i]); x1 = Math.max(x1, mx[i]); y0 = Math.min(y0, my[i]); y1 = Math.max(y1, my[i]); }
  for (let j = 0; j < s.sites.count; j++) {
    const x = s.sites.xM[j], y = s.sites.yM[j];
    if (x < x0 - rangeM || x > x1 + rangeM || y < y0 - rangeM || y > y1 + rangeM) continue;
    if (!hasPointWithin(index, mx.length, x, y, rangeM)) continue;
    const key = `${Math.floor(x / cellM)},${Math.floor(y / cellM)},${s.sites.kindCode[j]}`;
    const cur = best.get(key);
    if (cur === undefined || s.sites.costFactor[j] < s.sites.costFactor[cur]) best.set(key, j);
  }
  const sites = Int32Array.from([...best.values()].sort((a, b) => a - b));
  const clusterOf = new Map<string, number>();
  const cluster = Int32Array.from(sites, (j) => {
    const key = `${Math.floor(s.sites.xM[j] / (2 * cellM))},${Math.floor(s.sites.yM[j] / (2 * cellM))}`;
    let c = clusterOf.get(key);
    if (c === undefined) clusterOf.set(key, (c = clusterOf.size));
    return c;
  });
  return { sites, cluster };
}

const allMeterCandidates = new WeakMap<Scenario, Map<string, { sites: Int32Array; cluster: Int32Array }>>();

/** candidateSites over all of `s`'s meters, memoised per Scenario object (every profile of an area with the same range and cell shares it). */
export function candidateSitesOfAll(s: Scenario, rangeM: number, cellM: number): { sites: Int32Array; cluster: Int32Array } {
  let m = allMeterCandidates.get(s);
  if (!m) allMeterCandidates.set(s, (m = new Map()));
  const key = `${rangeM}|${cellM}`;
  let r = m.get(key);
  if (!r) m.set(key, (r = candidateSites(s, Int32Array.from({ length: s.meters.count }, (_, i) => i), rangeM, cellM)));
  return r;
}
