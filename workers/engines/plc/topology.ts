/**
 * LV topology stage: one network per transformer, from its imported feeders
 * where it has any, else synthesised along the streets (street-routes.ts),
 * with service drops and risers (network-build.ts, riser.ts). Meters without
 * a transformer, and meters no route reaches, get no LV node.
 */
import { checkpoint, type RunControl } from '../run-control';
import type { PlcInput } from './input';
import { LvGraphBuilder, LV_EDGE_KIND, type LvGraph } from './lv-graph';
import { buildNetwork, type CableSegment } from './network-build';
import type { PlcPresets } from './presets';
import { buildStreetGraph, type StreetGraph } from './street-graph';
import { StreetRouter } from './street-routes';

/** Why a meter has no LV node (0 = it has one). */
export const TOPOLOGY_ISSUE = { none: 0, noTransformer: 1, noLvPath: 2 } as const;

export interface PlcTopology {
  lv: LvGraph;
  /** Cable keys; LvGraph.cable indexes this list. */
  cableKeys: string[];
  /** LV node of each meter, −1 when none. */
  meterNode: Int32Array;
  /** {@link TOPOLOGY_ISSUE} per meter. */
  meterIssue: Uint8Array;
  /** LV node of each transformer, −1 when it has no network. */
  transformerNode: Int32Array;
  /** 1 for transformers whose network was synthesised from the streets. */
  synthesized: Uint8Array;
  warnings: string[];
}

/** Build every transformer's LV network. */
export function buildPlcTopology(input: PlcInput, p: PlcPresets, control?: RunControl): PlcTopology {
  const M = input.meters.count, T = input.transformers.count, F = input.feeders;
  const warnings: string[] = [];
  const cableKeys: string[] = [], cableIdx = new Map<string, number>(), unknown = new Set<string>();
  const cable = (key: string): number => {
    let k = key;
    if (!p.cables[k]) { unknown.add(k); k = p.fallbackCableType; }
    let i = cableIdx.get(k);
    if (i === undefined) { i = cableKeys.length; cableKeys.push(k); cableIdx.set(k, i); }
    return i;
  };
  const cables = { drop: cable(p.serviceDropCableType), riser: cable(p.riserCableType) };
  // meters and feeders per transformer (CSR)
  const mOff = new Int32Array(T + 1), fOff = new Int32Array(T + 1);
  const meterIssue = new Uint8Array(M), meterNode = new Int32Array(M).fill(-1);
  for (let i = 0; i < M; i++) { const t = input.meters.transformerIndex[i]; if (t >= 0) mOff[t + 1]++; else meterIssue[i] = TOPOLOGY_ISSUE.noTransformer; }
  for (let f = 0; f < F.count; f++) if (F.transformerIndex[f] >= 0) fOff[F.transformerIndex[f] + 1]++;
  for (let t = 0; t < T; t++) { mOff[t + 1] += mOff[t]; fOff[t + 1] += fOff[t]; }
  const mFill = mOff.slice(0, T), fFill = fOff.slice(0, T);
  const mList = new Int32Array(mOff[T]), fList = new Int32Array(fOff[T]);
  for (let i = 0; i < M; i++) { const t = input.meters.transformerIndex[i]; if (t >= 0) mList[mFill[t]++] = i; }
  for (let f = 0; f < F.count; f++) { const t = F.transformerIndex[f]; if (t >= 0) fList[fFill[t]++] = f; }

  let router: StreetRouter | null = null, streets: StreetGraph | null = null;
  const b = new LvGraphBuilder();
  const transformerNode = new Int32Array(T).fill(-1), synthesized = new Uint8Array(T);
  const stats = { islandsJoined: 0 };
  let starFallback = 0, unreachable = 0;
  for (let t = 0; t < T; t++) {
    if ((t & 1023) === 0) checkpoint(control, 'topology', t, T);
    const meters = Array.from(mList.subarray(mOff[t], mOff[t + 1]));
    let segs: CableSegment[] = [];
    if (fOff[t + 1] > fOff[t]) {
      for (let k = fOff[t]; k < fOff[t + 1]; k++) {
        const f = fList[k], c = cable(F.cableType[f]);
        for (let v = F.offsets[f]; v < F.offsets[f + 1] - 1; v++) {
          segs.push({ x0: F.xyM[2 * v], y0: F.xyM[2 * v + 1], x1: F.xyM[2 * v + 2], y1: F.xyM[2 * v + 3], cable: c, kind: LV_EDGE_KIND.feeder, feeder: f, vertex: v - F.offsets[f] });
        }
      }
    } else if (meters.length > 0) {
      if (!streets) { streets = buildStreetGraph(input.roads, p.snapToleranceM); router = new StreetRouter(streets); }
      if (streets.edgeCount === 0) starFallback++;
      const reached = new Uint8Array(meters.length);
      segs = (router as StreetRouter).route(input.transformers.xM[t], input.transformers.yM[t], meters.map((i) => input.meters.xM[i]), meters.map((i) => input.meters.yM[i]),
        cable(p.synthesizedCableType[input.transformers.mount[t]]), p.maxStreetPathM, reached);
      const kept: number[] = [];
      meters.forEach((i, k) => { if (reached[k]) kept.push(i); else { meterIssue[i] = TOPOLOGY_ISSUE.noLvPath; unreachable++; } });
      meters.length = 0; meters.push(...kept);
      synthesized[t] = 1;
    }
    if (segs.length === 0) { for (const i of meters) meterIssue[i] = TOPOLOGY_ISSUE.noLvPath; continue; }
    transformerNode[t] = buildNetwork(b, t, segs, meters, input, p, cables, meterNode, stats);
  }
  if (unknown.size) warnings.push(`unknown cable types ${[...unknown].join(', ')}: using ${p.fallbackCableType} (add them to the PLC cable table)`);
  if (stats.islandsJoined) warnings.push(`${stats.islandsJoined} feeder pieces touched nothing connected to their transformer and were joined to it by a straight lead`);
  if (starFallback) warnings.push(`${starFallback} transformers have no feeders and the project has no roads: their meters get straight cables from the transformer`);
  if (unreachable) warnings.push(`${unreachable} meters are farther than ${p.maxStreetPathM} m along the streets from their transformer (or not connected to it by streets): no LV path`);
  return { lv: b.build(), cableKeys, meterNode, meterIssue, transformerNode, synthesized, warnings };
}
