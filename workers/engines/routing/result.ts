/**
 * The routing result: per-node typed arrays describing the forest of
 * shortest-ETX trees rooted at the collectors, plus per-root counts.
 */

/** Why a node is (not) connected. Stored in {@link RoutingResult.reason}. */
export const REASON = {
  /** Connected to a collector. */
  routed: 0,
  /** The node is a collector (a root). */
  collector: 1,
  /** No usable uplink at all: every link is worse than maxLinkEtx (or there are none). */
  noUsableLink: 2,
  /** Has usable links, but no chain of usable links reaches any collector (an island). */
  noPath: 3,
  /** Every collector is reachable only beyond the hop limit (or only through nodes already at it). */
  hopLimit: 4,
  /** Reachable within the hop limit only through collectors that are full. */
  capacity: 5,
  /** Blocked by the caller (failed equipment in an N-1 study). */
  blocked: 6,
} as const;
export type ReasonCode = (typeof REASON)[keyof typeof REASON];
export const REASON_NAMES = ['routed', 'collector', 'noUsableLink', 'noPath', 'hopLimit', 'capacity', 'blocked'] as const;

/** Per-node routing state. Index i is graph node i; −1 marks "none". */
export interface RoutingResult {
  nodeCount: number;
  /** Graph nodes that are collectors (roots), in collector order. */
  roots: Int32Array;
  /** Preferred parent node, −1 for roots and unconnected nodes. */
  parent: Int32Array;
  /** Edge id (into the LinkGraph) of node → parent, −1 when none. */
  parentEdge: Int32Array;
  /** Index into `roots` of the node's collector (a root's own index for roots), −1 when unconnected. */
  collector: Int32Array;
  /** Hops to the collector (0 for roots), −1 when unconnected. */
  hops: Int32Array;
  /** Path cost: sum of link ETX to the collector (MRHOF rank / MinHopRankIncrease), Infinity when unconnected. */
  pathEtx: Float64Array;
  /** {@link REASON} code. */
  reason: Uint8Array;
  /** Backup parents, `maxBackupParents` slots per node (node·k + i), best first, −1 padded. */
  backupParents: Int32Array;
  /** Edge ids of the backup parent links, same layout. */
  backupEdges: Int32Array;
  /** Slots per node in backupParents. */
  maxBackupParents: number;
  /** Nodes attached to each root (the root not counted). */
  collectorNodes: Int32Array;
  /** Capacity of each root used in this run. */
  collectorCapacity: Int32Array;
  /** 1 when the root turned away at least one node because it was full. */
  collectorFull: Uint8Array;
  /** 1 for nodes a full collector turned away at least once. */
  capacityRejected: Uint8Array;
  hopLimit: number;
  maxLinkEtx: number;
}

/** Number of connected non-root nodes. */
export function routedCount(r: RoutingResult): number {
  let k = 0;
  for (let i = 0; i < r.nodeCount; i++) if (r.reason[i] === REASON.routed) k++;
  return k;
}

/** Path from a node up to its collector (node first, root last); empty when unconnected. */
export function pathToCollector(r: RoutingResult, node: number): number[] {
  if (r.collector[node] < 0) return [];
  const path = [node];
  for (let v = node; r.parent[v] >= 0; v = r.parent[v]) path.push(r.parent[v]);
  return path;
}
