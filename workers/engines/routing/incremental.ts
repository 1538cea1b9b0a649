/**
 * Incremental routing update: after moving, adding or removing collectors or
 * meters, recompute only what changed (dynamic single-source shortest paths,
 * in the style of Ramalingam & Reps 1996):
 * 1. Invalidate: every node in the old subtree of a changed node or of a
 *    removed collector, and every node whose parent link changed or vanished,
 *    loses its label.
 * 2. Repair: invalidated nodes are re-seeded from their settled neighbours,
 *    new collectors are seeded at cost 0, and one Dijkstra runs that may also
 *    improve settled nodes (a node whose label improves is re-expanded, so
 *    improvements propagate, e.g. from a new collector).
 * Because labels are compared by (path ETX, hops, parent) exactly as in the
 * full search, the result equals a full recompute. Two cases fall back to a
 * full recompute, reported in `mode`: collectors at capacity (admission order
 * would have to be replayed) and an improvement that pushes a relay to the
 * hop limit while it still has children (the old subtree must be rebuilt).
 */
import { checkpoint, type RunControl } from '../run-control';
import { assignBackupParents } from './backup';
import { diffAdjacency, type AdjacencyDiff } from './edge-remap';
import { inEdges, validateGraph, type InEdges, type LinkGraph } from './graph';
import { capacityPerRoot, validateRoutingOptions, type RoutingOptions } from './params';
import { assignReasons } from './reasons';
import type { RoutingResult } from './result';
import { emptyRoutingResult, routeForest, searchContext } from './route';
import { betterLabel, clearLabel, newQueue, seedFromSettled } from './search';
import { childLists, type ChildLists } from './tree';

/** A change to the network: the new graph, the nodes whose links changed, and the new collector list. */
export interface RoutingDelta {
  /** The graph after the change. Node ids are stable: new nodes are appended, removed ones keep their id with no links. */
  graph: LinkGraph;
  /** Nodes moved, added or removed, or whose links otherwise changed (both ends of an improved link). */
  changedNodes: ArrayLike<number>;
  /** The collector (root) nodes after the change, in collector order. */
  roots: Int32Array;
  /** In-edges of the new graph when the caller keeps them. */
  inEdges?: InEdges;
  /**
   * The graph `prev` was computed on. When given, nodes whose adjacency is
   * unchanged carry their edge ids over by an offset shift, changed
   * adjacencies are detected (and treated as changed nodes), and backup
   * parents are recomputed only around changed labels. Without it every
   * kept parent edge is looked up again and all backups are recomputed.
   */
  prevGraph?: LinkGraph;
}

export interface RoutingUpdate {
  result: RoutingResult;
  mode: 'incremental' | 'full';
  /** Why a full recompute was needed, when it was. */
  fallback?: string;
  /** Nodes whose label was invalidated or improved. */
  touched: number;
}

/** Skip the per-node post-passes (used by N-1, which only reads labels). */
export interface UpdateFlags {
  backups?: boolean;
  reasons?: boolean;
}

/** Children lists per previous result, kept while the result lives (N-1 reuses one base many times). */
const childCache = new WeakMap<RoutingResult, ChildLists>();
function childListsOf(prev: RoutingResult): ChildLists {
  let lists = childCache.get(prev);
  if (!lists) { lists = childLists(prev); childCache.set(prev, lists); }
  return lists;
}

function full(delta: RoutingDelta, options: RoutingOptions, control: RunControl | undefined, fallback: string): RoutingUpdate {
  const result = routeForest(delta.graph, delta.roots, { ...options, inEdges: delta.inEdges ?? options.inEdges }, control);
  return { result, mode: 'full', fallback, touched: result.nodeCount };
}

/** Update `prev` (computed with the same options) for `delta`. See the module comment for the method. */
export function updateRouting(prev: RoutingResult, delta: RoutingDelta, options: RoutingOptions, control?: RunControl, flags: UpdateFlags = {}): RoutingUpdate {
  const g = delta.graph;
  if (delta.prevGraph !== g) validateGraph(g); // an unchanged graph was validated when prev was computed
  validateRoutingOptions(options);
  const n = g.nodeCount;
  if (n < prev.nodeCount) return full(delta, options, control, 'node count shrank (ids must be stable)');
  if (prev.maxBackupParents !== options.maxBackupParents || prev.hopLimit !== options.hopLimit || prev.maxLinkEtx !== options.maxLinkEtx) return full(delta, options, control, 'options changed');
  if (prev.collectorFull.some((f) => f === 1)) return full(delta, options, control, 'a collector was at capacity');
  checkpoint(control, 'routing update', 0, n);
  const ins = delta.inEdges ?? inEdges(g);
  const ctx = searchContext(g, { ...options, capacityMode: 'rehome' }, ins);
  const r = emptyRoutingResult(n, delta.roots, { ...options, capacity: Infinity });
  const blocked = options.blockedNodes;
  const newIndex = new Map<number, number>();
  delta.roots.forEach((v, c) => newIndex.set(v, c));
  const oldRootOf = new Map<number, number>();
  prev.roots.forEach((v, c) => oldRootOf.set(v, c));

  // 1. invalidate
  const diff = delta.prevGraph ? diffAdjacency(delta.prevGraph, g) : undefined;
  const lists = childListsOf(prev);
  const invalid = new Uint8Array(n);
  const stack: number[] = [];
  const mark = (v: number) => { if (v < prev.nodeCount && !invalid[v]) { invalid[v] = 1; stack.push(v); } };
  for (let i = 0; i < delta.changedNodes.length; i++) mark(delta.changedNodes[i]);
  if (diff) for (let v = 0; v < prev.nodeCount; v++) if (diff.changed[v]) mark(v);
  if (blocked) for (let v = 0; v < Math.min(blocked.length, prev.nodeCount); v++) if (blocked[v]) mark(v);
  for (let c = 0; c < prev.roots.length; c++) if (!newIndex.has(prev.roots[c])) mark(prev.roots[c]);
  for (const v of delta.roots) if (!oldRootOf.has(v)) mark(v);
  while (stack.length) {
    const v = stack.pop() as number;
    for (let k = lists.offsets[v], end = lists.offsets[v + 1]; k < end; k++) mark(lists.children[k]);
  }
  const done = new Uint8Array(n);
  for (let v = 0; v < prev.nodeCount; v++) {
    if (invalid[v] || r.hops[v] === 0 || prev.collector[v] < 0) continue;
    const p = prev.parent[v];
    // keep the label only if the same link to the same parent still gives exactly the same cost
    let e = -1;
    if (diff) {
      if (!diff.changed[v]) e = prev.parentEdge[v] + diff.shift[v];
    } else {
      for (let x = g.offsets[v], end = g.offsets[v + 1]; x < end; x++) {
        if (g.targets[x] === p && g.etx[x] <= options.maxLinkEtx && prev.pathEtx[p] + g.etx[x] === prev.pathEtx[v]) { e = x; break; }
      }
    }
    if (e < 0) { mark(v); continue; }
    r.pathEtx[v] = prev.pathEtx[v];
    r.hops[v] = prev.hops[v];
    r.parent[v] = p;
    r.parentEdge[v] = e;
    done[v] = 1;
  }
  while (stack.length) {
    const v = stack.pop() as number;
    for (let k = lists.offsets[v], end = lists.offsets[v + 1]; k < end; k++) {
      const c = lists.children[k];
      if (invalid[c]) continue;
      invalid[c] = 1;
      stack.push(c);
      if (r.hops[c] !== 0) { done[c] = 0; clearLabel(r, c); }
    }
  }
  // collector of kept nodes: remap through the root node ids (parents come first in a path, so resolve lazily)
  const resolve = (v: number): number => {
    if (r.collector[v] >= 0 || !done[v]) return r.collector[v];
    const c = newIndex.get(prev.roots[prev.collector[v]]) ?? -1;
    r.collector[v] = c;
    return c;
  };
  for (let v = 0; v < prev.nodeCount; v++) if (done[v] && resolve(v) < 0) { done[v] = 0; clearLabel(r, v); invalid[v] = 1; }
  for (const v of delta.roots) done[v] = 0;

  // 2. repair
  const q = newQueue();
  for (const v of delta.roots) q.push(v, 0);
  for (let v = 0; v < n; v++) if (!done[v] && r.hops[v] !== 0) seedFromSettled(ctx, r, done, q, v);
  const hopLimit = options.hopLimit;
  let touched = 0;
  const etx = g.etx;
  while (q.length > 0) {
    const pr = q.peekValue() as number;
    const v = q.pop() as number;
    if (done[v] || pr !== r.pathEtx[v]) continue;
    done[v] = 1;
    if ((++touched & 0xffff) === 0) checkpoint(control, 'routing update', touched, n);
    const hv = r.hops[v];
    for (let k = ins.offsets[v], end = ins.offsets[v + 1]; k < end; k++) {
      const u = ins.sources[k];
      const e = ins.edgeIds[k];
      if (hv >= hopLimit) {
        if (r.parent[u] === v && r.hops[u] > 0 && done[u]) return full(delta, options, control, 'an improved relay reached the hop limit while keeping children');
        continue;
      }
      const w = etx[e];
      if (w > options.maxLinkEtx || r.hops[u] === 0 || (blocked && blocked[u])) continue;
      const c = r.pathEtx[v] + w;
      if (betterLabel(r, u, c, hv + 1, v)) {
        r.pathEtx[u] = c; r.hops[u] = hv + 1; r.parent[u] = v; r.parentEdge[u] = e; r.collector[u] = r.collector[v];
        done[u] = 0;
        q.push(u, c);
      } else if (r.parent[u] === v && done[u] && r.pathEtx[u] !== c) {
        return full(delta, options, control, 'a relay label worsened under a kept child');
      }
    }
  }

  // counts, capacity, reasons, backups
  const cap = capacityPerRoot(options.capacity, delta.roots.length);
  for (let v = 0; v < n; v++) if (r.hops[v] > 0 && r.collector[v] >= 0) r.collectorNodes[r.collector[v]]++;
  for (let c = 0; c < cap.length; c++) {
    if (r.collectorNodes[c] > cap[c]) return full(delta, options, control, 'a collector would exceed its capacity');
  }
  r.collectorCapacity.set(cap);
  if (flags.reasons !== false) assignReasons(g, ins, r, blocked);
  if (flags.backups !== false) {
    if (diff) carryBackups(g, prev, r, ins, diff);
    else assignBackupParents(g, r);
  }
  return { result: r, mode: 'incremental', touched };
}

/**
 * Backups of a node depend only on its own label and its candidate parents'
 * labels: copy them (edge ids shifted) where neither changed, recompute the rest.
 */
function carryBackups(g: LinkGraph, prev: RoutingResult, r: RoutingResult, ins: InEdges, diff: AdjacencyDiff): void {
  const n = r.nodeCount, k = r.maxBackupParents;
  if (k === 0) return;
  const labelChanged = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    labelChanged[v] = v >= prev.nodeCount || diff.changed[v] || prev.pathEtx[v] !== r.pathEtx[v] || prev.hops[v] !== r.hops[v] || prev.parent[v] !== r.parent[v] ? 1 : 0;
  }
  const affected = labelChanged.slice();
  for (let x = 0; x < n; x++) {
    if (!labelChanged[x]) continue;
    for (let j = ins.offsets[x], end = ins.offsets[x + 1]; j < end; j++) affected[ins.sources[j]] = 1;
  }
  const redo: number[] = [];
  for (let v = 0; v < n; v++) {
    if (affected[v]) { redo.push(v); continue; }
    const base = v * k;
    for (let i = 0; i < k; i++) {
      const b = prev.backupParents[base + i];
      r.backupParents[base + i] = b;
      r.backupEdges[base + i] = b < 0 ? -1 : prev.backupEdges[base + i] + diff.shift[v];
    }
  }
  assignBackupParents(g, r, redo);
}
