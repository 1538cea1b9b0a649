/**
 * Single points of failure after global repair: dominators over all usable
 * links rather than the routing DAG. Relay d dominates meter v when every
 * chain of usable links from v to any collector passes d, so even a full
 * RPL re-convergence cannot route around d's failure (hop limit and capacity
 * ignored). Complements routingDominators (dominators.ts), which answers the
 * same question for immediate failover to the selected backup parents.
 *
 * Flow graph: a super-source S → every collector → a node's uplink
 * neighbours → the node (a node's predecessors are the nodes it can send
 * to). Algorithm: Cooper, Harvey & Kennedy (2001), iterating in reverse
 * postorder until the immediate dominators are stable (usually 2–3 passes).
 */
import type { DominatorResult } from './dominators';
import type { InEdges, LinkGraph } from './graph';
import { inEdges as buildInEdges } from './graph';

export interface LinkDominatorOptions {
  maxLinkEtx: number;
  blockedNodes?: Uint8Array;
  inEdges?: InEdges;
}

/** Dominators of every node reachable from the collectors over usable links. */
export function linkGraphDominators(graph: LinkGraph, roots: Int32Array, options: LinkDominatorOptions): DominatorResult {
  const n = graph.nodeCount, S = n;
  const ins = options.inEdges ?? buildInEdges(graph);
  const { maxLinkEtx, blockedNodes: blocked } = options;
  const isRoot = new Uint8Array(n);
  for (const r of roots) isRoot[r] = 1;
  const usable = (e: number, from: number) => graph.etx[e] <= maxLinkEtx && !(blocked && blocked[from]) && !isRoot[from];

  // iterative DFS from S over successors (in-edges of x: nodes that can send to x) for postorder numbers
  const post = new Int32Array(n + 1).fill(-1);
  const rpo: number[] = [];
  const visited = new Uint8Array(n + 1);
  const stackNode: number[] = [], stackEdge: number[] = [];
  let counter = 0;
  visited[S] = 1;
  for (const r of roots) {
    if (visited[r] || (blocked && blocked[r])) continue;
    visited[r] = 1;
    stackNode.push(r); stackEdge.push(ins.offsets[r]);
    while (stackNode.length) {
      const top = stackNode.length - 1, x = stackNode[top];
      const k = stackEdge[top];
      if (k < ins.offsets[x + 1]) {
        stackEdge[top] = k + 1;
        const u = ins.sources[k];
        if (!visited[u] && usable(ins.edgeIds[k], u)) { visited[u] = 1; stackNode.push(u); stackEdge.push(ins.offsets[u]); }
      } else {
        post[x] = counter++;
        rpo.push(x);
        stackNode.pop(); stackEdge.pop();
      }
    }
  }
  post[S] = counter;
  rpo.reverse();

  const idomAll = new Int32Array(n + 1).fill(-1);
  idomAll[S] = S;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (post[a] < post[b]) a = idomAll[a];
      while (post[b] < post[a]) b = idomAll[b];
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const v of rpo) {
      let d = -1;
      if (isRoot[v]) d = S;
      else {
        for (let e = graph.offsets[v], end = graph.offsets[v + 1]; e < end; e++) {
          const p = graph.targets[e];
          if (graph.etx[e] > maxLinkEtx || idomAll[p] < 0 || (blocked && blocked[p])) continue;
          d = d < 0 ? p : intersect(d, p);
        }
      }
      if (d !== idomAll[v]) { idomAll[v] = d; changed = true; }
    }
  }

  const idom = new Int32Array(n).fill(-1), criticalRelay = new Int32Array(n).fill(-1), dependents = new Int32Array(n);
  for (const v of rpo) {
    const d = idomAll[v];
    idom[v] = d === S ? -1 : d;
    if (idom[v] >= 0 && !isRoot[idom[v]]) criticalRelay[v] = idom[v];
  }
  for (let i = rpo.length - 1; i >= 0; i--) {
    const v = rpo[i], d = idom[v];
    if (d >= 0) dependents[d] += dependents[v] + 1;
  }
  return { idom, criticalRelay, dependents };
}
