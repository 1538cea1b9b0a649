/**
 * Backup parents: for each connected node, up to k next-best parents ranked
 * by the path cost through them (their path ETX plus the link ETX).
 *
 * Loop freedom follows RPL's rank rule (RFC 6550 §8.2.2.4, with MRHOF rank =
 * path cost, RFC 6719 §3.3): a candidate must have a strictly lower path cost
 * than the node itself. Every descendant of a node has a strictly higher
 * cost (link ETX > 0), so descendants are excluded, and because every parent
 * and backup edge points strictly down in cost, the union of all parent sets
 * is a DAG: no combination of failovers can create a loop. Candidates must
 * also belong to the same collector (one DODAG per border router) and sit
 * above the hop limit so the node stays within it when failing over.
 */
import type { LinkGraph } from './graph';
import type { RoutingResult } from './result';

/** Recompute the backup parents of the given nodes (all nodes when omitted). */
export function assignBackupParents(graph: LinkGraph, r: RoutingResult, nodes?: ArrayLike<number>): void {
  const k = r.maxBackupParents;
  if (k === 0) return;
  const { hopLimit, maxLinkEtx } = r;
  const bestCost = new Float64Array(k);
  const count = nodes ? nodes.length : r.nodeCount;
  for (let i = 0; i < count; i++) {
    const v = nodes ? nodes[i] : i;
    const base = v * k;
    r.backupParents.fill(-1, base, base + k);
    r.backupEdges.fill(-1, base, base + k);
    if (r.hops[v] <= 0) continue;
    const cv = r.pathEtx[v], c = r.collector[v], p = r.parent[v];
    let have = 0;
    for (let e = graph.offsets[v], end = graph.offsets[v + 1]; e < end; e++) {
      const x = graph.targets[e];
      if (x === p || r.collector[x] !== c || r.hops[x] >= hopLimit || !(r.pathEtx[x] < cv)) continue;
      const w = graph.etx[e];
      if (w > maxLinkEtx) continue;
      const through = r.pathEtx[x] + w;
      let dup = false;
      for (let s = 0; s < have; s++) if (r.backupParents[base + s] === x) dup = true;
      if (dup) continue; // parallel edges: keep the first (an ETX-sorted producer lists the best first)
      // insertion into the sorted slots (cost, then node index)
      let j = have < k ? have++ : k;
      if (j === k) {
        const last = r.backupParents[base + k - 1];
        if (through > bestCost[k - 1] || (through === bestCost[k - 1] && x > last)) continue;
        j = k - 1;
      }
      while (j > 0 && (bestCost[j - 1] > through || (bestCost[j - 1] === through && r.backupParents[base + j - 1] > x))) {
        bestCost[j] = bestCost[j - 1];
        r.backupParents[base + j] = r.backupParents[base + j - 1];
        r.backupEdges[base + j] = r.backupEdges[base + j - 1];
        j--;
      }
      bestCost[j] = through;
      r.backupParents[base + j] = x;
      r.backupEdges[base + j] = e;
    }
  }
}
