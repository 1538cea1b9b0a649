/**
 * Propagation and terrain benchmarks: µs per call of P.2109 (goal within
 * 1.5× of the 0.74 µs reference C++ figure), of the Hata family and P.1411,
 * and path-profile extraction throughput over a synthetic SRTM1-size tile.
 */
import { microsPerCall, printTable } from './lib';
import { p2109BuildingEntryLoss } from '../workers/engines/propagation/p2109';
import { cost231HataLoss, hataLoss } from '../workers/engines/propagation/hata';
import { seamcatHataLoss } from '../workers/engines/propagation/seamcat-hata';
import { p1411BelowRooftopLoss, p1411LowHeightLoss } from '../workers/engines/propagation/p1411';
import { p2108TerrestrialClutterLoss } from '../workers/engines/propagation/p2108';
import { freeSpaceLoss } from '../workers/engines/propagation/free-space';
import { GridDemTile } from '../workers/engines/terrain/dem-tile';
import { pathProfile } from '../workers/engines/terrain/profile';

const P2109_REFERENCE_US = 0.74;

/** Deterministic LCG in [0, 1) so runs repeat. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const rnd = lcg(42);
const N = 1024;
const f = Array.from({ length: N }, () => 0.08 + rnd() * 99.9);
const p = Array.from({ length: N }, () => 0.001 + rnd() * 0.998);
const th = Array.from({ length: N }, () => -90 + rnd() * 180);
const dKm = Array.from({ length: N }, () => 0.02 + rnd() * 19.9);
const fMHz = Array.from({ length: N }, () => 150 + rnd() * 1350);
let i = 0;
const next = () => (i = (i + 1) & (N - 1));

const rows: Record<string, string | number>[] = [];
const p2109Us = microsPerCall(() => p2109BuildingEntryLoss({ freqGHz: f[next()], probability: p[i], buildingType: i & 1 ? 'traditional' : 'thermally-efficient', elevationDeg: th[i] }), { batch: 20000 });
rows.push({ model: 'P.2109 building entry', usPerCall: p2109Us, reference: P2109_REFERENCE_US, ratio: p2109Us / P2109_REFERENCE_US, goal: '≤ 1.5×' });
const timed: [string, () => unknown][] = [
  ['P.525 free space', () => freeSpaceLoss({ freqMHz: fMHz[next()], distanceKm: dKm[i] })],
  ['Okumura–Hata urban', () => hataLoss({ freqMHz: fMHz[next()], distanceKm: dKm[i], baseHeightM: 30, mobileHeightM: 1.5 }, 'urban-small')],
  ['Okumura–Hata open', () => hataLoss({ freqMHz: fMHz[next()], distanceKm: dKm[i], baseHeightM: 30, mobileHeightM: 1.5 }, 'open')],
  ['COST-231 Hata', () => cost231HataLoss({ freqMHz: 1500 + fMHz[next()] / 3, distanceKm: dKm[i], baseHeightM: 30, mobileHeightM: 1.5 })],
  ['SEAMCAT Extended Hata', () => seamcatHataLoss({ freqMHz: fMHz[next()], distanceKm: dKm[i], txHeightM: 10, rxHeightM: 1.5, environment: 'suburban' })],
  ['P.1411 §4.1.1 NLoS p%', () => p1411BelowRooftopLoss({ freqMHz: 920, distanceKm: dKm[next()] / 20, environment: 'urban-high-rise', lineOfSight: false, locationPercent: 100 * p[i] })],
  ['P.1411 §4.3.1 low height', () => p1411LowHeightLoss({ freqMHz: 920, distanceKm: dKm[next()] / 20, environment: 'urban', locationPercent: 100 * p[i] })],
  ['P.2108 §3.2 clutter', () => p2108TerrestrialClutterLoss({ freqGHz: 0.5 + f[next()] / 2, distanceKm: 0.25 + dKm[i], locationPercent: 100 * p[i] })],
];
for (const [name, fn] of timed) rows.push({ model: name, usPerCall: microsPerCall(fn, { batch: 20000 }), reference: '', ratio: '', goal: '' });
printTable('Propagation models, µs per call (varied inputs)', rows);

// Profile extraction over a synthetic 3601×3601 SRTM1-size tile (1″ grid, 26 MB Int16).
const size = 3601;
const heights = new Int16Array(size * size);
for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) heights[r * size + c] = Math.round(200 + 150 * Math.sin(r / 97) * Math.cos(c / 131) + ((r * 7 + c * 13) % 17));
for (let k = 0; k < 2000; k++) heights[Math.floor(rnd() * heights.length)] = -32768;
const tile = new GridDemTile('N35E139', size, size, heights, { kind: 'latlon', west: 139, north: 36, dLonDeg: 1 / 3600, dLatDeg: 1 / 3600 });
const ends = Array.from({ length: 256 }, () => [139.05 + rnd() * 0.9, 35.05 + rnd() * 0.9, 139.05 + rnd() * 0.9, 35.05 + rnd() * 0.9]);
const profileRows: Record<string, string | number>[] = [];
for (const spacingM of [30, 100]) {
  let points = 0;
  let count = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1500) {
    for (const [a, b, c, d] of ends) {
      const r = pathProfile(tile, { lonDeg: a, latDeg: b }, { lonDeg: c, latDeg: d }, { spacingM });
      if (r.ok) points += r.pfl[0] + 1;
      count++;
    }
  }
  const s = (performance.now() - t0) / 1000;
  profileRows.push({ spacingM, meanPoints: Math.round(points / count), profilesPerS: count / s, pointsPerS: points / s, usPerPoint: (1e6 * s) / points });
}
printTable('Path profiles over a 3601×3601 tile (random paths up to ~130 km)', profileRows);
