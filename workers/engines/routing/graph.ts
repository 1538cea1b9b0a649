/**
 * The link graph shared by RF mesh and PLC: a compressed-sparse-row (CSR)
 * adjacency over typed arrays. Edge `e` of node `u` (offsets[u] ≤ e <
 * offsets[u+1]) is the directed uplink u → targets[e]: `u` may use
 * `targets[e]` as its parent, with per-attempt delivery ratio `pdr[e]` and
 * expected transmission count `etx[e]` (RFC 6719 §3.1 ETX; the link author
 * decides whether it is 1/pdr or the bidirectional 1/(df·dr) of De Couto et
 * al. 2003). Mesh links are usually symmetric, so producers normally emit both
 * directions; nothing here assumes it.
 *
 * Node numbering is the producer's; the convention for mesh and PLC is
 * meters 0…M−1 followed by collectors M…M+C−1, with the collectors passed to
 * the router as roots.
 */

/** Directed uplink graph in CSR form. */
export interface LinkGraph {
  nodeCount: number;
  /** Length nodeCount+1; edges of node u are offsets[u] … offsets[u+1]−1. */
  offsets: Int32Array;
  /** Edge head (candidate parent), length offsets[nodeCount]. */
  targets: Int32Array;
  /** Link ETX (≥ 1 for a physical link; must be > 0), per edge. */
  etx: Float32Array;
  /** Per-attempt packet delivery ratio 0…1, per edge. */
  pdr: Float32Array;
}

/** In-edges of every node: for node v, the nodes u with an edge u → v and that edge's id. */
export interface InEdges {
  offsets: Int32Array;
  sources: Int32Array;
  /** Index of the edge u → v in the LinkGraph arrays. */
  edgeIds: Int32Array;
}

/** Number of edges. */
export function edgeCount(g: LinkGraph): number {
  return g.offsets[g.nodeCount];
}

/** Throw a RangeError when the arrays do not form a valid CSR graph with positive ETX. */
export function validateGraph(g: LinkGraph): void {
  const n = g.nodeCount;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`nodeCount must be a non-negative integer, got ${n}`);
  if (g.offsets.length !== n + 1 || g.offsets[0] !== 0) throw new RangeError('offsets must have nodeCount+1 entries starting at 0');
  const m = g.offsets[n];
  if (g.targets.length < m || g.etx.length < m || g.pdr.length < m) throw new RangeError('targets, etx and pdr must hold offsets[nodeCount] edges');
  const { offsets, targets, etx, pdr } = g;
  for (let u = 0; u < n; u++) if (offsets[u + 1] < offsets[u]) throw new RangeError(`offsets decrease at node ${u}`);
  for (let e = 0; e < m; e++) {
    const t = targets[e], x = etx[e], p = pdr[e];
    if (t >= 0 && t < n && x > 0 && p >= 0 && p <= 1) continue;
    if (!(t >= 0 && t < n)) throw new RangeError(`edge ${e} targets node ${t}, outside 0…${n - 1}`);
    if (!(x > 0)) throw new RangeError(`edge ${e} has ETX ${x}; ETX must be > 0 (NaN is rejected)`);
    throw new RangeError(`edge ${e} has PDR ${p}; PDR must be within 0…1`);
  }
}

/** Transpose the adjacency: for every node, its in-edges with their edge ids (counting sort, O(V+E)). */
export function inEdges(g: LinkGraph): InEdges {
  const n = g.nodeCount;
  const m = g.offsets[n];
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[g.targets[e] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const sources = new Int32Array(m);
  const edgeIds = new Int32Array(m);
  for (let u = 0; u < n; u++) {
    for (let e = g.offsets[u], end = g.offsets[u + 1]; e < end; e++) {
      const k = fill[g.targets[e]]++;
      sources[k] = u;
      edgeIds[k] = e;
    }
  }
  return { offsets, sources, edgeIds };
}

/** Edge list: parallel arrays of from, to, pdr and etx (any order). */
export interface EdgeList {
  from: ArrayLike<number>;
  to: ArrayLike<number>;
  pdr: ArrayLike<number>;
  etx: ArrayLike<number>;
}

/** Build a CSR graph from an edge list (counting sort by source; edge order within a node is kept). */
export function graphFromEdges(nodeCount: number, edges: EdgeList): LinkGraph {
  const m = edges.from.length;
  const offsets = new Int32Array(nodeCount + 1);
  for (let i = 0; i < m; i++) {
    const f = edges.from[i];
    if (!(f >= 0 && f < nodeCount)) throw new RangeError(`edge ${i} starts at node ${f}, outside 0…${nodeCount - 1}`);
    offsets[f + 1]++;
  }
  for (let v = 0; v < nodeCount; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, nodeCount);
  const targets = new Int32Array(m);
  const etx = new Float32Array(m);
  const pdr = new Float32Array(m);
  for (let i = 0; i < m; i++) {
    const k = fill[edges.from[i]]++;
    targets[k] = edges.to[i];
    etx[k] = edges.etx[i];
    pdr[k] = edges.pdr[i];
  }
  return { nodeCount, offsets, targets, etx, pdr };
}

/** Index of the edge u → v, or −1 (linear in u's degree). */
export function findEdge(g: LinkGraph, u: number, v: number): number {
  for (let e = g.offsets[u], end = g.offsets[u + 1]; e < end; e++) if (g.targets[e] === v) return e;
  return -1;
}
