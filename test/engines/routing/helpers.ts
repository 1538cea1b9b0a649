/**
 * Test helpers: random link graphs (fast-check arbitraries) and independent
 * reference algorithms written without the engine's heap, in-edge index or
 * tie-breaking code, so that agreement means something.
 */
import fc from 'fast-check';
import { graphFromEdges, type LinkGraph } from '../../../workers/engines/routing/graph';

export interface RandomGraph {
  n: number;
  roots: number[];
  from: number[];
  to: number[];
  etx: number[];
  pdr: number[];
}

/** Random graphs: n nodes, random (optionally symmetric) edges with ETX 1…6, 1–3 roots. */
export function arbGraph({ minN = 2, maxN = 30, maxEdgesPerNode = 4, symmetric = true, integerEtx = false } = {}): fc.Arbitrary<RandomGraph> {
  return fc.integer({ min: minN, max: maxN }).chain((n) => {
    const edge = fc.record({
      a: fc.integer({ min: 0, max: n - 1 }),
      b: fc.integer({ min: 0, max: n - 1 }),
      etx: integerEtx ? fc.integer({ min: 1, max: 5 }) : fc.double({ min: 1, max: 6, noNaN: true }),
    });
    return fc.record({
      edges: fc.array(edge, { maxLength: n * maxEdgesPerNode }),
      roots: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: Math.min(3, n) }),
    }).map(({ edges, roots }) => {
      const g: RandomGraph = { n, roots, from: [], to: [], etx: [], pdr: [] };
      const add = (a: number, b: number, etx: number) => {
        const e = Math.fround(etx);
        g.from.push(a); g.to.push(b); g.etx.push(e); g.pdr.push(Math.fround(1 / e));
      };
      for (const { a, b, etx } of edges) {
        if (a === b) continue;
        add(a, b, etx);
        if (symmetric) add(b, a, etx);
      }
      return g;
    });
  });
}

export function toGraph(g: RandomGraph): LinkGraph {
  return graphFromEdges(g.n, { from: g.from, to: g.to, etx: g.etx, pdr: g.pdr });
}

/** Textbook O(V²) multi-source Dijkstra over uplink edges (no heap): path ETX per node. */
export function referenceDijkstra(g: RandomGraph, maxLinkEtx: number): number[] {
  const dist = new Array<number>(g.n).fill(Infinity);
  const done = new Array<boolean>(g.n).fill(false);
  for (const r of g.roots) dist[r] = 0;
  for (;;) {
    let v = -1;
    for (let i = 0; i < g.n; i++) if (!done[i] && dist[i] < Infinity && (v < 0 || dist[i] < dist[v])) v = i;
    if (v < 0) break;
    done[v] = true;
    // nodes u with an uplink u → v may use v as parent
    for (let e = 0; e < g.from.length; e++) {
      if (g.to[e] !== v || g.etx[e] > maxLinkEtx) continue;
      const u = g.from[e];
      if (g.roots.includes(u)) continue;
      if (dist[v] + g.etx[e] < dist[u]) dist[u] = dist[v] + g.etx[e];
    }
  }
  return dist;
}

/** Exact hop-constrained optimum: Bellman–Ford by hop layers, min path ETX with ≤ H hops per node. */
export function hopLayeredOptimum(g: RandomGraph, maxLinkEtx: number, hopLimit: number): number[] {
  let d = new Array<number>(g.n).fill(Infinity);
  for (const r of g.roots) d[r] = 0;
  for (let h = 1; h <= hopLimit; h++) {
    const next = d.slice();
    for (let e = 0; e < g.from.length; e++) {
      const u = g.from[e], v = g.to[e];
      if (g.etx[e] > maxLinkEtx || g.roots.includes(u)) continue;
      if (d[v] + g.etx[e] < next[u]) next[u] = d[v] + g.etx[e];
    }
    d = next;
  }
  return d;
}

/** Minimum hop count to any root over usable links (BFS by repeated relaxation). */
export function minHopsReference(g: RandomGraph, maxLinkEtx: number): number[] {
  const h = new Array<number>(g.n).fill(Infinity);
  for (const r of g.roots) h[r] = 0;
  for (let it = 0; it < g.n; it++) {
    for (let e = 0; e < g.from.length; e++) {
      const u = g.from[e], v = g.to[e];
      if (g.etx[e] > maxLinkEtx || g.roots.includes(u)) continue;
      if (h[v] + 1 < h[u]) h[u] = h[v] + 1;
    }
  }
  return h;
}

/** Build a line 0 ← 1 ← … ← n−1 (node 0 is the collector) with the given per-hop PDRs. */
export function lineGraph(pdrs: number[]): LinkGraph {
  const from: number[] = [], to: number[] = [], etx: number[] = [], pdr: number[] = [];
  pdrs.forEach((p, i) => {
    from.push(i + 1, i); to.push(i, i + 1); pdr.push(p, p); etx.push(1 / p, 1 / p);
  });
  return graphFromEdges(pdrs.length + 1, { from, to, etx, pdr });
}
