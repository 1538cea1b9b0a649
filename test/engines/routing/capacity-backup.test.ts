import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphFromEdges } from '../../../workers/engines/routing/graph';
import { routingOptions } from '../../../workers/engines/routing/params';
import { REASON } from '../../../workers/engines/routing/result';
import { routeForest } from '../../../workers/engines/routing/route';
import { arbGraph, toGraph } from './helpers';

/** Collectors A=0 and B=1; meters 2…5 each link to A (ETX 1) and B (ETX 2). */
function twoCollectors() {
  const from: number[] = [], to: number[] = [], etx: number[] = [];
  for (let m = 2; m <= 5; m++) {
    from.push(m, 0, m, 1); to.push(0, m, 1, m); etx.push(1, 1, 2, 2);
  }
  return graphFromEdges(6, { from, to, etx, pdr: etx.map((e) => 1 / e) });
}

describe('routeForest: collector capacity', () => {
  it('re-homes the overflow to the next-best collector', () => {
    const r = routeForest(twoCollectors(), Int32Array.of(0, 1), routingOptions({ capacity: 2 }));
    expect(Array.from(r.collectorNodes)).toEqual([2, 2]);
    expect(Array.from(r.collectorFull)).toEqual([1, 0]);
    // ties at ETX 1 resolve by node index: 2 and 3 stay on A, 4 and 5 move to B
    expect(Array.from(r.collector.slice(2))).toEqual([0, 0, 1, 1]);
    expect(Array.from(r.pathEtx.slice(2))).toEqual([1, 1, 2, 2]);
    expect(Array.from(r.capacityRejected.slice(2))).toEqual([0, 0, 1, 1]);
    expect(Array.from(r.reason.slice(2)).every((x) => x === REASON.routed)).toBe(true);
  });

  it('flags the overflow with reason capacity when re-homing is off or impossible', () => {
    const flagged = routeForest(twoCollectors(), Int32Array.of(0, 1), routingOptions({ capacity: 2, capacityMode: 'flag' }));
    expect(Array.from(flagged.reason.slice(2))).toEqual([REASON.routed, REASON.routed, REASON.capacity, REASON.capacity]);
    const full = routeForest(twoCollectors(), Int32Array.of(0, 1), routingOptions({ capacity: [2, 1] }));
    expect(Array.from(full.collectorNodes)).toEqual([2, 1]);
    expect(Array.from(full.reason.slice(2))).toEqual([REASON.routed, REASON.routed, REASON.routed, REASON.capacity]);
  });

  it('never exceeds capacity, counts every routed node once, and keeps trees rooted', () => {
    fc.assert(fc.property(arbGraph({ maxN: 40 }), fc.integer({ min: 0, max: 8 }), fc.boolean(), (g, cap, flag) => {
      const graph = toGraph(g);
      const r = routeForest(graph, Int32Array.from(g.roots), routingOptions({ capacity: cap, capacityMode: flag ? 'flag' : 'rehome' }));
      const counts = new Array<number>(g.roots.length).fill(0);
      for (let v = 0; v < g.n; v++) {
        if (r.reason[v] === REASON.routed) counts[r.collector[v]]++;
        if (r.parent[v] >= 0) expect(r.collector[r.parent[v]]).toBe(r.collector[v]);
      }
      expect(Array.from(r.collectorNodes)).toEqual(counts);
      for (const c of counts) expect(c).toBeLessThanOrEqual(cap);
      // an unfull collector's neighbours are never left out for capacity
      for (let v = 0; v < g.n; v++) {
        if (r.reason[v] !== REASON.capacity) continue;
        expect(r.collectorFull.some((f) => f === 1)).toBe(true);
      }
    }), { numRuns: 300 });
  });
});

describe('routeForest: backup parents', () => {
  it('are next-best by cost through them, same collector, never the parent', () => {
    // root 0; meters 1,2,3 all link to 0 (ETX 1, 1.5, 3) and to each other
    const from: number[] = [], to: number[] = [], etx: number[] = [];
    const link = (a: number, b: number, e: number) => { from.push(a, b); to.push(b, a); etx.push(e, e); };
    link(1, 0, 1); link(2, 0, 1.5); link(3, 0, 3); link(1, 2, 1); link(2, 3, 1); link(1, 3, 1.25);
    const g = graphFromEdges(4, { from, to, etx, pdr: etx.map((e) => 1 / e) });
    const r = routeForest(g, Int32Array.of(0), routingOptions({ maxBackupParents: 2 }));
    expect(Array.from(r.parent)).toEqual([-1, 0, 0, 1]);
    expect(Array.from(r.backupParents.slice(2 * 2, 2 * 2 + 2))).toEqual([1, -1]); // 2 (rank 1.5): via 1 (2); 3 has a higher rank
    expect(Array.from(r.backupParents.slice(3 * 2, 3 * 2 + 2))).toEqual([2, 0]); // 3: via 2 (2.5) then the root (3)
    expect(Array.from(r.backupParents.slice(1 * 2, 1 * 2 + 2))).toEqual([-1, -1]);
  });

  it('never create loops: every parent and backup edge goes strictly down in path cost, within the collector and hop limit', () => {
    fc.assert(fc.property(arbGraph({ maxN: 40, maxEdgesPerNode: 6 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 4 }), (g, hopLimit, k) => {
      const graph = toGraph(g);
      const r = routeForest(graph, Int32Array.from(g.roots), routingOptions({ hopLimit, maxBackupParents: k, capacity: Infinity }));
      const adj: number[][] = Array.from({ length: g.n }, () => []);
      for (let v = 0; v < g.n; v++) {
        if (r.parent[v] >= 0) adj[v].push(r.parent[v]);
        const seen = new Set<number>();
        for (let i = 0; i < k; i++) {
          const b = r.backupParents[v * k + i];
          if (b < 0) continue;
          expect(b).not.toBe(r.parent[v]);
          expect(seen.has(b)).toBe(false);
          seen.add(b);
          expect(r.collector[b]).toBe(r.collector[v]);
          expect(r.pathEtx[b]).toBeLessThan(r.pathEtx[v]);
          expect(r.hops[b]).toBeLessThan(hopLimit);
          expect(graph.targets[r.backupEdges[v * k + i]]).toBe(b);
          adj[v].push(b);
        }
      }
      // independent cycle check (iterative DFS colouring) over the union of parent sets
      const colour = new Uint8Array(g.n);
      for (let s = 0; s < g.n; s++) {
        if (colour[s]) continue;
        const stack: [number, number][] = [[s, 0]];
        colour[s] = 1;
        while (stack.length) {
          const top = stack[stack.length - 1];
          if (top[1] < adj[top[0]].length) {
            const w = adj[top[0]][top[1]++];
            expect(colour[w]).not.toBe(1);
            if (colour[w] === 0) { colour[w] = 1; stack.push([w, 0]); }
          } else { colour[top[0]] = 2; stack.pop(); }
        }
      }
    }), { numRuns: 300 });
  });
});
