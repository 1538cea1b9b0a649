/**
 * Engine results → document-indexed {@link MeterResults}. Runs over a subset
 * of meters carry `meterIndex` (run index → document index); meters outside
 * the run keep NaN / −1 / 255.
 */
import type { MeshRunResult } from '../../workers/clients/mesh-client';
import type { PlcRun } from '../../workers/clients/plc-client';
import type { StarRun } from '../../workers/clients/star-client';
import type { MeterResults, ServerLoad } from './types';

/** Reason code of a meter that was not simulated. */
export const NOT_RUN = 255;

function empty(count: number, serverIds: string[]): MeterResults {
  return {
    count, serverIds, simulated: 0,
    dailyReadSuccess: new Float32Array(count).fill(NaN), hops: new Float32Array(count).fill(NaN), marginDb: new Float32Array(count).fill(NaN),
    reason: new Uint8Array(count).fill(NOT_RUN), connected: new Uint8Array(count), server: new Int32Array(count).fill(-1), parent: new Int32Array(count).fill(-1),
  };
}

interface Source {
  n: number;
  success: ArrayLike<number>;
  hops: ArrayLike<number> | null;
  margin: ArrayLike<number>;
  reason: ArrayLike<number>;
  connected: (i: number) => boolean;
  server: (i: number) => number;
  /** Parent in run indexing: meter < n, or n + server; −1 none. */
  parent: (i: number) => number;
}

function scatter(src: Source, count: number, serverIds: string[], meterIndex: Int32Array | null): MeterResults {
  const out = empty(count, serverIds);
  const doc = (i: number) => (meterIndex ? meterIndex[i] : i);
  for (let i = 0; i < src.n; i++) {
    const d = doc(i);
    if (d < 0 || d >= count) continue;
    out.dailyReadSuccess[d] = src.success[i];
    out.marginDb[d] = src.margin[i];
    out.reason[d] = src.reason[i];
    const ok = src.connected(i);
    out.connected[d] = ok ? 1 : 0;
    out.hops[d] = ok && src.hops ? src.hops[i] : ok ? 1 : NaN;
    out.server[d] = src.server(i);
    const p = src.parent(i);
    out.parent[d] = p < 0 ? -1 : p >= src.n ? count + (p - src.n) : doc(p);
  }
  out.simulated = src.n;
  return out;
}

/** Mesh run → meter results and collector loads. */
export function normaliseMesh(run: MeshRunResult, count: number, meterIndex: Int32Array | null): { meters: MeterResults; loads: ServerLoad[] } {
  const m = run.perMeter;
  const meters = scatter({
    n: run.meterCount, success: m.dailyReadSuccess, hops: m.hops, margin: m.marginDb, reason: m.reason,
    connected: (i) => m.collector[i] >= 0, server: (i) => m.collector[i], parent: (i) => m.parent[i],
  }, count, run.collectorIds, meterIndex);
  const loads = run.summary.collectors.map((c) => ({ id: run.collectorIds[c.collector], nodes: c.nodes, loadErl: c.loadErl, dutyPct: c.dutyPct, saturated: c.saturated }));
  return { meters, loads };
}

/** Star run → meter results (servers are cells; a meter's parent is its best cell) and cell loads. */
export function normaliseStar(run: StarRun, count: number, meterIndex: Int32Array | null): { meters: MeterResults; loads: ServerLoad[] } {
  const r = run.result, m = r.meters, k = r.k;
  const meters = scatter({
    n: m.count, success: m.dailyReadSuccess, hops: null, margin: m.marginDb, reason: m.reason,
    connected: (i) => m.servers[i * k] >= 0 && m.mode[i] >= 0, server: (i) => m.servers[i * k],
    parent: (i) => (m.servers[i * k] >= 0 ? m.count + m.servers[i * k] : -1),
  }, count, r.cells.ids, meterIndex);
  const loads = r.cells.ids.map((id, c) => ({ id, nodes: r.perCell.meters[c], loadErl: r.perCell.loadErl[c], dutyPct: NaN, saturated: false }));
  return { meters, loads };
}

/** PLC run → meter results and concentrator loads. */
export function normalisePlc(run: PlcRun, count: number, meterIndex: Int32Array | null): { meters: MeterResults; loads: ServerLoad[] } {
  const r = run.result, m = r.meters;
  const meters = scatter({
    n: m.count, success: m.dailyReadSuccess, hops: m.hops, margin: m.marginDb, reason: m.detail,
    connected: (i) => m.concentrator[i] >= 0, server: (i) => m.concentrator[i], parent: (i) => m.parent[i],
  }, count, r.concentrators.ids, meterIndex);
  const c = r.concentrators;
  const loads = c.ids.map((id, j) => ({ id, nodes: c.meters[j], loadErl: c.loadErl[j], dutyPct: NaN, saturated: c.saturated[j] === 1 }));
  return { meters, loads };
}
