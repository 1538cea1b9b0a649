import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routingDominators } from '../../../workers/engines/routing/dominators';
import { linkGraphDominators } from '../../../workers/engines/routing/link-dominators';
import { graphFromEdges } from '../../../workers/engines/routing/graph';
import { collectorOutages } from '../../../workers/engines/routing/n-minus-one';
import { routingOptions } from '../../../workers/engines/routing/params';
import type { RoutingResult } from '../../../workers/engines/routing/result';
import { routeForest } from '../../../workers/engines/routing/route';
import { arbGraph, toGraph, type RandomGraph } from './helpers';

function symmetric(n: number, links: [number, number, number][]) {
  const from: number[] = [], to: number[] = [], etx: number[] = [];
  for (const [a, b, e] of links) { from.push(a, b); to.push(b, a); etx.push(e, e); }
  return graphFromEdges(n, { from, to, etx, pdr: etx.map((e) => 1 / e) });
}

/** Brute force: can v reach a root in the DAG (parent + backups) when node d is removed? */
function reachesWithout(r: RoutingResult, v: number, d: number): boolean {
  const k = r.maxBackupParents;
  const seen = new Set<number>();
  const stack = [v];
  while (stack.length) {
    const x = stack.pop() as number;
    if (x === d || seen.has(x)) continue;
    seen.add(x);
    if (r.hops[x] === 0) return true;
    const preds = [r.parent[x], ...Array.from(r.backupParents.slice(x * k, x * k + k))];
    for (const p of preds) if (p >= 0) stack.push(p);
  }
  return false;
}

describe('single points of failure (dominators of the routing DAG)', () => {
  it('on a hand-built mesh', () => {
    // collector 0; 1 and 4 hear it; 2 hangs only on 1; 3 on 1 with backup 4; 5 only on 2; 6 on 2 with backup 3
    const g = symmetric(7, [[1, 0, 1], [4, 0, 1.5], [2, 1, 1], [3, 1, 1], [3, 4, 1], [5, 2, 1], [6, 2, 1], [6, 3, 1]]);
    const r = routeForest(g, Int32Array.of(0), routingOptions({ maxBackupParents: 2 }));
    expect(Array.from(r.parent)).toEqual([-1, 0, 1, 1, 0, 2, 2]);
    const d = routingDominators(r);
    expect(Array.from(d.idom)).toEqual([-1, 0, 1, 0, 0, 2, 0]);
    expect(Array.from(d.criticalRelay)).toEqual([-1, -1, 1, -1, -1, 2, -1]);
    expect(d.dependents[1]).toBe(2);
    expect(d.dependents[2]).toBe(1);
    expect(d.dependents[0]).toBe(6);
  });

  it('a relay is critical for v exactly when removing it cuts v off (brute force, random graphs)', () => {
    fc.assert(fc.property(arbGraph({ maxN: 25, maxEdgesPerNode: 5 }), fc.integer({ min: 0, max: 3 }), (g, k) => {
      const r = routeForest(toGraph(g), Int32Array.from(g.roots), routingOptions({ maxBackupParents: k, capacity: Infinity }));
      const dom = routingDominators(r);
      for (let v = 0; v < g.n; v++) {
        if (r.collector[v] < 0 || r.hops[v] === 0) continue;
        const critical: number[] = [];
        for (let d = 0; d < g.n; d++) if (d !== v && r.hops[d] > 0 && !reachesWithout(r, v, d)) critical.push(d);
        // the critical relays form a chain; the closest one is the immediate dominator
        if (critical.length === 0) expect(dom.criticalRelay[v]).toBe(-1);
        else {
          expect(critical).toContain(dom.criticalRelay[v]);
          for (const d of critical) if (d !== dom.criticalRelay[v]) expect(reachesWithout(r, dom.criticalRelay[v], d)).toBe(false);
        }
        let count = 0;
        for (let w = 0; w < g.n; w++) if (w !== v && r.collector[w] >= 0 && r.hops[w] > 0 && !reachesWithout(r, w, v)) count++;
        expect(dom.dependents[v]).toBe(count);
      }
    }), { numRuns: 200 });
  });
});

/** Brute force over all usable links: can v reach any root when node d is removed? */
function linkReachWithout(g: RandomGraph, v: number, d: number): boolean {
  const seen = new Set<number>([d]);
  const stack = [v];
  while (stack.length) {
    const x = stack.pop() as number;
    if (seen.has(x)) continue;
    seen.add(x);
    if (g.roots.includes(x)) return true;
    g.from.forEach((f, e) => { if (f === x && g.etx[e] <= 4) stack.push(g.to[e]); });
  }
  return false;
}

describe('single points of failure after global repair (dominators over all usable links)', () => {
  it('on a hand-built mesh: only the bridge relay is critical', () => {
    // collector 0; 1 and 2 both hear it and each other; 3 hangs on 1 and 2; 4 only on 3; 5 on 4; ETX 9 link 5–0 is unusable
    const g = symmetric(6, [[1, 0, 1], [2, 0, 1], [1, 2, 1], [3, 1, 1], [3, 2, 1], [4, 3, 1], [5, 4, 1], [5, 0, 9]]);
    const d = linkGraphDominators(g, Int32Array.of(0), { maxLinkEtx: 4 });
    expect(Array.from(d.criticalRelay)).toEqual([-1, -1, -1, -1, 3, 4]);
    expect(d.dependents[3]).toBe(2);
    expect(d.dependents[0]).toBe(5);
  });

  it('matches brute force on random graphs (asymmetric links included)', () => {
    fc.assert(fc.property(arbGraph({ maxN: 20, maxEdgesPerNode: 3, symmetric: false }), (g) => {
      const dom = linkGraphDominators(toGraph(g), Int32Array.from(g.roots), { maxLinkEtx: 4 });
      for (let v = 0; v < g.n; v++) {
        if (g.roots.includes(v)) continue;
        if (!linkReachWithout(g, v, -1)) { expect(dom.idom[v]).toBe(-1); continue; }
        const critical: number[] = [];
        for (let d = 0; d < g.n; d++) if (d !== v && !g.roots.includes(d) && !linkReachWithout(g, v, d)) critical.push(d);
        if (critical.length === 0) expect(dom.criticalRelay[v]).toBe(-1);
        else {
          expect(critical).toContain(dom.criticalRelay[v]);
          for (const d of critical) if (d !== dom.criticalRelay[v]) expect(linkReachWithout(g, dom.criticalRelay[v], d)).toBe(false);
        }
      }
    }), { numRuns: 300 });
  });
});

describe('N-1 collector outages', () => {
  // collectors A=0, B=1; 2 and 3 (behind 2) hear only A; 4 and 5 hear both (A better); 6 hears only B
  const g = symmetric(7, [[2, 0, 1], [3, 2, 1], [4, 0, 1], [4, 1, 2], [5, 0, 1], [5, 1, 2], [6, 1, 1]]);

  it('lists lost and re-homed meters and the collectors that then overflow', () => {
    const opts = routingOptions({ capacity: [10, 2] });
    const base = routeForest(g, Int32Array.of(0, 1), opts);
    expect(Array.from(base.collectorNodes)).toEqual([4, 1]);
    const [a, b] = collectorOutages(g, base, opts);
    expect(Array.from(a.lost)).toEqual([2, 3]);
    expect(Array.from(a.rehomed)).toEqual([4, 5]);
    expect(Array.from(a.overflowing)).toEqual([1]);
    expect(a.overflowNodes).toBe(1);
    expect(a.mode).toBe('local');
    expect(Array.from(b.lost)).toEqual([6]);
    expect(b.rehomed.length).toBe(0);
    expect(b.overflowing.length).toBe(0);
  });

  it('falls back to the general update when a re-homed relay newly serves a node outside the failed tree', () => {
    // H = 2. A=0 – a=3 – y=4 (y at the limit, so z=5 behind y is cut off); y also hears B=1 at ETX 3
    const h = symmetric(6, [[3, 0, 1], [4, 3, 1], [4, 1, 3], [5, 4, 1]]);
    const opts = routingOptions({ hopLimit: 2, capacity: [10, 2] });
    const base = routeForest(h, Int32Array.of(0, 1), opts);
    expect(base.hops[4]).toBe(2);
    expect(base.collector[5]).toBe(-1);
    const [a] = collectorOutages(h, base, opts, [0]);
    expect(a.mode).not.toBe('local');
    expect(Array.from(a.lost)).toEqual([]);
    expect(Array.from(a.rehomed)).toEqual([3, 4]);
    expect(Array.from(a.overflowing)).toEqual([1]); // a, y and the newly reachable z: 3 > 2
    expect(a.overflowNodes).toBe(1);
  });

  it('agrees with full re-routing without the failed collector, overflow included (random graphs)', () => {
    const modes = new Set<string>();
    fc.assert(fc.property(arbGraph({ maxN: 30 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 12 }), (g, hopLimit, cap) => {
      const opts = routingOptions({ hopLimit, capacity: cap });
      const graph = toGraph(g);
      const base = routeForest(graph, Int32Array.from(g.roots), opts);
      const demandBase = routeForest(graph, Int32Array.from(g.roots), { ...opts, capacity: Infinity });
      const outages = collectorOutages(graph, base, opts);
      outages.forEach((o, c) => {
        modes.add(o.mode);
        const blockedNodes = new Uint8Array(g.n);
        blockedNodes[g.roots[c]] = 1;
        const without = routeForest(graph, Int32Array.from(g.roots.filter((_, j) => j !== c)), { ...opts, capacity: Infinity, blockedNodes });
        const lost = [], rehomed = [];
        for (let v = 0; v < g.n; v++) {
          if (demandBase.collector[v] < 0 || demandBase.hops[v] === 0) continue;
          if (without.collector[v] < 0) lost.push(v);
          else if (demandBase.collector[v] === c) rehomed.push(v);
        }
        expect(Array.from(o.lost)).toEqual(lost);
        expect(Array.from(o.rehomed)).toEqual(rehomed);
        const overflowing: number[] = [];
        let excess = 0;
        for (let j = 0; j < g.roots.length; j++) {
          if (j === c) continue;
          const k = without.collectorNodes[j < c ? j : j - 1] - cap;
          if (k > 0) { overflowing.push(j); excess += k; }
        }
        expect(Array.from(o.overflowing)).toEqual(overflowing);
        expect(o.overflowNodes).toBe(excess);
      });
    }), { numRuns: 300 });
    expect(modes.has('local')).toBe(true);
  });
});
