/**
 * Tree views of a routing result: children lists in CSR form and a
 * parents-before-children order of the connected nodes, for passes that
 * accumulate along paths (products root→leaf) or over subtrees (sums
 * leaf→root).
 */
import type { RoutingResult } from './result';

/** Children of every node (CSR over the parent array). */
export interface ChildLists {
  offsets: Int32Array;
  children: Int32Array;
}

/** Children lists of the routing forest. O(V). */
export function childLists(r: RoutingResult): ChildLists {
  const n = r.nodeCount;
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) if (r.parent[v] >= 0) offsets[r.parent[v] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const children = new Int32Array(offsets[n]);
  for (let v = 0; v < n; v++) if (r.parent[v] >= 0) children[fill[r.parent[v]]++] = v;
  return { offsets, children };
}

/**
 * Connected nodes in breadth-first order from the roots (every parent comes
 * before its children). Returns the order and how many entries are used.
 */
export function topDownOrder(r: RoutingResult, lists: ChildLists = childLists(r)): Int32Array {
  let total = 0;
  for (let v = 0; v < r.nodeCount; v++) if (r.collector[v] >= 0) total++;
  const order = new Int32Array(total);
  let tail = 0;
  for (let c = 0; c < r.roots.length; c++) order[tail++] = r.roots[c];
  for (let head = 0; head < tail; head++) {
    const v = order[head];
    for (let k = lists.offsets[v], end = lists.offsets[v + 1]; k < end; k++) order[tail++] = lists.children[k];
  }
  return order;
}

/** The nodes of the subtree under `node` (itself included), breadth-first. */
export function subtreeOf(lists: ChildLists, node: number): number[] {
  const out = [node];
  for (let head = 0; head < out.length; head++) {
    const v = out[head];
    for (let k = lists.offsets[v], end = lists.offsets[v + 1]; k < end; k++) out.push(lists.children[k]);
  }
  return out;
}
