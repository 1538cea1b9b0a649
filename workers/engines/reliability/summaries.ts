/**
 * Per-collector and per-area summaries of a routing + reliability run, the
 * figures the dashboard and report show. Meters are graph nodes
 * 0…meterCount−1 (the mesh/PLC node convention); collectors are the roots.
 */
import { REASON, REASON_NAMES, type RoutingResult } from '../routing/result';
import type { ReliabilityResult } from './reliability';

export interface CollectorSummary {
  /** Index into the routing roots. */
  collector: number;
  node: number;
  nodes: number;
  capacity: number;
  /** Turned nodes away because it was full. */
  full: boolean;
  loadErl: number;
  dutyPct: number;
  maxRelayDutyPct: number;
  nodesOverDutyLimit: number;
  saturated: boolean;
  meanDailyReadSuccess: number;
  meanHops: number;
  maxHops: number;
}

export interface AreaSummary {
  meters: number;
  routed: number;
  /** Meters per reason code (index = REASON code). */
  reasonCounts: number[];
  /** Mean over all meters, unconnected ones counting 0. */
  meanDailyReadSuccess: number;
  metersMeetingTarget: number;
  shareMeetingTarget: number;
  meanHops: number;
  meanLatencyMs: number;
}

export interface SummaryInput {
  /** Meters are nodes 0…meterCount−1 (default: every non-root node). */
  meterCount?: number;
  /** Area of each meter (−1 outside every area), and the number of areas. */
  areaIndex?: Int32Array;
  areaCount?: number;
  readSuccessTarget: number;
}

export interface RunSummary {
  collectors: CollectorSummary[];
  areas: AreaSummary[];
  total: AreaSummary;
}

class AreaAccumulator {
  meters = 0; routed = 0; reasons = new Array<number>(REASON_NAMES.length).fill(0);
  success = 0; meeting = 0; hops = 0; latency = 0;
  add(r: RoutingResult, rel: ReliabilityResult, v: number, target: number): void {
    this.meters++;
    this.reasons[r.reason[v]]++;
    const d = rel.dailyReadSuccess[v];
    this.success += d;
    if (d >= target) this.meeting++;
    if (r.reason[v] === REASON.routed) { this.routed++; this.hops += r.hops[v]; this.latency += rel.latencyMs[v]; }
  }
  done(): AreaSummary {
    const per = (x: number, k: number) => (k > 0 ? x / k : 0);
    return {
      meters: this.meters, routed: this.routed, reasonCounts: this.reasons,
      meanDailyReadSuccess: per(this.success, this.meters), metersMeetingTarget: this.meeting,
      shareMeetingTarget: per(this.meeting, this.meters), meanHops: per(this.hops, this.routed), meanLatencyMs: per(this.latency, this.routed),
    };
  }
}

/** Summarise per collector, per area and overall. O(V). */
export function summarise(r: RoutingResult, rel: ReliabilityResult, input: SummaryInput): RunSummary {
  const C = r.roots.length;
  const meterCount = input.meterCount ?? r.nodeCount;
  const areaCount = input.areaCount ?? 0;
  const areas = Array.from({ length: areaCount }, () => new AreaAccumulator());
  const total = new AreaAccumulator();
  const succ = new Float64Array(C), hopSum = new Float64Array(C), maxHops = new Int32Array(C);
  for (let v = 0; v < meterCount; v++) {
    if (r.reason[v] === REASON.collector) continue;
    total.add(r, rel, v, input.readSuccessTarget);
    const a = input.areaIndex ? input.areaIndex[v] : -1;
    if (a >= 0 && a < areaCount) areas[a].add(r, rel, v, input.readSuccessTarget);
    const c = r.collector[v];
    if (c < 0) continue;
    succ[c] += rel.dailyReadSuccess[v];
    hopSum[c] += r.hops[v];
    if (r.hops[v] > maxHops[c]) maxHops[c] = r.hops[v];
  }
  const collectors: CollectorSummary[] = [];
  for (let c = 0; c < C; c++) {
    const k = r.collectorNodes[c];
    collectors.push({
      collector: c, node: r.roots[c], nodes: k, capacity: r.collectorCapacity[c], full: r.collectorFull[c] === 1,
      loadErl: rel.collectorLoadErl[c], dutyPct: rel.collectorDuty[c] * 100, maxRelayDutyPct: rel.collectorMaxRelayDuty[c] * 100,
      nodesOverDutyLimit: rel.collectorDutyExceeded[c], saturated: rel.collectorSaturated[c] === 1,
      meanDailyReadSuccess: k > 0 ? succ[c] / k : 0, meanHops: k > 0 ? hopSum[c] / k : 0, maxHops: maxHops[c],
    });
  }
  return { collectors, areas: areas.map((a) => a.done()), total: total.done() };
}
