/**
 * Synthesised LV routes for a transformer without imported feeders: a
 * shortest-path tree over the street graph from the street point nearest the
 * transformer (Dijkstra by length, stopped once every meter's street edge
 * ends are settled or beyond maxStreetPathM, which bounds lead + street path + the meter's distance from the street), keeping the union of the paths
 * to the street point nearest each meter. The result is a set of cable
 * segments (kind 'synthesized', cable by transformer mount) that
 * network-build.ts treats like feeders, so each meter then gets its service
 * drop to the nearest point. With no streets at all, each meter gets a
 * straight cable from the transformer (a star; a warning says so).
 */
import FlatQueue from 'flatqueue';
import { LV_EDGE_KIND } from './lv-graph';
import type { CableSegment } from './network-build';
import { nearestStreetEdge, type StreetGraph } from './street-graph';

/** Reusable Dijkstra state over one street graph. */
export class StreetRouter {
  private readonly dist: Float64Array;
  private readonly parentEdge: Int32Array;
  private readonly mark: Int32Array;
  private readonly touched: number[] = [];
  private readonly q = new FlatQueue<number>();
  private stamp = 0;

  constructor(private readonly g: StreetGraph) {
    this.dist = new Float64Array(g.nodeCount).fill(Infinity);
    this.parentEdge = new Int32Array(g.nodeCount).fill(-1);
    this.mark = new Int32Array(g.nodeCount);
  }

  /** Cable segments from (tx, ty) to the given meter positions; `reached[k]` says whether meter k got a route. */
  route(tx: number, ty: number, mx: ArrayLike<number>, my: ArrayLike<number>, cable: number, maxPathM: number, reached: Uint8Array): CableSegment[] {
    const g = this.g, segs: CableSegment[] = [];
    const seg = (x0: number, y0: number, x1: number, y1: number) => { if (Math.hypot(x1 - x0, y1 - y0) > 1e-6) segs.push({ x0, y0, x1, y1, cable, kind: LV_EDGE_KIND.synthesized, feeder: -1, vertex: -1 }); };
    const at = nearestStreetEdge(g, tx, ty);
    if (at.edge < 0) {
      for (let k = 0; k < mx.length; k++) { seg(tx, ty, mx[k], my[k]); reached[k] = 1; }
      return segs;
    }
    const eT = at.edge, tT = at.t, LT = g.lengthM[eT];
    const A = g.edgeA, B = g.edgeB, X = g.xM, Y = g.yM;
    const px = X[A[eT]] + tT * (X[B[eT]] - X[A[eT]]), py = Y[A[eT]] + tT * (Y[B[eT]] - Y[A[eT]]);
    const stamp = ++this.stamp;
    const pending = new Set<number>();
    const targets = Array.from({ length: mx.length }, (_, k) => {
      const n = nearestStreetEdge(g, mx[k], my[k]);
      pending.add(A[n.edge]); pending.add(B[n.edge]);
      return n;
    });
    this.relax(A[eT], tT * LT, -2);
    this.relax(B[eT], (1 - tT) * LT, -3);
    while (this.q.length > 0 && pending.size > 0) {
      const d = this.q.peekValue() as number, v = this.q.pop() as number;
      if (d > this.dist[v]) continue;
      pending.delete(v);
      if (d > maxPathM) break;
      for (let k = g.adjOffsets[v]; k < g.adjOffsets[v + 1]; k++) this.relax(g.adjNode[k], d + g.lengthM[g.adjEdge[k]], g.adjEdge[k]);
    }
    // choose each meter's way in; collect the partial pieces per (edge, side)
    const extent = new Map<number, number>();
    const useSeed = [false, false];
    const walk = (v: number) => {
      while (this.mark[v] !== stamp) {
        this.mark[v] = stamp;
        const e = this.parentEdge[v];
        if (e < 0) { useSeed[e === -2 ? 0 : 1] = true; return; }
        seg(X[A[e]], Y[A[e]], X[B[e]], Y[B[e]]);
        v = A[e] === v ? B[e] : A[e];
      }
    };
    targets.forEach((n, k) => {
      const e = n.edge, L = g.lengthM[e];
      const viaA = this.dist[A[e]] + n.t * L, viaB = this.dist[B[e]] + (1 - n.t) * L, direct = e === eT ? Math.abs(n.t - tT) * L : Infinity;
      const best = Math.min(viaA, viaB, direct);
      if (!(best + at.dM + n.dM <= maxPathM)) return;
      reached[k] = 1;
      let key: number, t = n.t;
      if (direct <= best) { key = 4 * e + (n.t < tT ? 2 : 3); }
      else if (viaA <= viaB) { key = 4 * e; walk(A[e]); }
      else { key = 4 * e + 1; walk(B[e]); t = -t; }
      if (key % 4 === 2) t = -t;
      extent.set(key, Math.max(extent.get(key) ?? -Infinity, t));
    });
    seg(tx, ty, px, py);
    if (useSeed[0]) seg(px, py, X[A[eT]], Y[A[eT]]);
    if (useSeed[1]) seg(px, py, X[B[eT]], Y[B[eT]]);
    const treeEdge = (e: number) => this.mark[A[e]] === stamp && this.mark[B[e]] === stamp && (this.parentEdge[A[e]] === e || this.parentEdge[B[e]] === e);
    for (const [key, ext] of extent) {
      const e = key >> 2, side = key & 3, t = Math.abs(ext);
      const qx = X[A[e]] + t * (X[B[e]] - X[A[e]]), qy = Y[A[e]] + t * (Y[B[e]] - Y[A[e]]);
      if (side < 2) { if (!treeEdge(e)) seg(side === 0 ? X[A[e]] : X[B[e]], side === 0 ? Y[A[e]] : Y[B[e]], qx, qy); }
      else if (!useSeed[side - 2]) seg(px, py, qx, qy);
    }
    // every reached meter at the transformer's own street point: a zero-length stub carries the drops
    if (segs.length === 0 && reached.some((r) => r === 1)) segs.push({ x0: tx, y0: ty, x1: tx, y1: ty, cable, kind: LV_EDGE_KIND.synthesized, feeder: -1, vertex: -1 });
    for (const v of this.touched) { this.dist[v] = Infinity; this.parentEdge[v] = -1; }
    this.touched.length = 0;
    this.q.clear();
    return segs;
  }

  private relax(v: number, d: number, viaEdge: number): void {
    if (d >= this.dist[v]) return;
    if (this.dist[v] === Infinity) this.touched.push(v);
    this.dist[v] = d;
    this.parentEdge[v] = viaEdge;
    this.q.push(v, d);
  }
}
