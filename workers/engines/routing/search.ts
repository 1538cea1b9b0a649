/**
 * The label-setting search at the heart of the router: a multi-source
 * Dijkstra over uplink ETX with hop counts, a hop limit and per-collector
 * capacity.
 *
 * Labels are compared lexicographically by (path ETX, hops, parent index), so
 * ties resolve the same way whatever order nodes are visited in: this makes a
 * full run and an incremental repair produce identical forests.
 *
 * Hop limit (documented model): a node may only adopt a parent whose own
 * depth is below the limit, and every node keeps the best label it can get
 * that way. This is the state a converged RPL DODAG reaches when a node at
 * the maximum depth stops offering itself as a parent (RFC 6550 §8.2: a node
 * picks its preferred parent by rank among the candidates that advertise
 * one), i.e. the unique fixed point of
 *   label(v) = min over candidate parents u with hops(u) < H of (cost(u)+etx(v→u), hops(u)+1, u).
 * Where the unconstrained shortest-ETX tree is within the limit (the usual
 * case) it is that tree, so every path is exactly the minimum-ETX path. Where
 * it is not, the result is tree-consistent (each node's path is its parent's
 * path plus one hop, as packets are really forwarded) but a node's cost can
 * exceed the per-node hop-constrained optimum, which is not realisable by
 * destination-independent forwarding anyway; tests check both properties
 * against brute force.
 *
 * Capacity: nodes are admitted to their collector in (path ETX, hops, node)
 * order, nearest first, so what a full collector keeps is closed under
 * ancestors (a relay is admitted before its children). A node a full
 * collector turns away takes its best label among settled nodes of
 * collectors with room and stays in the queue ('rehome': the next-best
 * collector), or stays out with reason `capacity` ('flag').
 *
 * Heap: flatqueue (3.x) rather than heap-js. Dijkstra here pushes plain
 * (node id, priority) pairs with lazy deletion; flatqueue keeps them in two
 * parallel numeric arrays with no per-push object or comparator call, which
 * matters at a million nodes and ~10⁷ pushes, whereas heap-js would need a
 * [cost, node] object per push plus a comparator closure. flatqueue is already
 * installed as flatbush's dependency (it should also be listed in package.json).
 */
import FlatQueue from 'flatqueue';
import { checkpoint, type RunControl } from '../run-control';
import type { InEdges, LinkGraph } from './graph';
import type { CapacityMode } from './params';
import type { RoutingResult } from './result';

/** What the search reads besides the mutable result. */
export interface SearchContext {
  graph: LinkGraph;
  ins: InEdges;
  maxLinkEtx: number;
  hopLimit: number;
  mode: CapacityMode;
  /** Nodes that may not take a label (1 = blocked). */
  blocked?: Uint8Array;
}

/** True when label (cost, hops, parent) beats node u's current label. */
export function betterLabel(r: RoutingResult, u: number, cost: number, hops: number, parent: number): boolean {
  const c = r.pathEtx[u];
  if (cost !== c) return cost < c;
  const h = r.hops[u];
  if (hops !== h) return hops < h;
  return parent < r.parent[u];
}

/** Give node u the label (cost, hops) through parent p over edge e. */
export function setLabel(r: RoutingResult, u: number, cost: number, hops: number, p: number, e: number): void {
  r.pathEtx[u] = cost;
  r.hops[u] = hops;
  r.parent[u] = p;
  r.parentEdge[u] = e;
  r.collector[u] = r.collector[p];
}

/** Reset node u to "unconnected, no label". */
export function clearLabel(r: RoutingResult, u: number): void {
  r.pathEtx[u] = Infinity;
  r.hops[u] = -1;
  r.parent[u] = -1;
  r.parentEdge[u] = -1;
  r.collector[u] = -1;
}

/** True when root index c can take another node. */
export function collectorOpen(r: RoutingResult, c: number): boolean {
  return r.collectorNodes[c] < r.collectorCapacity[c];
}

/**
 * Best label for u from its already settled candidate parents in open
 * collectors (used after a full collector turned u away, and by repairs).
 * Returns true and pushes u when one exists.
 */
export function seedFromSettled(ctx: SearchContext, r: RoutingResult, done: Uint8Array, q: FlatQueue<number>, u: number): boolean {
  const { graph, maxLinkEtx, hopLimit } = ctx;
  if (ctx.blocked && ctx.blocked[u]) return false;
  let found = false;
  for (let e = graph.offsets[u], end = graph.offsets[u + 1]; e < end; e++) {
    const x = graph.targets[e];
    if (!done[x] || r.hops[x] >= hopLimit || r.collector[x] < 0 || !collectorOpen(r, r.collector[x])) continue;
    const w = graph.etx[e];
    if (w > maxLinkEtx) continue;
    const c = r.pathEtx[x] + w;
    if (betterLabel(r, u, c, r.hops[x] + 1, x)) {
      setLabel(r, u, c, r.hops[x] + 1, x, e);
      found = true;
    }
  }
  if (found) q.push(u, r.pathEtx[u]);
  return found;
}

/**
 * Run the search until the queue is empty. Nodes with `done` set are final;
 * queued nodes carry tentative labels. Returns the number of nodes settled.
 */
export function settle(ctx: SearchContext, r: RoutingResult, done: Uint8Array, q: FlatQueue<number>, control?: RunControl, total = r.nodeCount): number {
  const { ins, graph, maxLinkEtx, hopLimit, mode } = ctx;
  const blocked = ctx.blocked ?? new Uint8Array(0);
  const { pathEtx, hops, collector, collectorNodes, collectorCapacity } = r;
  const etx = graph.etx;
  const inOff = ins.offsets, inSrc = ins.sources, inEdge = ins.edgeIds;
  let settled = 0;
  const group: number[] = [];
  while (q.length > 0) {
    // Pop every entry of the lowest priority, then admit them by (hops, node): with
    // capacity limits the admission order decides who gets in, so it must not depend
    // on heap internals. Processing a group only pushes higher priorities (ETX > 0).
    const pr = q.peekValue() as number;
    group.length = 0;
    while (q.length > 0 && q.peekValue() === pr) {
      const v = q.pop() as number;
      if (!done[v] && pathEtx[v] === pr) group.push(v);
    }
    if (group.length > 1) group.sort((a, b) => hops[a] - hops[b] || a - b);
    for (let gi = 0; gi < group.length; gi++) {
      const v = group[gi];
      if (done[v] || pathEtx[v] !== pr) continue;
      if ((settled & 0xffff) === 0) checkpoint(control, 'routing', settled, total);
      const c = collector[v];
      if (hops[v] > 0) {
        if (collectorNodes[c] >= collectorCapacity[c]) {
          r.collectorFull[c] = 1;
          r.capacityRejected[v] = 1;
          clearLabel(r, v);
          if (mode === 'rehome') seedFromSettled(ctx, r, done, q, v);
          continue;
        }
        collectorNodes[c]++;
      }
      done[v] = 1;
      settled++;
      const hv = hops[v];
      if (hv >= hopLimit) continue;
      const cv = pathEtx[v];
      const hu = hv + 1;
      for (let k = inOff[v], end = inOff[v + 1]; k < end; k++) {
        const u = inSrc[k];
        if (done[u]) continue;
        const e = inEdge[k];
        const w = etx[e];
        if (w > maxLinkEtx) continue;
        if ((mode === 'flag' && r.capacityRejected[u]) || blocked[u] === 1) continue;
        const cu = cv + w;
        const old = pathEtx[u];
        if (cu < old || (cu === old && (hu < hops[u] || (hu === hops[u] && v < r.parent[u])))) {
          pathEtx[u] = cu;
          hops[u] = hu;
          r.parent[u] = v;
          r.parentEdge[u] = e;
          collector[u] = c;
          q.push(u, cu);
        }
      }
    }
  }
  return settled;
}

/** A fresh queue (exported so callers need not import flatqueue themselves). */
export function newQueue(): FlatQueue<number> {
  return new FlatQueue<number>();
}
