/**
 * Coverage raster: best-server signal, margin and coverage probability on a
 * regular grid (10–100 m cells) over an area or the viewport, for a receiver
 * of the given height and indoor class (default: outdoor meter at 1.5 m).
 *
 * Coarse-to-fine (option `refine`): best servers are computed exactly on a
 * lattice every `step` cells; a block whose four corners have the same
 * servers, the same model and a coupling-loss spread of at most `toleranceDb`
 * and whose exactly computed centre lies within `toleranceDb` of the
 * interpolation is bilinearly interpolated; any other block is split in half along each
 * side (its edge midpoints and centre computed exactly) and the rule applied
 * again, down to single cells. With terrain models (ITM per link) this cuts
 * the work by up to step² while keeping cells near a server change or a
 * terrain feature exact. Interior terrain features smaller than a block whose
 * corners agree are smoothed over: that is the approximation. `refine` off
 * (default) computes every cell.
 */
import { AREA_CLASSES, INDOOR_CLASSES, type IndoorClass } from '../../model/enums';
import type { Scenario } from '../compile/scenario';
import { locateInAreas } from '../compile/area-locate';
import { createLocalProjection } from '../geo/local-projection';
import { checkpoint, type RunControl } from '../run-control';
import type { BestServers, Receivers } from './coupling';
import { chooseMode } from './coverage';
import { STAR_RASTER_LEGEND, type StarRasterLegend } from './legend';
import { STAR_DEFAULTS } from './presets';
import { georeference, gridCentres, type RasterGeoref, type RasterGrid } from './raster-grid';
import { makeReceivers, prepareStar, type StarOptions } from './setup';

/** What to rasterise. */
export interface StarRasterRequest extends StarOptions {
  grid: RasterGrid;
  receiverHeightM?: number;
  indoor?: IndoorClass;
  floor?: number;
  refine?: { step: number; toleranceDb: number };
}

/** A coverage raster: row-major typed arrays, row 0 at the north edge; NaN / −1 = no data. */
export interface StarRaster {
  width: number;
  height: number;
  georef: RasterGeoref;
  /** Uplink signal at the best server, dBm. */
  bestSignalDbm: Float32Array;
  /** Downlink signal from the best server, dBm (NaN when site power is unknown). */
  downlinkDbm: Float32Array;
  marginDb: Float32Array;
  coverageProbability: Float32Array;
  /** Index into `cellIds`, −1 = none. */
  bestCell: Int32Array;
  /** Index into `modes`, −1 = none. */
  mode: Int16Array;
  cellIds: string[];
  modes: string[];
  legend: StarRasterLegend;
  stats: { cells: number; exactCells: number; interpolatedCells: number; coveredFraction: number; terrainLinks: number };
  warnings: string[];
}

function subset(rx: Receivers, idx: Int32Array): Receivers {
  const pick = <T extends Float64Array | Float32Array | Uint8Array>(a: T, make: (n: number) => T): T => { const o = make(idx.length); for (let i = 0; i < idx.length; i++) o[i] = a[idx[i]]; return o; };
  return {
    count: idx.length, xM: pick(rx.xM, (n) => new Float64Array(n)), yM: pick(rx.yM, (n) => new Float64Array(n)), heightM: pick(rx.heightM, (n) => new Float32Array(n)),
    modelIndex: pick(rx.modelIndex, (n) => new Uint8Array(n)), inBuilding: pick(rx.inBuilding, (n) => new Uint8Array(n)), adjunctDb: pick(rx.adjunctDb, (n) => new Float32Array(n)),
  };
}

function scatter(into: BestServers, idx: Int32Array, from: BestServers): void {
  const k = into.k;
  for (let i = 0; i < idx.length; i++) for (let j = 0; j < k; j++) { into.cell[idx[i] * k + j] = from.cell[i * k + j]; into.couplingLossDb[idx[i] * k + j] = from.couplingLossDb[i * k + j]; }
}

/** Compute a coverage raster. */
export function computeStarRaster(scenario: Scenario, req: StarRasterRequest, control?: RunControl): StarRaster {
  const proj = createLocalProjection(scenario.origin.lon0Deg, scenario.origin.lat0Deg);
  const { grid } = req;
  if (!(grid.width >= 1 && grid.height >= 1) || grid.width * grid.height > 25_000_000) throw new RangeError(`raster ${grid.width}×${grid.height} must have 1…25M cells`);
  checkpoint(control, 'raster grid', 0, 1);
  const { xM, yM } = gridCentres(grid, proj);
  const n = xM.length;
  const box = { minXM: Infinity, minYM: Infinity, maxXM: -Infinity, maxYM: -Infinity };
  for (let i = 0; i < n; i++) { box.minXM = Math.min(box.minXM, xM[i]); box.maxXM = Math.max(box.maxXM, xM[i]); box.minYM = Math.min(box.minYM, yM[i]); box.maxYM = Math.max(box.maxYM, yM[i]); }
  const setup = prepareStar(scenario, req, box);
  const area = new Int32Array(n);
  locateInAreas(xM, yM, scenario.areas.rings, area);
  const indoor = INDOOR_CLASSES.indexOf(req.indoor ?? 'outdoor');
  const h = new Float32Array(n).fill(req.receiverHeightM ?? STAR_DEFAULTS.meterAntennaHeightM.value);
  const { rx, sigmaDb } = makeReceivers(setup, xM, yM, h, (i) => (area[i] >= 0 ? scenario.areas.classCode[area[i]] : -1), () => indoor, () => req.floor ?? 0);
  const k = setup.plan.diversity ? setup.k : 1;
  const best: BestServers = { k, cell: new Int32Array(n * k).fill(-1), couplingLossDb: new Float32Array(n * k).fill(NaN) };
  let exact = n;
  if (req.refine && req.refine.step > 1) exact = refineInto(best, rx, grid, req.refine, setup.evaluator, control);
  else scatter(best, Int32Array.from({ length: n }, (_, i) => i), setup.evaluator.bestServers(rx, k, control, 'raster'));
  const out: StarRaster = {
    width: grid.width, height: grid.height, georef: georeference(grid, proj),
    bestSignalDbm: new Float32Array(n).fill(NaN), downlinkDbm: new Float32Array(n).fill(NaN), marginDb: new Float32Array(n).fill(NaN), coverageProbability: new Float32Array(n), bestCell: new Int32Array(n).fill(-1), mode: new Int16Array(n).fill(-1),
    cellIds: setup.cells.ids, modes: setup.plan.modes.map((m) => m.label), legend: STAR_RASTER_LEGEND,
    stats: { cells: n, exactCells: exact, interpolatedCells: n - exact, coveredFraction: 0, terrainLinks: 0 }, warnings: [],
  };
  const per = new Float64Array(k);
  let covered = 0;
  for (let i = 0; i < n; i++) {
    if ((i & 262143) === 0) checkpoint(control, 'raster coverage', i, n);
    const ch = chooseMode(setup.plan, best.couplingLossDb, k, i * k, sigmaDb[i], setup.target, per);
    out.bestCell[i] = best.cell[i * k];
    out.bestSignalDbm[i] = setup.plan.txPowerDbm - best.couplingLossDb[i * k];
    if (best.cell[i * k] >= 0) out.downlinkDbm[i] = setup.cells.txPowerDbm[best.cell[i * k]] - best.couplingLossDb[i * k];
    out.marginDb[i] = ch.marginDb;
    out.coverageProbability[i] = ch.coverageProbability;
    out.mode[i] = ch.mode;
    if (ch.coverageProbability >= setup.target) covered++;
  }
  out.stats.coveredFraction = n ? covered / n : 0;
  out.stats.terrainLinks = setup.evaluator.setup.tables.terrainLinks;
  const cellSizeM = grid.kind === 'local' ? grid.cellM : grid.dLatDeg * 111_000;
  const sizeNote = cellSizeM < 10 || cellSizeM > 100 ? [`cell size ≈ ${cellSizeM.toFixed(0)} m is outside the intended 10–100 m`] : [];
  out.warnings = [...sizeNote, ...setup.plan.notes, ...setup.evaluator.setup.tables.warnings, `models per area class: ${AREA_CLASSES.map((c, i) => `${c}=${setup.models[setup.modelByClass[i]].name}`).join(', ')}`];
  checkpoint(control, 'raster coverage', n, n);
  return out;
}

function refineInto(best: BestServers, rx: Receivers, grid: RasterGrid, refine: { step: number; toleranceDb: number }, ev: ReturnType<typeof prepareStar>['evaluator'], control?: RunControl): number {
  const { width: W, height: H } = grid;
  const step = Math.floor(refine.step), k = best.k;
  const evaluated = new Uint8Array(W * H);
  let exact = 0, level = 0;
  const evaluate = (cells: number[]) => {
    const idx = Int32Array.from(new Set(cells.filter((i) => !evaluated[i])));
    for (const i of idx) evaluated[i] = 1;
    exact += idx.length;
    if (idx.length) scatter(best, idx, ev.bestServers(subset(rx, idx), k, control, `raster (level ${level})`));
  };
  const axis = (n: number) => Array.from(new Set([...Array.from({ length: Math.ceil(n / step) }, (_, i) => i * step), n - 1])).sort((a, b) => a - b);
  const rows = axis(H), cols = axis(W);
  evaluate(rows.flatMap((r) => cols.map((c) => r * W + c)));
  // Blocks [r0, r1] × [c0, c1] between evaluated corners; refined by halving where the corners disagree.
  let blocks: number[][] = [];
  for (let a = 0; a + 1 < rows.length; a++) for (let b = 0; b + 1 < cols.length; b++) blocks.push([rows[a], rows[a + 1], cols[b], cols[b + 1]]);
  if (rows.length === 1 || cols.length === 1) blocks = [];
  while (blocks.length) {
    level++;
    const next: number[][] = [];
    const nodes: number[] = [];
    blocks = blocks.filter(([r0, r1, c0, c1]) => (r1 - r0 + 1) * (c1 - c0 + 1) > 4);
    // Corners agree → also check the block centre (evaluated exactly) against the interpolation.
    const centre = (b: number[]) => ((b[0] + b[1]) >> 1) * W + ((b[2] + b[3]) >> 1);
    const agreeing = blocks.map((b) => agree(best, rx, corners(b, W), k, refine.toleranceDb));
    evaluate(blocks.filter((b, i) => agreeing[i] && b[1] - b[0] >= 2 && b[3] - b[2] >= 2).map(centre));
    blocks.forEach((b, bi) => {
      const [r0, r1, c0, c1] = b;
      const q = corners(b, W);
      if (agreeing[bi] && centreFits(best, q, centre(b), (((r0 + r1) >> 1) - r0) / (r1 - r0 || 1), (((c0 + c1) >> 1) - c0) / (c1 - c0 || 1), k, refine.toleranceDb)) {
        for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) {
          const i = r * W + c;
          if (evaluated[i]) continue;
          const fy = (r - r0) / (r1 - r0 || 1), fx = (c - c0) / (c1 - c0 || 1);
          for (let j = 0; j < k; j++) {
            best.cell[i * k + j] = best.cell[q[0] * k + j];
            best.couplingLossDb[i * k + j] = bilinear(best, q, k, j, fy, fx);
          }
        }
        return;
      }
      const rs = r1 - r0 >= 2 ? [r0, (r0 + r1) >> 1, r1] : [r0, r1];
      const cs = c1 - c0 >= 2 ? [c0, (c0 + c1) >> 1, c1] : [c0, c1];
      for (const r of rs) for (const c of cs) nodes.push(r * W + c);
      for (let a = 0; a + 1 < rs.length; a++) for (let bb = 0; bb + 1 < cs.length; bb++) next.push([rs[a], rs[a + 1], cs[bb], cs[bb + 1]]);
      if (rs.length === 2 && cs.length === 2) for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) nodes.push(r * W + c);
    });
    evaluate(nodes);
    blocks = next;
  }
  return exact;
}

function corners(b: number[], W: number): number[] {
  return [b[0] * W + b[2], b[0] * W + b[3], b[1] * W + b[2], b[1] * W + b[3]];
}

function bilinear(best: BestServers, q: number[], k: number, j: number, fy: number, fx: number): number {
  const v = (a: number) => best.couplingLossDb[a * k + j];
  return (1 - fy) * ((1 - fx) * v(q[0]) + fx * v(q[1])) + fy * ((1 - fx) * v(q[2]) + fx * v(q[3]));
}

/** The exactly evaluated centre has the corners' servers and lies within tolerance of the bilinear value. */
function centreFits(best: BestServers, q: number[], centre: number, fy: number, fx: number, k: number, toleranceDb: number): boolean {
  if (q.includes(centre)) return true;
  for (let j = 0; j < k; j++) {
    if (best.cell[centre * k + j] !== best.cell[q[0] * k + j]) return false;
    if (best.cell[centre * k + j] >= 0 && !(Math.abs(best.couplingLossDb[centre * k + j] - bilinear(best, q, k, j, fy, fx)) <= toleranceDb)) return false;
  }
  return true;
}

/** True when the four corners share their servers and model, and each server's loss spread is within tolerance. */
function agree(best: BestServers, rx: Receivers, q: number[], k: number, toleranceDb: number): boolean {
  const m = rx.modelIndex[q[0]];
  if (rx.modelIndex[q[1]] !== m || rx.modelIndex[q[2]] !== m || rx.modelIndex[q[3]] !== m) return false;
  for (let j = 0; j < k; j++) {
    const c = best.cell[q[0] * k + j];
    let lo = Infinity, hi = -Infinity;
    for (const p of q) {
      if (best.cell[p * k + j] !== c) return false;
      const v = best.couplingLossDb[p * k + j];
      lo = Math.min(lo, v); hi = Math.max(hi, v);
    }
    if (c >= 0 && !(hi - lo <= toleranceDb)) return false;
  }
  return true;
}
