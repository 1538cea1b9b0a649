import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateRouting } from '../../../workers/engines/routing/incremental';
import { routingOptions, type RoutingOptions } from '../../../workers/engines/routing/params';
import type { RoutingResult } from '../../../workers/engines/routing/result';
import { routeForest } from '../../../workers/engines/routing/route';
import { arbGraph, toGraph, type RandomGraph } from './helpers';

type Change =
  | { kind: 'addRoot'; node: number }
  | { kind: 'removeRoot'; pick: number }
  | { kind: 'moveNode'; node: number; links: { to: number; etx: number }[] }
  | { kind: 'addNode'; links: { to: number; etx: number }[]; asRoot: boolean };

const arbLinksOf = (n: number) => fc.array(fc.record({ to: fc.integer({ min: 0, max: n - 1 }), etx: fc.double({ min: 1, max: 6, noNaN: true }) }), { maxLength: 5 });

const arbCase = arbGraph({ minN: 3, maxN: 30 }).chain((g) => fc.record({
  g: fc.constant(g),
  withPrevGraph: fc.boolean(),
  change: fc.oneof(
    fc.record({ kind: fc.constant('addRoot' as const), node: fc.integer({ min: 0, max: g.n - 1 }) }),
    fc.record({ kind: fc.constant('removeRoot' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('moveNode' as const), node: fc.integer({ min: 0, max: g.n - 1 }), links: arbLinksOf(g.n) }),
    fc.record({ kind: fc.constant('addNode' as const), links: arbLinksOf(g.n), asRoot: fc.boolean() }),
  ) as fc.Arbitrary<Change>,
  hopLimit: fc.integer({ min: 1, max: 8 }),
  capacity: fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 20 })),
}));

/** Apply a change: the new graph (ids stable), the changed nodes and the new roots. */
function apply(g: RandomGraph, change: Change): { next: RandomGraph; changed: number[] } {
  const next: RandomGraph = { n: g.n, roots: [...g.roots], from: [], to: [], etx: [], pdr: [] };
  const keep = (skip: number) => g.from.forEach((f, e) => {
    if (f === skip || g.to[e] === skip) return;
    next.from.push(f); next.to.push(g.to[e]); next.etx.push(g.etx[e]); next.pdr.push(g.pdr[e]);
  });
  const link = (a: number, b: number, etx: number) => {
    if (a === b) return;
    const e = Math.fround(etx);
    next.from.push(a, b); next.to.push(b, a); next.etx.push(e, e); next.pdr.push(Math.fround(1 / e), Math.fround(1 / e));
  };
  switch (change.kind) {
    case 'addRoot':
      keep(-1);
      if (!next.roots.includes(change.node)) next.roots.push(change.node);
      return { next, changed: [] };
    case 'removeRoot':
      keep(-1);
      if (next.roots.length > 1) next.roots.splice(change.pick % next.roots.length, 1);
      return { next, changed: [] };
    case 'moveNode':
      keep(change.node);
      for (const l of change.links) link(change.node, l.to, l.etx);
      return { next, changed: [change.node] };
    case 'addNode': {
      keep(-1);
      next.n = g.n + 1;
      for (const l of change.links) link(g.n, l.to, l.etx);
      if (change.asRoot) next.roots.push(g.n);
      return { next, changed: [g.n] };
    }
  }
}

function expectSame(a: RoutingResult, b: RoutingResult): void {
  expect(Array.from(a.parent)).toEqual(Array.from(b.parent));
  expect(Array.from(a.parentEdge)).toEqual(Array.from(b.parentEdge));
  expect(Array.from(a.hops)).toEqual(Array.from(b.hops));
  expect(Array.from(a.pathEtx)).toEqual(Array.from(b.pathEtx));
  expect(Array.from(a.collector)).toEqual(Array.from(b.collector));
  expect(Array.from(a.reason)).toEqual(Array.from(b.reason));
  expect(Array.from(a.backupParents)).toEqual(Array.from(b.backupParents));
  expect(Array.from(a.collectorNodes)).toEqual(Array.from(b.collectorNodes));
}

describe('updateRouting: incremental update equals a full recompute', () => {
  it('for adding, removing and moving collectors and meters (property)', () => {
    let incremental = 0;
    fc.assert(fc.property(arbCase, ({ g, withPrevGraph, change, hopLimit, capacity }) => {
      const opts: RoutingOptions = routingOptions({ hopLimit, capacity });
      const prevGraph = toGraph(g);
      const prev = routeForest(prevGraph, Int32Array.from(g.roots), opts);
      const { next, changed } = apply(g, change);
      const graph = toGraph(next);
      const upd = updateRouting(prev, { graph, changedNodes: changed, roots: Int32Array.from(next.roots), prevGraph: withPrevGraph ? prevGraph : undefined }, opts);
      if (upd.mode === 'incremental') incremental++;
      expectSame(upd.result, routeForest(graph, Int32Array.from(next.roots), opts));
    }), { numRuns: 600 });
    expect(incremental).toBeGreaterThan(300);
  });

  it('detects changed links the caller did not list when given the previous graph', () => {
    fc.assert(fc.property(arbGraph({ minN: 3, maxN: 25 }), fc.nat(), fc.double({ min: 1, max: 6, noNaN: true }), (g, pick, etx) => {
      if (g.from.length === 0) return;
      const opts = routingOptions({ hopLimit: 6, capacity: Infinity });
      const prevGraph = toGraph(g);
      const prev = routeForest(prevGraph, Int32Array.from(g.roots), opts);
      const e = pick % g.from.length;
      const next = { ...g, etx: g.etx.slice() };
      next.etx[e] = Math.fround(etx);
      const graph = toGraph(next);
      const upd = updateRouting(prev, { graph, prevGraph, changedNodes: [], roots: Int32Array.from(g.roots) }, opts);
      expectSame(upd.result, routeForest(graph, Int32Array.from(g.roots), opts));
    }), { numRuns: 300 });
  });

  it('refreshes the backups of unchanged nodes whose neighbours re-homed into their collector', () => {
    // A=0, B=1; v=2 on B (ETX 2); x=3 on A (ETX 1), also hears B (1.5) and v (1). Without A, x joins B below v's rank
    const g: RandomGraph = { n: 4, roots: [0, 1], from: [], to: [], etx: [], pdr: [] };
    for (const [a, b, e] of [[2, 1, 2], [3, 0, 1], [3, 1, 1.5], [3, 2, 1]]) { g.from.push(a, b); g.to.push(b, a); g.etx.push(e, e); g.pdr.push(1 / e, 1 / e); }
    const graph = toGraph(g);
    const opts = routingOptions({ capacity: Infinity, maxBackupParents: 2 });
    const prev = routeForest(graph, Int32Array.of(0, 1), opts);
    expect(prev.backupParents[2 * 2]).toBe(-1);
    const upd = updateRouting(prev, { graph, prevGraph: graph, changedNodes: [], roots: Int32Array.of(1) }, opts);
    expect(upd.mode).toBe('incremental');
    expect(upd.result.backupParents[2 * 2]).toBe(3);
    expectSame(upd.result, routeForest(graph, Int32Array.of(1), opts));
  });

  it('repairs only the affected part: removing a leaf collector touches its own tree', () => {
    // two separate chains: 0←1←2←3 and 10←11←…←19
    const from: number[] = [], to: number[] = [];
    const chain = (a: number, b: number) => { for (let i = a + 1; i <= b; i++) { from.push(i, i - 1); to.push(i - 1, i); } };
    chain(0, 3); chain(10, 19);
    const g: RandomGraph = { n: 20, roots: [0, 10], from, to, etx: from.map(() => 1), pdr: from.map(() => 1) };
    const opts = routingOptions({ capacity: Infinity });
    const prev = routeForest(toGraph(g), Int32Array.of(0, 10), opts);
    const upd = updateRouting(prev, { graph: toGraph(g), changedNodes: [], roots: Int32Array.of(10) }, opts);
    expect(upd.mode).toBe('incremental');
    expect(upd.touched).toBeLessThanOrEqual(1);
    expect(Array.from(upd.result.collector.slice(0, 4))).toEqual([-1, -1, -1, -1]);
    expect(upd.result.collector[19]).toBe(0); // collector indices follow the new root list
  });
});
