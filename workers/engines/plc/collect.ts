/**
 * Assemble the PLC result: per-meter arrays (meters are graph nodes
 * 0…M−1), per-concentrator load and N-1, per-segment attenuation/SNR for
 * the map, detail codes and the summary.
 */
import type { PlcProfile } from '../../model';
import { createLocalProjection } from '../geo/local-projection';
import type { ReliabilityResult } from '../reliability';
import type { CollectorOutage, DominatorResult, RoutingResult } from '../routing';
import { REASON, REASON_NAMES } from '../routing/result';
import { cableDbPerM, txPsdDbmPerHz, type ChannelModel } from './channel';
import type { ConcentratorPlacement } from './concentrators';
import type { PlcInput } from './input';
import type { PlcLinks } from './links';
import { LV_EDGE_KIND } from './lv-graph';
import { networkNoisePsd } from './noise';
import { MODULATIONS, type PlcPresets } from './presets';
import { PLC_DETAIL, PLC_DETAIL_NAMES, type PlcConcentratorResults, type PlcMeterResults, type PlcResult, type PlcSegmentResults } from './result';
import { TOPOLOGY_ISSUE, type PlcTopology } from './topology';

export interface CollectInput {
  input: PlcInput;
  profile: PlcProfile;
  presets: PlcPresets;
  topology: PlcTopology;
  placement: ConcentratorPlacement;
  links: PlcLinks;
  channel: ChannelModel;
  routing: RoutingResult;
  reliability: ReliabilityResult;
  outages?: CollectorOutage[];
  dominators?: DominatorResult;
  readSuccessTarget: number;
  effectiveRateKbps: number;
}

function meterResults(x: CollectInput): PlcMeterResults {
  const { input, topology: topo, routing: r, links, channel, reliability: rel, placement } = x;
  const M = input.meters.count;
  const hasConc = new Uint8Array(input.transformers.count);
  for (const t of placement.transformerIndex) if (t >= 0) hasConc[t] = 1;
  const out: PlcMeterResults = {
    count: M, concentrator: r.collector.slice(0, M), parent: r.parent.slice(0, M), hops: r.hops.slice(0, M), pathEtx: Float32Array.from(r.pathEtx.subarray(0, M)),
    snrDb: new Float32Array(M).fill(NaN), attenuationDb: new Float32Array(M).fill(NaN), marginDb: new Float32Array(M).fill(NaN), modulation: new Int8Array(M).fill(-1),
    directSnrDb: links.directSnrDb, directAttenuationDb: links.directAttenuationDb, dailyReadSuccess: rel.dailyReadSuccess.slice(0, M), latencyMs: rel.latencyMs.slice(0, M),
    reason: r.reason.slice(0, M), detail: new Uint8Array(M), network: new Int32Array(M).fill(-1), dependents: x.dominators ? x.dominators.dependents.slice(0, M) : new Int32Array(M),
  };
  for (let i = 0; i < M; i++) {
    const node = topo.meterNode[i];
    if (node >= 0) out.network[i] = topo.lv.network[node];
    const e = r.parentEdge[i];
    if (e >= 0) {
      const snr = links.edgeSnrDb[e], mod = channel.modulationAt(snr);
      out.snrDb[i] = snr; out.attenuationDb[i] = links.edgeAttenuationDb[e]; out.modulation[i] = mod; out.marginDb[i] = snr - channel.thresholdsDb[mod];
    }
    const reason = r.reason[i];
    let d: number = PLC_DETAIL.ok;
    if (topo.meterIssue[i] === TOPOLOGY_ISSUE.noTransformer) d = PLC_DETAIL.noTransformer;
    else if (topo.meterIssue[i] === TOPOLOGY_ISSUE.noLvPath) d = PLC_DETAIL.noLvPath;
    else if (reason === REASON.hopLimit) d = PLC_DETAIL.hopLimit;
    else if (reason === REASON.capacity) d = PLC_DETAIL.capacity;
    else if (reason === REASON.blocked) d = PLC_DETAIL.blocked;
    else if (reason !== REASON.routed) d = hasConc[out.network[i]] || x.profile.crossTransformerCoupling ? PLC_DETAIL.weakSignal : PLC_DETAIL.noConcentrator;
    out.detail[i] = d;
  }
  return out;
}

function concentratorResults(x: CollectInput, meters: PlcMeterResults): PlcConcentratorResults {
  const { routing: r, reliability: rel, placement } = x;
  const C = placement.ids.length;
  const sum = new Float64Array(C), maxHops = new Int32Array(C);
  for (let i = 0; i < meters.count; i++) {
    const c = meters.concentrator[i];
    if (c < 0) continue;
    sum[c] += meters.dailyReadSuccess[i];
    if (meters.hops[i] > maxHops[c]) maxHops[c] = meters.hops[i];
  }
  const lost = new Int32Array(C).fill(-1), rehomed = new Int32Array(C).fill(-1);
  for (const o of x.outages ?? []) { lost[o.collector] = o.lost.length; rehomed[o.collector] = o.rehomed.length; }
  return {
    count: C, ids: placement.ids, transformerIndex: placement.transformerIndex, meters: r.collectorNodes.slice(), capacity: r.collectorCapacity.slice(), full: r.collectorFull.slice(),
    loadErl: rel.collectorLoadErl.slice(), saturated: rel.collectorSaturated.slice(),
    meanDailyReadSuccess: Float32Array.from(sum, (s, c) => (r.collectorNodes[c] > 0 ? s / r.collectorNodes[c] : NaN)), maxHops, lostOnOutage: lost, rehomedOnOutage: rehomed,
  };
}

function segmentResults(x: CollectInput): PlcSegmentResults {
  const { topology: topo, links, presets: p, profile, input } = x;
  const lv = topo.lv;
  const ids: number[] = [];
  for (let e = 0; e < lv.edgeCount; e++) if (lv.kind[e] === LV_EDGE_KIND.feeder || lv.kind[e] === LV_EDGE_KIND.lead || lv.kind[e] === LV_EDGE_KIND.synthesized) ids.push(e);
  const n = ids.length, proj = createLocalProjection(input.origin.lon0Deg, input.origin.lat0Deg);
  const noise = networkNoisePsd(input, p, profile.band), tx = txPsdDbmPerHz(profile.txLevelDbuv, p, profile.band), coupling2 = 2 * profile.couplingLossDb;
  const dbPerKm = topo.cableKeys.map((k) => 1000 * cableDbPerM(p.cables[k], p, profile.band));
  const lon = new Float64Array(lv.nodeCount).fill(NaN), lat = new Float64Array(lv.nodeCount);
  const ll = (v: number): [number, number] => { if (Number.isNaN(lon[v])) [lon[v], lat[v]] = proj.toLonLat(lv.xM[v], lv.yM[v]); return [lon[v], lat[v]]; };
  const s: PlcSegmentResults = {
    count: n, feederIndex: new Int32Array(n), vertex: new Int32Array(n), kind: new Uint8Array(n), network: new Int32Array(n), lonLat: new Float64Array(4 * n),
    lengthM: new Float32Array(n), attenuationDb: new Float32Array(n), snrDb: new Float32Array(n), cableDbPerKm: new Float32Array(n),
    feederMaxAttenuationDb: new Float32Array(input.feeders.count).fill(NaN), feederMinSnrDb: new Float32Array(input.feeders.count).fill(NaN),
  };
  ids.forEach((e, k) => {
    const a = lv.edgeA[e], b = lv.edgeB[e], net = lv.network[a];
    s.feederIndex[k] = lv.feeder[e]; s.vertex[k] = lv.vertex[e]; s.kind[k] = lv.kind[e]; s.network[k] = net; s.lengthM[k] = lv.lengthM[e];
    const [la, pa] = ll(a), [lb, pb] = ll(b);
    s.lonLat.set([la, pa, lb, pb], 4 * k);
    const att = Math.max(links.nodeAttenuationDb[a], links.nodeAttenuationDb[b]) + coupling2;
    s.attenuationDb[k] = att; s.snrDb[k] = tx - att - noise[net]; s.cableDbPerKm[k] = dbPerKm[lv.cable[e]];
    const f = lv.feeder[e];
    if (f >= 0 && !Number.isNaN(att)) {
      if (!(s.feederMaxAttenuationDb[f] >= att)) s.feederMaxAttenuationDb[f] = att;
      if (!(s.feederMinSnrDb[f] <= s.snrDb[k])) s.feederMinSnrDb[f] = s.snrDb[k];
    }
  });
  return s;
}

/** Build the {@link PlcResult}. */
export function collectResults(x: CollectInput): PlcResult {
  const meters = meterResults(x);
  const concentrators = concentratorResults(x, meters);
  const segments = segmentResults(x);
  const reasonCounts: Record<string, number> = Object.fromEntries(REASON_NAMES.map((k) => [k, 0]));
  const detailCounts: Record<string, number> = Object.fromEntries(PLC_DETAIL_NAMES.map((k) => [k, 0]));
  const modulationCounts: Record<string, number> = Object.fromEntries(MODULATIONS.map((k) => [k, 0]));
  let routed = 0, success = 0, meeting = 0, hops = 0, maxHops = 0;
  for (let i = 0; i < meters.count; i++) {
    reasonCounts[REASON_NAMES[meters.reason[i]]]++;
    detailCounts[PLC_DETAIL_NAMES[meters.detail[i]]]++;
    success += meters.dailyReadSuccess[i];
    if (meters.dailyReadSuccess[i] >= x.readSuccessTarget) meeting++;
    if (meters.reason[i] !== REASON.routed) continue;
    routed++; hops += meters.hops[i]; maxHops = Math.max(maxHops, meters.hops[i]);
    modulationCounts[MODULATIONS[meters.modulation[i]]]++;
  }
  let networks = 0, synthesizedNetworks = 0;
  x.topology.transformerNode.forEach((v, t) => { if (v >= 0) { networks++; if (x.topology.synthesized[t]) synthesizedNetworks++; } });
  const warnings = [...x.topology.warnings];
  if (concentrators.count === 0) warnings.push('no concentrator: the project has no PLC collectors and no transformer has an LV network');
  return {
    profileId: x.profile.id, band: x.profile.band, concentratorSource: x.placement.source, meters, concentrators, segments,
    summary: {
      meters: meters.count, routed, meanDailyReadSuccess: meters.count ? success / meters.count : 0, metersMeetingTarget: meeting,
      reasonCounts, detailCounts, modulationCounts, networks, synthesizedNetworks, concentrators: concentrators.count,
      meanHops: routed ? hops / routed : 0, maxHops, effectiveRateKbps: x.effectiveRateKbps,
    },
    warnings,
  };
}
