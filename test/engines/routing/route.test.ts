import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphFromEdges, inEdges } from '../../../workers/engines/routing/graph';
import { routingOptions } from '../../../workers/engines/routing/params';
import { REASON, pathToCollector, type RoutingResult } from '../../../workers/engines/routing/result';
import { routeForest } from '../../../workers/engines/routing/route';
import { arbGraph, hopLayeredOptimum, minHopsReference, referenceDijkstra, toGraph, type RandomGraph } from './helpers';

const unconstrained = routingOptions({ hopLimit: 64, capacity: Infinity, maxLinkEtx: 4 });

/** Direct check of the documented hop-limit semantics: every label is the best over eligible parents. */
function checkFixedPoint(g: RandomGraph, r: RoutingResult, maxLinkEtx: number, hopLimit: number): void {
  for (let v = 0; v < g.n; v++) {
    if (g.roots.includes(v)) continue;
    let best = Infinity, bestHops = Infinity, bestParent = -1;
    for (let e = 0; e < g.from.length; e++) {
      if (g.from[e] !== v || g.etx[e] > maxLinkEtx) continue;
      const x = g.to[e];
      if (r.collector[x] < 0 || r.hops[x] >= hopLimit) continue;
      const c = r.pathEtx[x] + g.etx[e], h = r.hops[x] + 1;
      if (c < best || (c === best && (h < bestHops || (h === bestHops && x < bestParent)))) { best = c; bestHops = h; bestParent = x; }
    }
    expect(r.pathEtx[v]).toBe(best);
    if (best < Infinity) {
      expect(r.hops[v]).toBe(bestHops);
      expect(r.parent[v]).toBe(bestParent);
    }
  }
}

describe('routeForest: shortest-ETX forest', () => {
  it('path costs equal an independent O(V²) Dijkstra on random graphs', () => {
    fc.assert(fc.property(arbGraph({ maxN: 40 }), (g) => {
      const r = routeForest(toGraph(g), Int32Array.from(g.roots), unconstrained);
      const want = referenceDijkstra(g, 4);
      for (let v = 0; v < g.n; v++) {
        if (want[v] === Infinity) expect(r.pathEtx[v]).toBe(Infinity);
        else expect(r.pathEtx[v]).toBeCloseTo(want[v], 9);
      }
    }), { numRuns: 300 });
  });

  it('also on asymmetric graphs (uplink direction matters)', () => {
    fc.assert(fc.property(arbGraph({ maxN: 30, symmetric: false, maxEdgesPerNode: 6 }), (g) => {
      const r = routeForest(toGraph(g), Int32Array.from(g.roots), unconstrained);
      const want = referenceDijkstra(g, 4);
      for (let v = 0; v < g.n; v++) expect(r.pathEtx[v] === Infinity ? Infinity : r.pathEtx[v]).toBeCloseTo(want[v], 9);
    }), { numRuns: 200 });
  });

  it('parents, hops, collectors and parent edges are consistent with the path costs', () => {
    fc.assert(fc.property(arbGraph({ maxN: 40 }), (g) => {
      const graph = toGraph(g);
      const r = routeForest(graph, Int32Array.from(g.roots), unconstrained);
      for (let v = 0; v < g.n; v++) {
        const p = r.parent[v];
        if (p < 0) continue;
        const e = r.parentEdge[v];
        expect(graph.targets[e]).toBe(p);
        expect(e >= graph.offsets[v] && e < graph.offsets[v + 1]).toBe(true);
        expect(r.pathEtx[v]).toBe(r.pathEtx[p] + graph.etx[e]);
        expect(r.hops[v]).toBe(r.hops[p] + 1);
        expect(r.collector[v]).toBe(r.collector[p]);
        const path = pathToCollector(r, v);
        expect(path[path.length - 1]).toBe(g.roots[r.collector[v]]);
      }
    }), { numRuns: 200 });
  });

  it('excludes links worse than MAX_LINK_METRIC (default ETX 4 from the preset)', () => {
    const g = graphFromEdges(3, { from: [1, 2, 2], to: [0, 0, 1], etx: [1, 4.5, 1], pdr: [1, 0.22, 1] });
    const r = routeForest(g, Int32Array.of(0));
    expect(routingOptions().maxLinkEtx).toBe(4);
    expect(r.parent[2]).toBe(1);
    expect(r.pathEtx[2]).toBe(2);
    const strict = routeForest(g, Int32Array.of(0), routingOptions({ maxLinkEtx: 0.5 }));
    expect(strict.reason[1]).toBe(REASON.noUsableLink);
  });

  it('rejects malformed graphs and options', () => {
    const bad = graphFromEdges(2, { from: [1], to: [0], etx: [0], pdr: [1] });
    expect(() => routeForest(bad, Int32Array.of(0))).toThrow(RangeError);
    const nan = graphFromEdges(2, { from: [1], to: [0], etx: [NaN], pdr: [1] });
    expect(() => routeForest(nan, Int32Array.of(0))).toThrow(RangeError);
    const ok = graphFromEdges(2, { from: [1], to: [0], etx: [1], pdr: [1] });
    expect(() => routeForest(ok, Int32Array.of(0, 0))).toThrow(/twice/);
    expect(() => routeForest(ok, Int32Array.of(5))).toThrow(RangeError);
    expect(() => routeForest(ok, Int32Array.of(0), routingOptions({ hopLimit: 0 }))).toThrow(RangeError);
  });
});

describe('routeForest: hop limit', () => {
  it('satisfies the RPL fixed point exactly and is bounded by the exact hop-constrained optimum', () => {
    fc.assert(fc.property(arbGraph({ maxN: 16, maxEdgesPerNode: 3 }), fc.integer({ min: 1, max: 5 }), (g, hopLimit) => {
      const r = routeForest(toGraph(g), Int32Array.from(g.roots), routingOptions({ hopLimit, capacity: Infinity }));
      checkFixedPoint(g, r, 4, hopLimit);
      const exact = hopLayeredOptimum(g, 4, hopLimit);
      const minHops = minHopsReference(g, 4);
      const free = referenceDijkstra(g, 4);
      const freeTree = routeForest(toGraph(g), Int32Array.from(g.roots), unconstrained);
      const treeFits = Array.from(freeTree.hops).every((h) => h <= hopLimit);
      for (let v = 0; v < g.n; v++) {
        if (r.collector[v] >= 0) {
          expect(r.hops[v]).toBeLessThanOrEqual(hopLimit);
          expect(r.pathEtx[v]).toBeGreaterThanOrEqual(exact[v] - 1e-9);
        } else if (r.reason[v] === REASON.hopLimit) {
          expect(free[v]).toBeLessThan(Infinity);
        }
        if (minHops[v] > hopLimit) expect(r.collector[v]).toBe(-1);
        // when the unconstrained tree already fits, the limit changes nothing and every path is optimal
        if (treeFits) expect(r.pathEtx[v] === Infinity ? Infinity : r.pathEtx[v]).toBeCloseTo(exact[v], 9);
      }
    }), { numRuns: 400 });
  });

  it('a chain longer than the limit is cut with reason hopLimit', () => {
    const n = 8;
    const from: number[] = [], to: number[] = [];
    for (let i = 1; i < n; i++) { from.push(i, i - 1); to.push(i - 1, i); }
    const g = graphFromEdges(n, { from, to, etx: from.map(() => 1), pdr: from.map(() => 1) });
    const r = routeForest(g, Int32Array.of(0), routingOptions({ hopLimit: 5 }));
    expect(Array.from(r.hops)).toEqual([0, 1, 2, 3, 4, 5, -1, -1]);
    expect(r.reason[6]).toBe(REASON.hopLimit);
    expect(r.reason[7]).toBe(REASON.hopLimit);
  });

  it('prefers the cheaper deep parent, and a node blocked by it gets hopLimit (documented RPL behaviour)', () => {
    // root 0; a=1 reachable via x=2 (cost 2, 2 hops) or directly (cost 5, 1 hop); b=3 only via a; H = 2
    const g = graphFromEdges(4, { from: [2, 1, 1, 3], to: [0, 2, 0, 1], etx: [1, 1, 4, 1], pdr: [1, 1, 0.25, 1] });
    const r = routeForest(g, Int32Array.of(0), routingOptions({ hopLimit: 2, maxLinkEtx: 4 }));
    expect(r.parent[1]).toBe(2);
    expect(r.reason[3]).toBe(REASON.hopLimit);
  });
});

describe('routeForest: reasons', () => {
  it('classifies collectors, no usable link, islands and hop-limited nodes', () => {
    // 0 root; 1–2 linked to 0; 3 only has an ETX-9 link; 4↔5 an island
    const g = graphFromEdges(6, {
      from: [1, 0, 2, 1, 3, 4, 5], to: [0, 1, 1, 2, 0, 5, 4],
      etx: [1, 1, 1, 1, 9, 1, 1], pdr: [1, 1, 1, 1, 0.1, 1, 1],
    });
    const r = routeForest(g, Int32Array.of(0), routingOptions({ hopLimit: 1 }));
    expect(Array.from(r.reason)).toEqual([REASON.collector, REASON.routed, REASON.hopLimit, REASON.noUsableLink, REASON.noPath, REASON.noPath]);
  });

  it('every node gets exactly one consistent reason on random graphs', () => {
    fc.assert(fc.property(arbGraph({ maxN: 30 }), fc.integer({ min: 1, max: 6 }), (g, hopLimit) => {
      const graph = toGraph(g);
      const r = routeForest(graph, Int32Array.from(g.roots), routingOptions({ hopLimit, capacity: Infinity }));
      const free = referenceDijkstra(g, 4);
      const ins = inEdges(graph);
      expect(ins.sources.length).toBe(g.from.length);
      for (let v = 0; v < g.n; v++) {
        const reason = r.reason[v];
        if (g.roots.includes(v)) expect(reason).toBe(REASON.collector);
        else if (r.collector[v] >= 0) expect(reason).toBe(REASON.routed);
        else if (free[v] === Infinity) expect([REASON.noUsableLink, REASON.noPath]).toContain(reason);
        else expect(reason).toBe(REASON.hopLimit);
        const usable = g.from.some((f, e) => f === v && g.etx[e] <= 4);
        if (!g.roots.includes(v)) expect(reason === REASON.noUsableLink).toBe(!usable);
      }
    }), { numRuns: 200 });
  });
});
