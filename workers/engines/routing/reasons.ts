/**
 * Reason codes for unconnected nodes: no usable link at all, no chain of
 * usable links to any collector, the hop limit, or full collectors. Uses
 * breadth-first searches of minimum hop counts over the usable links, run
 * only when there are unconnected nodes to explain.
 */
import type { InEdges, LinkGraph } from './graph';
import { REASON, type RoutingResult } from './result';

/** Minimum hops from the allowed roots over usable links (−1 when unreachable). */
function minHops(graph: LinkGraph, ins: InEdges, r: RoutingResult, maxLinkEtx: number, useRoot: (k: number) => boolean, relay: (v: number) => boolean, blocked?: Uint8Array): Int32Array {
  const n = graph.nodeCount;
  const depth = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0, tail = 0;
  for (let k = 0; k < r.roots.length; k++) {
    if (!useRoot(k)) continue;
    const v = r.roots[k];
    depth[v] = 0;
    queue[tail++] = v;
  }
  const isRoot = new Uint8Array(n);
  for (let k = 0; k < r.roots.length; k++) isRoot[r.roots[k]] = 1;
  while (head < tail) {
    const v = queue[head++];
    if (depth[v] > 0 && !relay(v)) continue;
    for (let k = ins.offsets[v], end = ins.offsets[v + 1]; k < end; k++) {
      const u = ins.sources[k];
      if (depth[u] >= 0 || isRoot[u] || graph.etx[ins.edgeIds[k]] > maxLinkEtx || (blocked && blocked[u])) continue;
      depth[u] = depth[v] + 1;
      queue[tail++] = u;
    }
  }
  return depth;
}

function hasUsableLink(graph: LinkGraph, u: number, maxLinkEtx: number): boolean {
  for (let e = graph.offsets[u], end = graph.offsets[u + 1]; e < end; e++) if (graph.etx[e] <= maxLinkEtx) return true;
  return false;
}

/**
 * Fill `r.reason` for every node: collector, routed, or why not. A node a
 * full collector turned away, or one that can reach a collector within the hop limit only through full
 * collectors' trees gets `capacity`; one whose every usable chain is too long
 * (or blocked by nodes already at the limit) gets `hopLimit`.
 */
export function assignReasons(graph: LinkGraph, ins: InEdges, r: RoutingResult, blocked?: Uint8Array): void {
  const n = r.nodeCount;
  const { maxLinkEtx, hopLimit } = r;
  let pending = 0;
  for (let v = 0; v < n; v++) {
    if (r.collector[v] >= 0) r.reason[v] = r.hops[v] === 0 ? REASON.collector : REASON.routed;
    else if (blocked && blocked[v]) r.reason[v] = REASON.blocked;
    else if (!hasUsableLink(graph, v, maxLinkEtx)) r.reason[v] = REASON.noUsableLink;
    else { r.reason[v] = REASON.noPath; pending++; }
  }
  if (pending === 0) return;
  const all = minHops(graph, ins, r, maxLinkEtx, () => true, () => true, blocked);
  let anyFull = false;
  for (let k = 0; k < r.roots.length; k++) if (r.collectorFull[k]) anyFull = true;
  const open = anyFull
    ? minHops(graph, ins, r, maxLinkEtx, (k) => !r.collectorFull[k], (v) => r.collector[v] < 0 || !r.collectorFull[r.collector[v]], blocked)
    : all;
  for (let v = 0; v < n; v++) {
    if (r.reason[v] !== REASON.noPath) continue;
    const a = all[v];
    if (a < 0) continue;
    if (r.capacityRejected[v]) { r.reason[v] = REASON.capacity; continue; }
    const o = open[v];
    r.reason[v] = a <= hopLimit && (o < 0 || o > hopLimit) ? REASON.capacity : REASON.hopLimit;
  }
}
