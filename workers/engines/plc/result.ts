/**
 * What the PLC engine returns: per-meter typed arrays, per-concentrator load,
 * per-feeder-segment attenuation/SNR for the map, and the "why unconnected"
 * detail codes that refine the routing REASON codes.
 */
import { REASON } from '../routing/result';

/**
 * PLC detail code per meter. Each maps onto a routing REASON
 * ({@link PLC_DETAIL_REASON}): the routing reason says what the router saw,
 * the detail says why in PLC terms.
 */
export const PLC_DETAIL = {
  ok: 0,
  /** The meter names no (known) transformer. REASON.noUsableLink. */
  noTransformer: 1,
  /** Its transformer has no feeders and no street route reaches the meter. REASON.noUsableLink. */
  noLvPath: 2,
  /** Its LV network has no concentrator (and signals do not couple across transformers). REASON.noUsableLink or noPath. */
  noConcentrator: 3,
  /** On a network with a concentrator, but the SNR of every link is too low (ETX above maxLinkEtx). REASON.noUsableLink or noPath. */
  weakSignal: 4,
  /** REASON.hopLimit. */
  hopLimit: 5,
  /** REASON.capacity (concentrator full: profile maxNodesPerCollector). */
  capacity: 6,
  /** REASON.blocked. */
  blocked: 7,
} as const;
export type PlcDetailCode = (typeof PLC_DETAIL)[keyof typeof PLC_DETAIL];
export const PLC_DETAIL_NAMES = ['ok', 'no-transformer', 'no-lv-path', 'no-concentrator', 'weak-signal', 'hop-limit', 'capacity', 'blocked'] as const;
/**
 * The routing REASON each detail is reported under; −1 for no-concentrator and
 * weak-signal, which carry the router's own finding: noUsableLink (no link
 * good enough at all) or noPath (links only to other unconnected meters).
 */
export const PLC_DETAIL_REASON: readonly number[] = [REASON.routed, REASON.noUsableLink, REASON.noUsableLink, -1, -1, REASON.hopLimit, REASON.capacity, REASON.blocked];

/** Per-meter results (index = meter). −1 / NaN mark "none". */
export interface PlcMeterResults {
  count: number;
  /** Concentrator index (into PlcConcentratorResults), −1 when unconnected. */
  concentrator: Int32Array;
  /** Preferred parent: a meter index (< count) or count + concentrator index; −1 when none. */
  parent: Int32Array;
  hops: Int32Array;
  pathEtx: Float32Array;
  /** SNR and attenuation (coupling included) on the link to the parent, dB. */
  snrDb: Float32Array;
  attenuationDb: Float32Array;
  /** SNR over the chosen modulation's threshold on the parent link, dB. */
  marginDb: Float32Array;
  /** Index into MODULATIONS of the parent link, −1 when none. */
  modulation: Int8Array;
  /** SNR and attenuation of the direct link to the best concentrator on the meter's network. */
  directSnrDb: Float32Array;
  directAttenuationDb: Float32Array;
  dailyReadSuccess: Float32Array;
  latencyMs: Float32Array;
  /** Routing REASON code. */
  reason: Uint8Array;
  /** {@link PLC_DETAIL} code. */
  detail: Uint8Array;
  /** LV network = transformer index, −1 when the meter has no LV node. */
  network: Int32Array;
  /** Meters that lose service if this meter (as a relay) fails: dominator count (routing/dominators). */
  dependents: Int32Array;
}

export interface PlcConcentratorResults {
  count: number;
  /** Project collector id, or `plc@<transformerId>` for a default concentrator at a transformer. */
  ids: string[];
  /** Network (transformer index) it couples into. */
  transformerIndex: Int32Array;
  meters: Int32Array;
  capacity: Int32Array;
  full: Uint8Array;
  loadErl: Float32Array;
  saturated: Uint8Array;
  meanDailyReadSuccess: Float32Array;
  maxHops: Int32Array;
  /** N-1: meters that lose service when this concentrator fails, and those that re-home (−1 when not run). */
  lostOnOutage: Int32Array;
  rehomedOnOutage: Int32Array;
}

/**
 * LV cable segments for the map, one per LV edge of kind feeder, lead,
 * synthesized or drop. Imported feeders are keyed by (feederIndex into
 * project.grid.feeders, vertex = segment index along its line; one feeder
 * segment may be split into several pieces at junctions and drops);
 * synthesised ones have feederIndex −1 and carry their own coordinates.
 */
export interface PlcSegmentResults {
  count: number;
  feederIndex: Int32Array;
  vertex: Int32Array;
  /** LV_EDGE_KIND. */
  kind: Uint8Array;
  network: Int32Array;
  /** [lon0, lat0, lon1, lat1] per segment, WGS 84 degrees. */
  lonLat: Float64Array;
  lengthM: Float32Array;
  /** Attenuation from the network's concentrator to the segment's far end, coupling at both ends included, dB (NaN: no concentrator). */
  attenuationDb: Float32Array;
  /** SNR a receiver at the far end would see from the concentrator, dB. */
  snrDb: Float32Array;
  /** Cable attenuation of the segment per km in the band, dB/km. */
  cableDbPerKm: Float32Array;
  /** Per project feeder (index into project.grid.feeders): worst attenuation and SNR along it. */
  feederMaxAttenuationDb: Float32Array;
  feederMinSnrDb: Float32Array;
}

export interface PlcSummary {
  meters: number;
  routed: number;
  meanDailyReadSuccess: number;
  metersMeetingTarget: number;
  reasonCounts: Record<string, number>;
  detailCounts: Record<string, number>;
  modulationCounts: Record<string, number>;
  networks: number;
  synthesizedNetworks: number;
  concentrators: number;
  meanHops: number;
  maxHops: number;
  /** Data rate used for airtime in the reliability model (airtime-weighted mean over parent links), kbit/s. */
  effectiveRateKbps: number;
}

export interface PlcResult {
  profileId: string;
  band: string;
  concentratorSource: 'collectors' | 'transformers';
  meters: PlcMeterResults;
  concentrators: PlcConcentratorResults;
  segments: PlcSegmentResults;
  summary: PlcSummary;
  warnings: string[];
}
