/**
 * Single points of failure: dominators in the routing DAG. The DAG has an
 * edge from every connected node to its preferred parent and each backup
 * parent (backup.ts: all point strictly down in path cost), plus a virtual
 * super-source above all collectors. Node d dominates v when every DAG path
 * from v up to a collector passes d: if relay d fails, v loses service even
 * after failing over to its backups.
 *
 * Algorithm: Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm"
 * (2001), on the reversed DAG (super-source → collectors → children).
 * Visiting nodes in a topological order (Kahn) makes one pass exact for a
 * DAG: every predecessor's immediate dominator is final when a node is
 * reached, and `intersect` walks the finger with the later topological
 * position up, which is safe because a dominator always precedes the nodes
 * it dominates. O(E · depth) worst case, near-linear in practice.
 */
import type { RoutingResult } from './result';

export interface DominatorResult {
  /** Immediate dominator of each connected node: a node index, or −1 for the super-source (roots, and nodes with no common relay) and for unconnected nodes. */
  idom: Int32Array;
  /** The relay (a non-collector node) whose failure cuts the node off, −1 when none: idom when it is a meter. */
  criticalRelay: Int32Array;
  /** For every node, how many nodes it dominates (lose service if it fails), itself excluded. */
  dependents: Int32Array;
}

/** Dominators of the routing DAG (preferred + backup parents) below a super-source. */
export function routingDominators(r: RoutingResult): DominatorResult {
  const n = r.nodeCount, k = r.maxBackupParents;
  const S = n; // the super-source
  const predOf = (v: number, i: number) => (i === 0 ? r.parent[v] : r.backupParents[v * k + i - 1]);
  // Kahn: count in-degrees on the reversed DAG (parent → child)
  const indeg = new Int32Array(n);
  const outCount = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    if (r.collector[v] < 0 || r.hops[v] === 0) continue;
    for (let i = 0; i <= k; i++) { const p = predOf(v, i); if (p >= 0) { indeg[v]++; outCount[p + 1]++; } }
  }
  for (let v = 0; v < n; v++) outCount[v + 1] += outCount[v];
  const fill = outCount.slice(0, n);
  const succ = new Int32Array(outCount[n]);
  for (let v = 0; v < n; v++) {
    if (r.collector[v] < 0 || r.hops[v] === 0) continue;
    for (let i = 0; i <= k; i++) { const p = predOf(v, i); if (p >= 0) succ[fill[p]++] = v; }
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let c = 0; c < r.roots.length; c++) order[tail++] = r.roots[c];
  for (let head = 0; head < tail; head++) {
    const v = order[head];
    for (let j = outCount[v], end = outCount[v + 1]; j < end; j++) if (--indeg[succ[j]] === 0) order[tail++] = succ[j];
  }
  const pos = new Int32Array(n + 1).fill(-1);
  pos[S] = -1;
  for (let i = 0; i < tail; i++) pos[order[i]] = i;
  const idomAll = new Int32Array(n + 1).fill(-1);
  idomAll[S] = S;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (a !== S && (b === S || pos[a] > pos[b])) a = idomAll[a];
      while (b !== S && (a === S || pos[b] > pos[a])) b = idomAll[b];
    }
    return a;
  };
  for (let i = 0; i < tail; i++) {
    const v = order[i];
    if (r.hops[v] === 0) { idomAll[v] = S; continue; }
    let d = -1;
    for (let j = 0; j <= k; j++) {
      const p = predOf(v, j);
      if (p < 0) continue;
      d = d < 0 ? p : intersect(d, p);
    }
    idomAll[v] = d;
  }
  const idom = new Int32Array(n), criticalRelay = new Int32Array(n).fill(-1), dependents = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const d = idomAll[v];
    idom[v] = d === S || d < 0 ? -1 : d;
    if (idom[v] >= 0 && r.hops[idom[v]] > 0) criticalRelay[v] = idom[v];
  }
  for (let i = tail - 1; i >= 0; i--) {
    const v = order[i];
    const d = idom[v];
    if (d >= 0) dependents[d] += dependents[v] + 1;
  }
  return { idom, criticalRelay, dependents };
}
