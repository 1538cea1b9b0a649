/**
 * RF mesh link graph: for every meter and mesh collector, the best k
 * neighbours (lowest ETX among the nearest k × candidateFactor in range; ×4
 * for collectors) within the profile's range, each with a link budget, a PDR
 * under log-normal shadowing and an ETX; links above MAX_LINK_METRIC
 * (RFC 6719, ETX 4) are left out.
 *
 * Link budget (dB):  RSL = P_tx + G_tx − L_cable,tx − PL(d) − L_end,tx − L_end,rx + G_rx − L_cable,rx
 *                    margin = RSL − sensitivity (most robust PHY mode of the profile)
 * PL comes from the propagation registry by the meter end's area class
 * (P.1411 in built-up classes, ITM area mode or Hata in rural/mountainous),
 * tabulated over distance; d is the 3-D distance (floors count). End losses
 * are P.2109 entry loss plus indoor adjuncts (end-loss.ts). Shadowing σ is the
 * area class's σ, combined with the indoor σ for each indoor end
 * (σ² = σ_area² + n_indoor·σ_indoor²). ETX = 1/(PDR_data · PDR_ack), the
 * ACK going the other way.
 */
import type { AreaClass } from '../../model/enums';
import { AREA_CLASSES, INDOOR_CLASSES } from '../../model/enums';
import type { MeshProfile } from '../../model/types';
import { buildPointIndex } from '../geo/point-index';
import type { IndoorParams } from '../propagation/indoor';
import type { PropagationRegistry } from '../propagation/registry';
import { checkpoint, type RunControl } from '../run-control';
import { endLossesDb } from './end-loss';
import { EdgeBuilder, type LinkGraph } from './link-graph';
import type { RfLinkDefaults } from './link-defaults';
import { createScratch, nearestCandidates } from './neighbours';
import { gammaAtSensitivity } from './packet-error';
import { PathLossTable } from './path-loss-table';
import { PdrTable } from './shadowed-pdr';

export interface MeshLinkInput {
  meters: { count: number; xM: Float64Array; yM: Float64Array; heightM: Float32Array; floor: Int16Array; indoorCode: Uint8Array; areaIndex: Int32Array };
  /** The mesh collectors (border routers) only. */
  collectors: { count: number; xM: Float64Array; yM: Float64Array; heightM: Float32Array };
  /** Area class code (index into AREA_CLASSES) per area. */
  areaClassCode: Uint8Array;
}

export interface MeshLinkOptions {
  profile: MeshProfile;
  registry: PropagationRegistry;
  sigmaDbByClass: Record<AreaClass, number>;
  /** Class assumed for meters outside every area. */
  outsideAreaClass: AreaClass;
  indoorSigmaDb: number;
  indoor: IndoorParams;
  defaults: RfLinkDefaults;
  /** Override the registry's model per area class (by registry name). */
  modelByClass?: Partial<Record<AreaClass, string>>;
}

/**
 * The links each node selected, in node order (node i's emitted edges are
 * nodeStart[i] … nodeStart[i+1]−1, both directions). The graph is their
 * de-duplicated union; keeping them lets a few nodes be re-evaluated exactly.
 */
export interface LinkSelections {
  nodeStart: Int32Array;
  from: Int32Array;
  to: Int32Array;
  etx: Float32Array;
  pdr: Float32Array;
  marginDb: Float32Array;
}

export interface MeshLinks {
  /** Nodes 0…meters−1 are meters, then the collectors in input order. */
  graph: LinkGraph;
  selections: LinkSelections;
  meterCount: number;
  collectorCount: number;
  /** Best median margin seen per node over all candidates in range (−Infinity: none in range). */
  bestMarginDb: Float32Array;
  modelByClass: Record<AreaClass, string>;
  warnings: string[];
}

const CHUNK = 4096;

/** Prepared state for evaluating links node by node (tables, index, per-node losses). */
export interface MeshLinkContext {
  total: number;
  meterCount: number;
  /** Evaluate node i's candidates and emit its best k links (both directions). */
  linksOfNode(i: number, emit: (from: number, to: number, etx: number, pdr: number, marginDb: number) => void): void;
  bestMarginDb: Float32Array;
  /**
   * Per node, the 3-D distance of its farthest evaluated candidate (+1 cm), or
   * the radio range when it had fewer than wanted; filled as nodes are
   * evaluated. A node farther than this (even in 2-D) cannot enter its set.
   */
  candidateRadiusM: Float32Array;
  modelByClass: Record<AreaClass, string>;
  warnings: Set<string>;
  /**
   * Nodes whose candidate set a node at (x, y) is or would be part of: within
   * their own candidate radius (the distance of their farthest candidate, or
   * the radio range when they have fewer than wanted) of the point.
   */
  nodesNear(xM: number, yM: number): number[];
  /** Move collector c (0-based among collectors) in place, keeping all tables. */
  moveCollector(c: number, xM: number, yM: number, heightM: number): void;
}

/** Prepare link evaluation for the given nodes and options. */
export function createMeshLinkContext(input: MeshLinkInput, o: MeshLinkOptions): MeshLinkContext {
  const { meters: m, collectors: c } = input;
  const p = o.profile, d = o.defaults;
  const n = m.count, total = n + c.count;
  const xM = new Float64Array(total), yM = new Float64Array(total), hM = new Float32Array(total);
  xM.set(m.xM); yM.set(m.yM); hM.set(m.heightM);
  xM.set(c.xM, n); yM.set(c.yM, n); hM.set(c.heightM, n);
  const cls = new Uint8Array(n);
  const outside = AREA_CLASSES.indexOf(o.outsideAreaClass);
  for (let i = 0; i < n; i++) cls[i] = m.areaIndex[i] >= 0 ? input.areaClassCode[m.areaIndex[i]] : outside;
  const end = new Float32Array(total);
  end.set(endLossesDb(m.indoorCode, m.floor, { freqMHz: p.freqMHz, indoor: o.indoor, buildingType: d.buildingType, entryLossProbability: d.entryLossProbability }));
  const indoorEnd = new Uint8Array(total);
  for (let i = 0; i < n; i++) indoorEnd[i] = INDOOR_CLASSES[m.indoorCode[i]] === 'outdoor' ? 0 : 1;
  const sensitivityDbm = Math.min(...p.dataRates.map((r) => r.sensitivityDbm));
  const eirpMeter = p.txPowerDbm + p.antennaGainDbi - p.cableLossDb, rxGainMeter = p.antennaGainDbi - p.cableLossDb;
  const eirpCollector = p.txPowerDbm + p.collectorAntennaGainDbi - p.cableLossDb, rxGainCollector = p.collectorAntennaGainDbi - p.cableLossDb;
  const gamma0 = gammaAtSensitivity({ referencePer: d.sensitivityReferencePer, referenceBytes: d.sensitivityReferenceBytes });
  const dataBytes = p.payloadBytes + d.phyOverheadBytes;

  const modelByClass = {} as Record<AreaClass, string>;
  for (const k of AREA_CLASSES) modelByClass[k] = o.modelByClass?.[k] ?? o.registry.forAreaClass(k, { hasProfile: false }).name;
  const medianMeterH = median(m.heightM, 1.5);
  const warnings = new Set<string>();
  // Tables by number, built lazily: path loss per (class, to-collector), PDR per (class, indoor ends).
  const plTables: (PathLossTable | undefined)[] = new Array(AREA_CLASSES.length * 2);
  const table = (k: number, toCollector: boolean): PathLossTable => {
    const key = k * 2 + (toCollector ? 1 : 0);
    let t = plTables[key];
    if (!t) {
      const model = modelByClass[AREA_CLASSES[k]];
      t = new PathLossTable(o.registry, model, { freqMHz: p.freqMHz, txHeightM: toCollector ? p.collectorHeightM : medianMeterH, rxHeightM: medianMeterH }, d.minDistanceM, p.maxRangeM * 1.01);
      for (const w of t.warnings) warnings.add(`${model} (${AREA_CLASSES[k]}): ${w}`);
      plTables[key] = t;
    }
    return t;
  };
  const pdrTables: ({ data: PdrTable; ack: PdrTable } | undefined)[] = new Array(AREA_CLASSES.length * 3);
  const pdrFor = (k: number, indoorEnds: number): { data: PdrTable; ack: PdrTable } => {
    const key = k * 3 + indoorEnds;
    let t = pdrTables[key];
    if (!t) {
      const sigma = Math.sqrt(o.sigmaDbByClass[AREA_CLASSES[k]] ** 2 + indoorEnds * o.indoorSigmaDb ** 2);
      pdrTables[key] = t = { data: new PdrTable(sigma, dataBytes, gamma0), ack: new PdrTable(sigma, d.ackBytes, gamma0) };
    }
    return t;
  };

  // Meters and collectors in separate static indexes: a collector move rebuilds only the small one.
  const meterIndex = buildPointIndex(xM.subarray(0, n), yM.subarray(0, n));
  let collectorIndex = buildPointIndex(xM.subarray(n), yM.subarray(n));
  const index = {
    within(x: number, y: number, r: number): number[] {
      const a = n > 0 ? meterIndex.within(x, y, r).filter((j) => j < n) : [];
      if (total > n) for (const j of collectorIndex.within(x, y, r)) if (j < total - n) a.push(n + j);
      return a;
    },
  };
  const k = p.maxNeighbours;
  const scratch = createScratch(Math.max(8, Math.ceil(k * d.candidateFactor * 4)));
  const bestMarginDb = new Float32Array(total).fill(-Infinity);
  const candidateRadiusM = new Float32Array(total).fill(p.maxRangeM);
  const cap = scratch.ids.length;
  const cand = { j: new Int32Array(cap), etxIJ: new Float64Array(cap), etxJI: new Float64Array(cap), pdrIJ: new Float64Array(cap), pdrJI: new Float64Array(cap), mIJ: new Float64Array(cap), mJI: new Float64Array(cap), order: new Int32Array(cap) };
  const linksOfNode = (i: number, emit: (from: number, to: number, etx: number, pdr: number, marginDb: number) => void): void => {
    const iIsCollector = i >= n;
    const want = Math.ceil(k * d.candidateFactor * (iIsCollector ? 4 : 1));
    const found = nearestCandidates(index, xM, yM, hM, i, want, p.maxRangeM, (j) => j < total && !(iIsCollector && j >= n), scratch);
    candidateRadiusM[i] = found < want ? p.maxRangeM : Math.fround(scratch.distM[found - 1]) + 0.01;
    let usable = 0;
    let best = -Infinity;
    for (let a = 0; a < found; a++) {
      const j = scratch.ids[a];
      const jIsCollector = j >= n;
      const meterEnd = iIsCollector ? j : i;
      const pl = table(cls[meterEnd], iIsCollector || jIsCollector).at(Math.max(d.minDistanceM, scratch.distM[a])) + end[i] + end[j];
      const mIJ = (iIsCollector ? eirpCollector : eirpMeter) - pl + (jIsCollector ? rxGainCollector : rxGainMeter) - sensitivityDbm;
      const mJI = (jIsCollector ? eirpCollector : eirpMeter) - pl + (iIsCollector ? rxGainCollector : rxGainMeter) - sensitivityDbm;
      if (mIJ > best) best = mIJ;
      const { data, ack } = pdrFor(cls[meterEnd], indoorEnd[i] + indoorEnd[j]);
      const pIJ = data.at(mIJ), pJI = data.at(mJI);
      const eIJ = 1 / (pIJ * ack.at(mJI)), eJI = 1 / (pJI * ack.at(mIJ));
      if (!(eIJ <= d.maxLinkEtx) && !(eJI <= d.maxLinkEtx)) continue;
      cand.j[usable] = j; cand.etxIJ[usable] = eIJ; cand.etxJI[usable] = eJI; cand.pdrIJ[usable] = pIJ; cand.pdrJI[usable] = pJI; cand.mIJ[usable] = mIJ; cand.mJI[usable] = mJI;
      cand.order[usable] = usable;
      usable++;
    }
    bestMarginDb[i] = best;
    const keep = Math.min(usable, iIsCollector ? k * 4 : k);
    const order = cand.order.subarray(0, usable).sort((a, b) => Math.min(cand.etxIJ[a], cand.etxJI[a]) - Math.min(cand.etxIJ[b], cand.etxJI[b]));
    for (let q = 0; q < keep; q++) {
      const a = order[q], j = cand.j[a];
      if (cand.etxIJ[a] <= d.maxLinkEtx) emit(i, j, cand.etxIJ[a], cand.pdrIJ[a], cand.mIJ[a]);
      if (cand.etxJI[a] <= d.maxLinkEtx) emit(j, i, cand.etxJI[a], cand.pdrJI[a], cand.mJI[a]);
    }
  };
  // The 2-D distance is a lower bound of the 3-D one, so this keeps every affected node.
  const nodesNear = (x: number, y: number) => index.within(x, y, p.maxRangeM).filter((j) => Math.hypot(xM[j] - x, yM[j] - y) <= candidateRadiusM[j]);
  const moveCollector = (c: number, x: number, y: number, h: number) => {
    xM[n + c] = x; yM[n + c] = y; hM[n + c] = h;
    collectorIndex = buildPointIndex(xM.subarray(n), yM.subarray(n));
  };
  return { total, meterCount: n, linksOfNode, bestMarginDb, candidateRadiusM, modelByClass, warnings, nodesNear, moveCollector };
}

/** Evaluate the given nodes (or all) into selections, copying the others from `previous`. */
function select(ctx: MeshLinkContext, k: number, previous: LinkSelections | null, affected: Uint8Array | null, control?: RunControl): { selections: LinkSelections; graph: LinkGraph } {
  const edges = new EdgeBuilder(ctx.total, previous ? previous.from.length + 1024 : ctx.total * k * 2);
  const emit = edges.add.bind(edges);
  const nodeStart = new Int32Array(ctx.total + 1);
  for (let start = 0; start < ctx.total; start += CHUNK) {
    if (!previous) checkpoint(control, 'links', start, ctx.total);
    for (let i = start; i < Math.min(ctx.total, start + CHUNK); i++) {
      nodeStart[i] = edges.size;
      if (!previous || affected![i]) { ctx.linksOfNode(i, emit); continue; }
      let j = i + 1;
      while (j < Math.min(ctx.total, start + CHUNK) && !affected![j]) j++;
      const a = previous.nodeStart[i], b = previous.nodeStart[j], base = edges.size - a;
      edges.addBlock(previous.from.subarray(a, b), previous.to.subarray(a, b), previous.etx.subarray(a, b), previous.pdr.subarray(a, b), previous.marginDb.subarray(a, b));
      for (let q = i + 1; q < j; q++) nodeStart[q] = previous.nodeStart[q] + base;
      i = j - 1;
    }
  }
  nodeStart[ctx.total] = edges.size;
  const raw = edges.raw();
  const selections: LinkSelections = { nodeStart, from: raw.from.slice(), to: raw.to.slice(), etx: raw.etx.slice(), pdr: raw.pdr.slice(), marginDb: raw.marginDb.slice() };
  return { selections, graph: edges.build() };
}

/** Build the whole link graph. */
export function buildMeshLinks(input: MeshLinkInput, o: MeshLinkOptions, control?: RunControl, ctx: MeshLinkContext = createMeshLinkContext(input, o)): MeshLinks {
  const { selections, graph } = select(ctx, o.profile.maxNeighbours, null, null, control);
  checkpoint(control, 'links', ctx.total, ctx.total);
  return { graph, selections, meterCount: ctx.meterCount, collectorCount: ctx.total - ctx.meterCount, bestMarginDb: ctx.bestMarginDb, modelByClass: ctx.modelByClass, warnings: [...ctx.warnings] };
}

/**
 * Re-evaluate some nodes against a context built for the new positions (e.g.
 * after a collector moved: the collector and every node within radio range
 * of its old or new position), keeping every other node's selection. Because
 * candidate sets are exact 3-D nearest sets, the result equals a full rebuild.
 */
export function relinkNodes(previous: LinkSelections, ctx: MeshLinkContext, nodes: Iterable<number>, k: number): { selections: LinkSelections; graph: LinkGraph } {
  const affected = new Uint8Array(ctx.total);
  for (const v of nodes) affected[v] = 1;
  return select(ctx, k, previous, affected);
}

function median(a: Float32Array, fallback: number): number {
  if (a.length === 0) return fallback;
  const s = Float32Array.from(a).sort();
  return s[s.length >> 1];
}
