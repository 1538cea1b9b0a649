/**
 * Per-meter mesh results as typed arrays, and the plain-language reason a
 * meter is not connected ("why unconnected").
 */
import type { LinkGraph } from '../links/link-graph';
import type { ReliabilityResult } from '../reliability';
import { REASON, type RoutingResult } from '../routing';

/** Per-meter arrays (index = meter index in the Scenario). */
export interface MeshMeterResults {
  /** Index into MeshRun.collectorIds, −1 when unconnected. */
  collector: Int32Array;
  /** Parent node: a meter index (< meterCount) or meterCount + collector index; −1 when none. */
  parent: Int32Array;
  hops: Int32Array;
  pathEtx: Float32Array;
  /** Median margin of the uplink hop (connected) or of the best link in range (orphans), dB; −Infinity: nothing in range. */
  marginDb: Float32Array;
  dailyReadSuccess: Float32Array;
  latencyMs: Float32Array;
  /** Routing REASON code. */
  reason: Uint8Array;
}

export function meterResults(n: number, r: RoutingResult, rel: ReliabilityResult, g: LinkGraph & { marginDb?: Float32Array }, bestMarginDb: Float32Array): MeshMeterResults {
  const out: MeshMeterResults = {
    collector: r.collector.slice(0, n), parent: r.parent.slice(0, n), hops: r.hops.slice(0, n),
    pathEtx: Float32Array.from(r.pathEtx.subarray(0, n)), marginDb: new Float32Array(n),
    dailyReadSuccess: rel.dailyReadSuccess.slice(0, n), latencyMs: rel.latencyMs.slice(0, n), reason: r.reason.slice(0, n),
  };
  for (let v = 0; v < n; v++) out.marginDb[v] = r.parentEdge[v] >= 0 && g.marginDb ? g.marginDb[r.parentEdge[v]] : bestMarginDb[v];
  return out;
}

/** Explain a meter's state in words, for the map's "why unconnected" popup. */
export function explainMeshReason(reason: number, marginDb: number, hopLimit: number): string {
  switch (reason) {
    case REASON.routed: return 'connected';
    case REASON.noUsableLink:
      return Number.isFinite(marginDb)
        ? `no neighbour above threshold: the best link in range has a median margin of ${marginDb.toFixed(1)} dB, giving ETX above 4 (RFC 6719 MAX_LINK_METRIC)`
        : 'no neighbour within the radio range of the profile';
    case REASON.noPath: return 'an island: its usable links lead to meters that cannot reach any collector';
    case REASON.hopLimit: return `every collector is more than ${hopLimit} hops away (the profile's hop limit)`;
    case REASON.capacity: return 'the collectors it can reach are full (maximum nodes per collector)';
    case REASON.blocked: return 'out of service (blocked in an outage study)';
    default: return 'unknown';
  }
}
