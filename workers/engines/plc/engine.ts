/**
 * The PLC engine: LV topology → channel (attenuation, SNR, modulation, PDR,
 * ETX) → routing → reliability, N-1 and single points of failure → results.
 *
 * Routing and reliability are the shared cores (workers/engines/routing,
 * workers/engines/reliability) run on the PLC link graph: multi-hop meter
 * relaying approximates G3-PLC LOADng / PRIME switch promotion by the same
 * shortest-ETX forest as RPL/MRHOF, with the profile's hop limit (G3
 * example 8, DOMAIN-PARAMETERS §3) and nodes per concentrator.
 */
import type { PlcProfile, SimulationSettings } from '../../model';
import { computeReliability, reliabilityOptionsFromProfile, type ReliabilityResult } from '../reliability';
import { collectorOutages, routeForest, routingDominators, routingOptionsFromProfile, type RoutingOptions, type RoutingResult } from '../routing';
import type { LinkGraph } from '../links/link-graph';
import { checkpoint, type RunControl } from '../run-control';
import { ChannelModel, branchLossAtNodeDb, cableDbPerM, txPsdDbmPerHz } from './channel';
import { placeConcentrators, type ConcentratorMode, type ConcentratorPlacement } from './concentrators';
import type { PlcInput } from './input';
import { buildPlcLinks, type PlcLinks } from './links';
import { collectResults } from './collect';
import { networkNoisePsd } from './noise';
import { plcPresets, type PlcPresetOverrides, type PlcPresets } from './presets';
import type { PlcResult } from './result';
import { buildPlcTopology, type PlcTopology } from './topology';

export interface PlcOptions {
  profile: PlcProfile;
  settings: Pick<SimulationSettings, 'readsPerDay' | 'rereadsPerDay' | 'readSuccessTarget'>;
  /** Preset values (built by plcPresets); default: the preset file with `presetOverrides`. */
  presets?: PlcPresets;
  presetOverrides?: PlcPresetOverrides;
  concentrators?: ConcentratorMode;
  /** Routing option overrides (e.g. maxLinkEtx). */
  routing?: Partial<RoutingOptions>;
  /** N-1 concentrator outages (default true) and single points of failure (default true). */
  nMinusOne?: boolean;
  dominators?: boolean;
}

/** Everything a run produced, for tests, benchmarks and map layers. */
export interface PlcRun {
  result: PlcResult;
  presets: PlcPresets;
  topology: PlcTopology;
  placement: ConcentratorPlacement;
  links: PlcLinks;
  graph: LinkGraph;
  roots: Int32Array;
  routingOptions: RoutingOptions;
  routing: RoutingResult;
  reliability: ReliabilityResult;
}

/** Channel stage: per-edge and per-node losses of the LV graph, then the link graph. */
export function buildPlcChannel(input: PlcInput, topo: PlcTopology, placement: ConcentratorPlacement, profile: PlcProfile, p: PlcPresets, maxLinkEtx: number, control?: RunControl): { links: PlcLinks; channel: ChannelModel } {
  const lv = topo.lv;
  const dbPerM = topo.cableKeys.map((k) => cableDbPerM(p.cables[k], p, profile.band));
  const edgeLossDb = new Float32Array(lv.edgeCount);
  for (let e = 0; e < lv.edgeCount; e++) edgeLossDb[e] = lv.lengthM[e] * dbPerM[lv.cable[e]];
  const nodeLossDb = new Float32Array(lv.nodeCount);
  for (let v = 0; v < lv.nodeCount; v++) nodeLossDb[v] = branchLossAtNodeDb(lv.adjOffsets[v + 1] - lv.adjOffsets[v], p.branchLossDb);
  const channel = new ChannelModel(p, profile.payloadBytes);
  const links = buildPlcLinks({
    lv, edgeLossDb, nodeLossDb, meterNode: topo.meterNode, concNode: placement.node, transformerNode: topo.transformerNode,
    noisePsdDbmPerHz: networkNoisePsd(input, p, profile.band), txPsdDbmPerHz: txPsdDbmPerHz(profile.txLevelDbuv, p, profile.band),
    couplingLossDb: profile.couplingLossDb, maxLinkEtx, maxNeighbours: p.maxNeighbours,
    ...(profile.crossTransformerCoupling ? { cross: { ...p.crossTransformer, transformerXM: input.transformers.xM, transformerYM: input.transformers.yM } } : {}),
  }, channel, control);
  return { links, channel };
}

/** Airtime-weighted (harmonic) mean data rate over the routed meters' parent links, kbit/s. */
export function effectiveRateKbps(routing: RoutingResult, links: PlcLinks, channel: ChannelModel, p: PlcPresets, profile: PlcProfile, meterCount: number): number {
  const rates = p.bands[profile.band].dataRatesKbps, names = ['ROBO', 'DBPSK', 'DQPSK', 'D8PSK'] as const;
  let n = 0, inv = 0;
  for (let i = 0; i < meterCount; i++) {
    const e = routing.parentEdge[i];
    if (e < 0) continue;
    n++; inv += 1 / rates[names[channel.modulationAt(links.edgeSnrDb[e])]];
  }
  return n > 0 ? n / inv : rates.ROBO;
}

/** Run the PLC engine and keep every stage's output. */
export function runPlcDetailed(input: PlcInput, options: PlcOptions, control?: RunControl): PlcRun {
  const { profile } = options;
  const p = options.presets ?? plcPresets(options.presetOverrides);
  checkpoint(control, 'topology', 0, 1);
  const topology = buildPlcTopology(input, p, control);
  const placement = placeConcentrators(input, topology, profile.id, options.concentrators);
  const routingOptions = routingOptionsFromProfile(profile, options.routing);
  const { links, channel } = buildPlcChannel(input, topology, placement, profile, p, routingOptions.maxLinkEtx, control);
  const M = input.meters.count, C = placement.ids.length;
  const roots = Int32Array.from({ length: C }, (_, c) => M + c);
  checkpoint(control, 'routing', 0, 1);
  const routing = routeForest(links.graph, roots, routingOptions, control);
  const rate = effectiveRateKbps(routing, links, channel, p, profile, M);
  const relOptions = reliabilityOptionsFromProfile(profile, options.settings, { ...p.reliability, ackBytes: p.ackBytes + p.reliability.phyOverheadBytes, dataRateKbps: rate });
  const reliability = computeReliability(links.graph, routing, relOptions, control);
  const outages = options.nMinusOne === false ? undefined : collectorOutages(links.graph, routing, routingOptions, undefined, control);
  const dominators = options.dominators === false ? undefined : routingDominators(routing);
  const result = collectResults({ input, profile, presets: p, topology, placement, links, channel, routing, reliability, outages, dominators, readSuccessTarget: options.settings.readSuccessTarget, effectiveRateKbps: rate });
  return { result, presets: p, topology, placement, links, graph: links.graph, roots, routingOptions, routing, reliability };
}

/** Run the PLC engine: `(input, options, control) → PlcResult`. */
export function runPlc(input: PlcInput, options: PlcOptions, control?: RunControl): PlcResult {
  return runPlcDetailed(input, options, control).result;
}
