/**
 * N-1 collector failure: for each collector, take it out (it neither
 * collects nor relays) and re-route without capacity limits, to see the
 * demand: which meters lose service, which re-home to another collector, and
 * which collectors would then exceed their capacity (with capacity enforced,
 * their overflow would re-home further or be lost).
 *
 * Method: a removal only worsens the labels of the failed collector's own
 * tree, so each outage clears that tree in one shared working copy of the
 * labels, re-seeds it from the settled neighbours in other trees, runs the
 * search over it alone, reads the outcome and restores the tree: the cost of
 * an outage is proportional to the tree's size, and all outages together cost
 * about one full routing. Should a re-labelled node offer a better label to a
 * node outside the tree (possible only when the hop limit binds), that outage
 * is redone with the general incremental update (incremental.ts) instead.
 */
import { checkpoint, type RunControl } from '../run-control';
import { inEdges, type LinkGraph } from './graph';
import { updateRouting } from './incremental';
import type { RoutingOptions } from './params';
import type { RoutingResult } from './result';
import { routeForest, searchContext } from './route';
import { betterLabel, clearLabel, newQueue, seedFromSettled, setLabel } from './search';

export interface CollectorOutage {
  /** Index into the base routing roots. */
  collector: number;
  /** Nodes connected before and cut off without this collector (ascending). */
  lost: Int32Array;
  /** Nodes that were on this collector and re-home to another (ascending). */
  rehomed: Int32Array;
  /** Base collector indices that would exceed their capacity. */
  overflowing: Int32Array;
  /** Nodes above capacity summed over the overflowing collectors. */
  overflowNodes: number;
  /** 'local': the failed tree was repaired in place; otherwise the general update ran. */
  mode: 'local' | 'incremental' | 'full';
}

/** Restore nodes' labels from the reference result. */
function restore(w: RoutingResult, ref: RoutingResult, done: Uint8Array, nodes: ArrayLike<number>): void {
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i];
    w.pathEtx[v] = ref.pathEtx[v]; w.hops[v] = ref.hops[v]; w.parent[v] = ref.parent[v];
    w.parentEdge[v] = ref.parentEdge[v]; w.collector[v] = ref.collector[v];
    done[v] = ref.collector[v] >= 0 ? 1 : 0;
  }
}

/** N-1 analysis of every collector (or the given ones) of a base routing result. */
export function collectorOutages(graph: LinkGraph, base: RoutingResult, options: RoutingOptions, collectors?: ArrayLike<number>, control?: RunControl): CollectorOutage[] {
  const ins = options.inEdges ?? inEdges(graph);
  const demand: RoutingOptions = { ...options, capacity: Infinity, inEdges: ins };
  // the base without capacity limits, so outages compare demand with demand
  const ref = base.collectorFull.some((f) => f === 1) ? routeForest(graph, base.roots, demand) : base;
  const n = ref.nodeCount, C = ref.roots.length;
  const blocked = new Uint8Array(n);
  const ctx = searchContext(graph, { ...demand, capacityMode: 'rehome', blockedNodes: blocked }, ins);
  const w: RoutingResult = {
    ...ref, pathEtx: ref.pathEtx.slice(), hops: ref.hops.slice(), parent: ref.parent.slice(), parentEdge: ref.parentEdge.slice(),
    collector: ref.collector.slice(), collectorCapacity: new Int32Array(C).fill(0x7fffffff),
  };
  const done = new Uint8Array(n), inTree = new Uint8Array(n);
  for (let v = 0; v < n; v++) done[v] = ref.collector[v] >= 0 ? 1 : 0;
  // tree members per collector (ascending node ids), the root first
  const off = new Int32Array(C + 1);
  for (let v = 0; v < n; v++) if (ref.collector[v] >= 0) off[ref.collector[v] + 1]++;
  for (let c = 0; c < C; c++) off[c + 1] += off[c];
  const fill = off.slice(0, C), members = new Int32Array(off[C]);
  for (let c = 0; c < C; c++) members[fill[c]++] = ref.roots[c];
  for (let v = 0; v < n; v++) if (ref.collector[v] >= 0 && ref.hops[v] > 0) members[fill[ref.collector[v]]++] = v;

  const list = collectors ?? Array.from(ref.roots.keys());
  const out: CollectorOutage[] = [];
  const q = newQueue();
  // Per-outage collector gains, kept sparse: one array reused, only touched entries reset (O(changes), not O(C)).
  const gained = new Int32Array(C), touchedFlag = new Uint8Array(C);
  const touched: number[] = [];
  const bump = (j: number, d: number) => {
    if (!touchedFlag[j]) { touchedFlag[j] = 1; touched.push(j); }
    gained[j] += d;
  };
  // collectors over capacity even without any outage (the demand base has no capacity limit)
  const baseOver: number[] = [];
  for (let j = 0; j < C; j++) if (ref.collectorNodes[j] - base.collectorCapacity[j] > 0) baseOver.push(j);
  for (let i = 0; i < list.length; i++) {
    checkpoint(control, 'N-1', i, list.length);
    const c = list[i];
    const tree = members.subarray(off[c], off[c + 1]);
    blocked[ref.roots[c]] = 1;
    for (const v of tree) { inTree[v] = 1; done[v] = 0; clearLabel(w, v); }
    q.clear();
    for (let t = 1; t < tree.length; t++) seedFromSettled(ctx, w, done, q, tree[t]);
    let escaped = false;
    while (q.length > 0 && !escaped) {
      const pr = q.peekValue() as number;
      const v = q.pop() as number;
      if (done[v] || pr !== w.pathEtx[v]) continue;
      done[v] = 1;
      if (w.hops[v] >= ctx.hopLimit) continue;
      const cu = w.pathEtx[v], hu = w.hops[v] + 1;
      for (let k = ins.offsets[v], end = ins.offsets[v + 1]; k < end; k++) {
        const u = ins.sources[k], e = ins.edgeIds[k];
        if (blocked[u] || w.hops[u] === 0 || graph.etx[e] > ctx.maxLinkEtx) continue;
        const cost = cu + graph.etx[e];
        if (!betterLabel(w, u, cost, hu, v)) continue;
        if (!inTree[u]) { escaped = true; break; }
        setLabel(w, u, cost, hu, v, e);
        q.push(u, cost);
      }
    }
    const lost: number[] = [], rehomed: number[] = [];
    let mode: CollectorOutage['mode'] = 'local';
    if (!escaped) {
      for (let t = 1; t < tree.length; t++) {
        const v = tree[t];
        if (w.collector[v] < 0) lost.push(v);
        else { rehomed.push(v); bump(w.collector[v], 1); }
      }
    }
    restore(w, ref, done, tree);
    for (const v of tree) inTree[v] = 0;
    if (escaped) {
      const roots = ref.roots.filter((_, j) => j !== c);
      const upd = updateRouting(ref, { graph, prevGraph: graph, changedNodes: [], roots, inEdges: ins }, { ...demand, blockedNodes: blocked }, undefined, { backups: false, reasons: false });
      mode = upd.mode;
      for (let v = 0; v < n; v++) {
        if (ref.hops[v] === 0) continue;
        const nc = upd.result.collector[v];
        const was = ref.collector[v], now = nc < 0 ? -1 : nc < c ? nc : nc + 1; // back to base collector indices
        if (was >= 0 && now < 0) lost.push(v);
        else if (was === c) rehomed.push(v);
        if (now !== was) { if (now >= 0) bump(now, 1); if (was >= 0 && was !== c) bump(was, -1); }
      }
    }
    blocked[ref.roots[c]] = 0;
    const overflowing: number[] = [];
    let overflowNodes = 0;
    const candidates = [...new Set([...baseOver, ...touched])].sort((a, b) => a - b);
    for (const j of candidates) {
      if (j === c) continue;
      const excess = ref.collectorNodes[j] + gained[j] - base.collectorCapacity[j];
      if (excess > 0) { overflowing.push(j); overflowNodes += excess; }
    }
    for (const j of touched) { gained[j] = 0; touchedFlag[j] = 0; }
    touched.length = 0;
    out.push({ collector: c, lost: Int32Array.from(lost), rehomed: Int32Array.from(rehomed), overflowing: Int32Array.from(overflowing), overflowNodes, mode });
  }
  return out;
}
