/**
 * Routing options and their defaults, read from datasets/mesh/routing-defaults.json
 * (sourced in DOMAIN-PARAMETERS.md §1.3–1.4; never literals in the engine).
 */
import preset from '../../../datasets/mesh/routing-defaults.json';
import type { MeshProfile, PlcProfile } from '../../model';
import type { InEdges } from './graph';

type Sourced = { value: number; source: string };

/** The routing preset's values with their sources (for the UI). */
export const ROUTING_DEFAULTS_SOURCED: Readonly<Record<'maxLinkEtx' | 'maxPathEtx' | 'parentSwitchThresholdEtx' | 'hopLimit' | 'maxBackupParents' | 'maxNodesPerCollector', Sourced>> = (() => {
  const { about: _about, ...values } = preset;
  return values;
})();

/** What to do with nodes that would join a collector already at capacity. */
export type CapacityMode = 'rehome' | 'flag';

/** Options of {@link routeForest} and the engines built on it. */
export interface RoutingOptions {
  /** Links with ETX above this are unusable (RFC 6719 MAX_LINK_METRIC, ETX 4). */
  maxLinkEtx: number;
  /** Maximum hops from a node to its collector (Wi-SUN FAN: 24). */
  hopLimit: number;
  /** Backup parents kept per node, besides the preferred parent (0…4). */
  maxBackupParents: number;
  /** Maximum nodes per collector (the root itself not counted): one number for all, or one per root. */
  capacity: number | ArrayLike<number>;
  /** 'rehome': a node rejected by a full collector joins the next-best one; 'flag': it stays unconnected. */
  capacityMode: CapacityMode;
  /** Nodes that neither connect nor relay (failed equipment, N-1 outages): 1 = blocked. */
  blockedNodes?: Uint8Array;
  /** Precomputed in-edges of the graph (e.g. kept between incremental updates). */
  inEdges?: InEdges;
}

/** Default routing options from the preset. */
export function defaultRoutingOptions(): RoutingOptions {
  const s = ROUTING_DEFAULTS_SOURCED;
  return {
    maxLinkEtx: s.maxLinkEtx.value,
    hopLimit: s.hopLimit.value,
    maxBackupParents: s.maxBackupParents.value,
    capacity: s.maxNodesPerCollector.value,
    capacityMode: 'rehome',
  };
}

/** Defaults overridden by the given fields. */
export function routingOptions(overrides: Partial<RoutingOptions> = {}): RoutingOptions {
  return { ...defaultRoutingOptions(), ...overrides };
}

/** Per-root capacity as an Int32Array (Infinity and values ≥ 2³¹ become 2³¹−1). */
export function capacityPerRoot(capacity: RoutingOptions['capacity'], rootCount: number): Int32Array {
  const out = new Int32Array(rootCount);
  for (let r = 0; r < rootCount; r++) {
    const c = typeof capacity === 'number' ? capacity : capacity[r];
    if (!(c >= 0)) throw new RangeError(`capacity of root ${r} must be ≥ 0, got ${c}`);
    out[r] = Math.min(c, 0x7fffffff);
  }
  return out;
}

/** Throw on options that make no sense. */
export function validateRoutingOptions(o: RoutingOptions): void {
  if (!(o.maxLinkEtx > 0)) throw new RangeError(`maxLinkEtx must be > 0, got ${o.maxLinkEtx}`);
  if (!Number.isInteger(o.hopLimit) || o.hopLimit < 1) throw new RangeError(`hopLimit must be an integer ≥ 1, got ${o.hopLimit}`);
  if (!Number.isInteger(o.maxBackupParents) || o.maxBackupParents < 0 || o.maxBackupParents > 4) throw new RangeError(`maxBackupParents must be an integer within 0…4, got ${o.maxBackupParents}`);
  if (o.capacityMode !== 'rehome' && o.capacityMode !== 'flag') throw new RangeError(`unknown capacityMode ${String(o.capacityMode)}`);
}

/**
 * Routing options for a mesh or PLC technology profile: its hop limit,
 * backup-parent count (PLC profiles have none: preset default) and nodes per
 * collector; the link threshold from the preset unless overridden.
 */
export function routingOptionsFromProfile(profile: MeshProfile | PlcProfile, overrides: Partial<RoutingOptions> = {}): RoutingOptions {
  return routingOptions({
    hopLimit: profile.hopLimit,
    maxBackupParents: profile.medium === 'mesh' ? profile.maxBackupParents : defaultRoutingOptions().maxBackupParents,
    capacity: profile.maxNodesPerCollector,
    ...overrides,
  });
}
