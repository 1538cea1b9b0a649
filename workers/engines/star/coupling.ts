/**
 * Coupling loss between receivers (meters, raster cells) and star cells, and
 * the best server with up to k − 1 alternates.
 *
 *   CL = L_path(d) + L_BEL(θ) + L_indoor − (G_site − A(φ, θ)) − G_meter + L_cable
 *
 * L_path from the registry model of the receiver's area class (link-loss.ts);
 * L_BEL the ITU-R P.2109 building entry loss at the path elevation θ for
 * receivers inside buildings (any indoor class but 'outdoor'); L_indoor the
 * floor-gain / basement adjunct (propagation/indoor.ts); A(φ, θ) the TR 36.814
 * sector attenuation (antenna.ts; 0 for omni cells). θ = atan((h_site − h_rx)/d),
 * from antenna heights above local ground (terrain enters only through ITM).
 *
 * Best server search: a KD-tree over cells, queried in growing radii. The
 * search stops once a lower bound of CL beyond the radius (the smallest
 * tabulated loss at or beyond it, minus the peak gains, plus the receiver's
 * fixed terms and its smallest building entry loss) is no better than the k-th best found, or at the range cap.
 * Result: exactly the k minimum-CL cells within the cap (property-tested
 * against brute force).
 *
 * Terrain models (ITM point-to-point, one profile and one ITM call per link)
 * are too costly to run against every cell in range: candidates are first
 * ranked by the slot's terrain-free proxy model (ITM area mode), and only the
 * `terrainCandidates` best are evaluated over terrain, from which the k best
 * are kept. This is a heuristic: a site hidden by terrain from the proxy's
 * point of view can be missed when more than `terrainCandidates` sites
 * compete; raise it for exactness.
 */
import type KDBush from 'kdbush';
import { buildPointIndex } from '../geo/point-index';
import { checkpoint, type RunControl } from '../run-control';
import { azimuthDeg, sectorAttenuationDb, type SectorPattern } from './antenna';
import { POINTS_PER_DECADE, type PathLossTables } from './link-loss';
import type { StarCells } from './sites';

/** Receivers in structure-of-arrays form. */
export interface Receivers {
  count: number;
  xM: Float64Array;
  yM: Float64Array;
  heightM: Float32Array;
  /** Index into `CouplingSetup.models` (one per area class in use). */
  modelIndex: Uint8Array;
  /** 1 when the receiver is inside a building (P.2109 applies). */
  inBuilding: Uint8Array;
  /** Fixed per-receiver extra loss: indoor adjunct (floor gain, basement…), dB. */
  adjunctDb: Float32Array;
}

/** A model used for some receivers. */
export interface ModelSlot {
  name: string;
  needsProfile: boolean;
  /** Terrain-free model that ranks candidates before terrain models are evaluated (terrain models only). */
  proxy?: string;
}

/** Everything the coupling-loss evaluation needs. */
export interface CouplingSetup {
  cells: StarCells;
  models: ModelSlot[];
  tables: PathLossTables;
  siteGainDbi: number;
  meterGainDbi: number;
  cableLossDb: number;
  /** P.2109 loss by |θ| in 0.1° steps, 0…90° (901 values). */
  belByElevationDb: Float64Array;
  maxRangeM: number;
  minDistanceM: number;
  freqMHz: number;
  /** First search radius, m (default: 1.2·√(k · area per cell), at least 200 m). */
  initialSearchRadiusM?: number;
  /** Terrain models: how many proxy-ranked candidates are evaluated over terrain (≥ k). */
  terrainCandidates: number;
}

/** Top-k result: row i holds receiver i's k best cells (−1 / NaN when fewer). */
export interface BestServers {
  k: number;
  cell: Int32Array;
  couplingLossDb: Float32Array;
}

function sector(cells: StarCells, c: number): SectorPattern {
  return {
    azimuthDeg: cells.azimuthDeg[c], beamwidthDeg: cells.beamwidthDeg[c], downtiltDeg: cells.downtiltDeg[c],
    verticalBeamwidthDeg: cells.verticalBeamwidthDeg[c], maxAttenuationDb: cells.maxAttenuationDb[c], verticalSideLobeDb: cells.verticalSideLobeDb[c],
  };
}

/** Prepared evaluator: tables per (model, cell height, receiver height) are fetched lazily. */
export class CouplingEvaluator {
  private readonly sectors: (SectorPattern | null)[];
  private readonly index: KDBush;
  /** Per model: suffix minimum of all its tables, on the table grid. */
  private readonly lowerBound = new Map<number, Float64Array>();

  constructor(readonly setup: CouplingSetup) {
    const c = setup.cells;
    this.sectors = Array.from({ length: c.count }, (_, i) => (Number.isNaN(c.azimuthDeg[i]) ? null : sector(c, i)));
    this.index = buildPointIndex(c.xM, c.yM);
  }

  /**
   * Coupling loss (dB) of receiver i to cell c; NaN when the model fails.
   * `proxy`: use the terrain-free proxy model of a terrain model.
   */
  pair(rx: Receivers, i: number, c: number, proxy = false): number {
    const s = this.setup;
    const cells = s.cells;
    const dx = rx.xM[i] - cells.xM[c], dy = rx.yM[i] - cells.yM[c];
    const d = Math.max(Math.hypot(dx, dy), s.minDistanceM);
    const hTx = cells.heightM[c], hRx = rx.heightM[i];
    const m = s.models[rx.modelIndex[i]];
    const loss = m.needsProfile && !proxy
      ? s.tables.overTerrain(m.name, cells.xM[c], cells.yM[c], hTx, rx.xM[i], rx.yM[i], hRx)
      : s.tables.lookup(s.tables.table(m.needsProfile ? m.proxy! : m.name, hTx, hRx), d);
    const thetaDeg = (Math.atan2(hTx - hRx, d) * 180) / Math.PI;
    let gain = s.siteGainDbi;
    const sec = this.sectors[c];
    if (sec) gain -= sectorAttenuationDb(azimuthDeg(cells.xM[c], cells.yM[c], rx.xM[i], rx.yM[i]) - sec.azimuthDeg, thetaDeg, sec);
    const bel = rx.inBuilding[i] ? s.belByElevationDb[Math.min(900, Math.round(Math.abs(thetaDeg) * 10))] : 0;
    return loss + bel + rx.adjunctDb[i] - gain - s.meterGainDbi + s.cableLossDb;
  }

  private boundTable(rx: Receivers, i: number): Float64Array {
    const mi = rx.modelIndex[i];
    let lb = this.lowerBound.get(mi);
    if (!lb) {
      const slot = this.setup.models[mi];
      const heights = [...new Set(this.setup.cells.heightM)];
      const rxHeights = [...new Set(Array.from(rx.heightM))];
      const tables = heights.flatMap((h) => rxHeights.map((r) => this.setup.tables.table(slot.needsProfile ? slot.proxy! : slot.name, h, r)));
      const n = tables[0].length;
      lb = new Float64Array(n).fill(Infinity);
      for (const t of tables) for (let j = 0; j < n; j++) if (t[j] < lb[j]) lb[j] = t[j];
      for (let j = n - 2; j >= 0; j--) if (lb[j + 1] < lb[j] || lb[j] !== lb[j]) lb[j] = lb[j + 1];
      this.lowerBound.set(mi, lb);
    }
    return lb;
  }

  /** Lower bound of the (proxy) path loss of any cell at distance ≥ r from receiver i. */
  private lossBound(rx: Receivers, i: number, r: number): number {
    const lb = this.boundTable(rx, i);
    const u = (Math.log10(Math.max(r, this.setup.minDistanceM)) - Math.log10(this.setup.minDistanceM)) * POINTS_PER_DECADE;
    return lb[Math.max(0, Math.min(lb.length - 1, Math.floor(u)))];
  }

  /** The k best cells of every receiver. */
  bestServers(rx: Receivers, k: number, control?: RunControl, stage = 'best server'): BestServers {
    const n = rx.count;
    const cell = new Int32Array(n * k).fill(-1);
    const cl = new Float32Array(n * k).fill(NaN);
    const s = this.setup;
    const area = Math.max(1, spanArea(s.cells));
    const r0 = Math.min(s.maxRangeM, s.initialSearchRadiusM ?? Math.max(200, 1.2 * Math.sqrt((area / Math.max(1, s.cells.count)) * k)));
    const mMax = Math.max(k, s.terrainCandidates);
    const bestL = new Float64Array(mMax), bestC = new Int32Array(mMax);
    const fixed = s.meterGainDbi + s.siteGainDbi - s.cableLossDb;
    // P.2109 grows with |θ| (eq. 3), so its horizontal-path value bounds it from below.
    let minBel = Infinity;
    for (const v of s.belByElevationDb) minBel = Math.min(minBel, v);
    for (let i = 0; i < n; i++) {
      if ((i & 4095) === 0) checkpoint(control, stage, i, n);
      const terrain = s.models[rx.modelIndex[i]].needsProfile;
      const m = terrain ? mMax : k;
      bestL.fill(Infinity);
      bestC.fill(-1);
      let prevR = -1;
      for (let r = r0; ; r *= 2) {
        const rr = Math.min(r, s.maxRangeM);
        const ids = this.index.within(rx.xM[i], rx.yM[i], rr);
        for (const c of ids) {
          if (c >= s.cells.count) continue;
          if (prevR >= 0 && Math.hypot(rx.xM[i] - s.cells.xM[c], rx.yM[i] - s.cells.yM[c]) <= prevR) continue;
          insert(bestL, bestC, m, this.pair(rx, i, c, terrain), c);
        }
        if (rr >= s.maxRangeM) break;
        const bound = this.lossBound(rx, i, rr) + rx.adjunctDb[i] + (rx.inBuilding[i] ? minBel : 0) - fixed;
        if (bestC[m - 1] >= 0 && bound >= bestL[m - 1]) break;
        prevR = rr;
      }
      if (terrain) {
        const cand = Array.from(bestC.subarray(0, m)).filter((c) => c >= 0);
        bestL.fill(Infinity);
        bestC.fill(-1);
        for (const c of cand) insert(bestL, bestC, k, this.pair(rx, i, c), c);
      }
      for (let j = 0; j < k; j++) {
        if (bestC[j] < 0) break;
        cell[i * k + j] = bestC[j];
        cl[i * k + j] = bestL[j];
      }
    }
    checkpoint(control, stage, n, n);
    return { k, cell, couplingLossDb: cl };
  }
}

/** Insert (v, c) into the ascending top-m arrays when it beats the m-th entry. */
function insert(bestL: Float64Array, bestC: Int32Array, m: number, v: number, c: number): void {
  if (!(v < bestL[m - 1])) return;
  let j = m - 1;
  while (j > 0 && bestL[j - 1] > v) { bestL[j] = bestL[j - 1]; bestC[j] = bestC[j - 1]; j--; }
  bestL[j] = v;
  bestC[j] = c;
}

function spanArea(c: StarCells): number {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < c.count; i++) {
    x0 = Math.min(x0, c.xM[i]); x1 = Math.max(x1, c.xM[i]);
    y0 = Math.min(y0, c.yM[i]); y1 = Math.max(y1, c.yM[i]);
  }
  return (x1 - x0) * (y1 - y0);
}
