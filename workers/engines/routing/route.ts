/**
 * The routing engine: a shortest-ETX forest rooted at all collectors,
 * RPL/MRHOF-like (RFC 6550, RFC 6719): path cost = sum of link ETX, links
 * worse than MAX_LINK_METRIC excluded, a hop limit, per-collector capacity
 * with re-homing, backup parents and a reason for every unconnected node.
 * Shared by RF mesh and PLC; they differ only in how the LinkGraph's PDR and
 * ETX are computed.
 */
import { checkpoint, type RunControl } from '../run-control';
import { assignBackupParents } from './backup';
import { inEdges, validateGraph, type InEdges, type LinkGraph } from './graph';
import { capacityPerRoot, routingOptions, validateRoutingOptions, type RoutingOptions } from './params';
import { assignReasons } from './reasons';
import { REASON, type RoutingResult } from './result';
import { newQueue, settle, type SearchContext } from './search';

/** An unconnected result with roots placed, ready for a search. */
export function emptyRoutingResult(nodeCount: number, roots: Int32Array, options: RoutingOptions): RoutingResult {
  const k = options.maxBackupParents;
  const r: RoutingResult = {
    nodeCount,
    roots: Int32Array.from(roots),
    parent: new Int32Array(nodeCount).fill(-1),
    parentEdge: new Int32Array(nodeCount).fill(-1),
    collector: new Int32Array(nodeCount).fill(-1),
    hops: new Int32Array(nodeCount).fill(-1),
    pathEtx: new Float64Array(nodeCount).fill(Infinity),
    reason: new Uint8Array(nodeCount).fill(REASON.noPath),
    backupParents: new Int32Array(nodeCount * k).fill(-1),
    backupEdges: new Int32Array(nodeCount * k).fill(-1),
    maxBackupParents: k,
    collectorNodes: new Int32Array(roots.length),
    collectorCapacity: capacityPerRoot(options.capacity, roots.length),
    collectorFull: new Uint8Array(roots.length),
    capacityRejected: new Uint8Array(nodeCount),
    hopLimit: options.hopLimit,
    maxLinkEtx: options.maxLinkEtx,
  };
  for (let c = 0; c < roots.length; c++) {
    const v = roots[c];
    if (!(v >= 0 && v < nodeCount)) throw new RangeError(`root ${c} is node ${v}, outside 0…${nodeCount - 1}`);
    if (r.hops[v] === 0) throw new RangeError(`node ${v} is listed as a root twice`);
    if (options.blockedNodes?.[v]) throw new RangeError(`root node ${v} is blocked`);
    r.pathEtx[v] = 0;
    r.hops[v] = 0;
    r.collector[v] = c;
    r.reason[v] = REASON.collector;
  }
  return r;
}

/** The search context for a graph and options. */
export function searchContext(graph: LinkGraph, options: RoutingOptions, ins?: InEdges): SearchContext {
  return { graph, ins: ins ?? options.inEdges ?? inEdges(graph), maxLinkEtx: options.maxLinkEtx, hopLimit: options.hopLimit, mode: options.capacityMode, blocked: options.blockedNodes };
}

/**
 * Route every node to a collector. `roots` lists the collector nodes (their
 * order defines the collector index in the result). The search and its hop
 * limit model are described in search.ts; backup parents in backup.ts;
 * reasons in reasons.ts. O((V+E) log V).
 */
export function routeForest(graph: LinkGraph, roots: Int32Array, options: RoutingOptions = routingOptions(), control?: RunControl): RoutingResult {
  validateGraph(graph);
  validateRoutingOptions(options);
  checkpoint(control, 'routing', 0, graph.nodeCount);
  const ctx = searchContext(graph, options);
  const r = emptyRoutingResult(graph.nodeCount, roots, options);
  const done = new Uint8Array(graph.nodeCount);
  const q = newQueue();
  for (let c = 0; c < roots.length; c++) q.push(roots[c], 0);
  settle(ctx, r, done, q, control);
  checkpoint(control, 'reasons', 0, 1);
  assignReasons(graph, ctx.ins, r, options.blockedNodes);
  checkpoint(control, 'backup parents', 0, 1);
  assignBackupParents(graph, r);
  return r;
}
