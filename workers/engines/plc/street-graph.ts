/**
 * The street graph for synthesising LV routes: road centre lines noded at
 * their vertices, at mutual crossings and where a line ends on another
 * (within `tolM`), as straight edges with lengths. Crossing candidates and
 * nearest-edge queries use a Flatbush index of the edges' boxes.
 */
import Flatbush from 'flatbush';
import type { Polylines } from './input';

export interface StreetGraph {
  nodeCount: number;
  xM: Float64Array;
  yM: Float64Array;
  edgeCount: number;
  edgeA: Int32Array;
  edgeB: Int32Array;
  lengthM: Float64Array;
  adjOffsets: Int32Array;
  adjNode: Int32Array;
  adjEdge: Int32Array;
  index: Flatbush | null;
}

/** Parameter on segment 1 where it meets segment 2 (proper crossing, or an end of either within tol), or −1 pairs. */
function meet(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number, tol: number, out: number[]): void {
  const rx = bx - ax, ry = by - ay, sx = dx - cx, sy = dy - cy;
  const den = rx * sy - ry * sx;
  if (Math.abs(den) > 1e-12) {
    const t = ((cx - ax) * sy - (cy - ay) * sx) / den, u = ((cx - ax) * ry - (cy - ay) * rx) / den;
    if (t >= 0 && t <= 1 && u >= 0 && u <= 1) { out.push(t, u); return; }
  }
  const l1 = Math.hypot(rx, ry), l2 = Math.hypot(sx, sy);
  const onto = (px: number, py: number, ox: number, oy: number, vx: number, vy: number, l: number) => {
    if (l === 0) return -1;
    const t = ((px - ox) * vx + (py - oy) * vy) / (l * l);
    if (t < 0 || t > 1) return -1;
    return Math.hypot(ox + t * vx - px, oy + t * vy - py) <= tol ? t : -1;
  };
  for (const [px, py, side] of [[cx, cy, 0], [dx, dy, 1]] as const) { const t = onto(px, py, ax, ay, rx, ry, l1); if (t >= 0) out.push(t, side); }
  for (const [px, py, side] of [[ax, ay, 0], [bx, by, 1]] as const) { const u = onto(px, py, cx, cy, sx, sy, l2); if (u >= 0) out.push(side, u); }
}

/** Node the road lines into a street graph. */
export function buildStreetGraph(roads: Polylines, tolM: number): StreetGraph {
  const pieces: number[] = []; // x0 y0 x1 y1 per piece
  for (let r = 0; r < roads.count; r++) {
    for (let v = roads.offsets[r]; v < roads.offsets[r + 1] - 1; v++) pieces.push(roads.xyM[2 * v], roads.xyM[2 * v + 1], roads.xyM[2 * v + 2], roads.xyM[2 * v + 3]);
  }
  const n = pieces.length / 4;
  const splits: number[][] = Array.from({ length: n }, () => [0, 1]);
  if (n > 0) {
    const fb = new Flatbush(n);
    for (let i = 0; i < n; i++) {
      const [x0, y0, x1, y1] = pieces.slice(4 * i, 4 * i + 4);
      fb.add(Math.min(x0, x1) - tolM, Math.min(y0, y1) - tolM, Math.max(x0, x1) + tolM, Math.max(y0, y1) + tolM);
    }
    fb.finish();
    const hit: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = 4 * i;
      for (const j of fb.search(Math.min(pieces[a], pieces[a + 2]), Math.min(pieces[a + 1], pieces[a + 3]), Math.max(pieces[a], pieces[a + 2]), Math.max(pieces[a + 1], pieces[a + 3]))) {
        if (j <= i) continue;
        const c = 4 * j;
        hit.length = 0;
        meet(pieces[a], pieces[a + 1], pieces[a + 2], pieces[a + 3], pieces[c], pieces[c + 1], pieces[c + 2], pieces[c + 3], tolM, hit);
        for (let k = 0; k < hit.length; k += 2) { splits[i].push(hit[k]); splits[j].push(hit[k + 1]); }
      }
    }
  }
  const xs: number[] = [], ys: number[] = [], ea: number[] = [], eb: number[] = [], len: number[] = [];
  const cells = new Map<string, number[]>();
  const cell = Math.max(tolM, 1e-3);
  const nodeAt = (x: number, y: number): number => {
    const cx = Math.floor(x / cell), cy = Math.floor(y / cell);
    for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
      for (const k of cells.get(`${cx + i},${cy + j}`) ?? []) if (Math.hypot(xs[k] - x, ys[k] - y) <= tolM) return k;
    }
    xs.push(x); ys.push(y);
    const key = `${cx},${cy}`;
    const l = cells.get(key);
    if (l) l.push(xs.length - 1); else cells.set(key, [xs.length - 1]);
    return xs.length - 1;
  };
  for (let i = 0; i < n; i++) {
    const [x0, y0, x1, y1] = pieces.slice(4 * i, 4 * i + 4);
    let prev = -1;
    for (const t of [...new Set(splits[i])].sort((u, v) => u - v)) {
      const node = nodeAt(x0 + t * (x1 - x0), y0 + t * (y1 - y0));
      if (prev >= 0 && node !== prev) { ea.push(prev); eb.push(node); len.push(Math.hypot(xs[node] - xs[prev], ys[node] - ys[prev])); }
      prev = node;
    }
  }
  const nodeCount = xs.length, m = ea.length;
  const adjOffsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < m; e++) { adjOffsets[ea[e] + 1]++; adjOffsets[eb[e] + 1]++; }
  for (let i = 0; i < nodeCount; i++) adjOffsets[i + 1] += adjOffsets[i];
  const fill = adjOffsets.slice(0, nodeCount), adjNode = new Int32Array(2 * m), adjEdge = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    let k = fill[ea[e]]++; adjNode[k] = eb[e]; adjEdge[k] = e;
    k = fill[eb[e]]++; adjNode[k] = ea[e]; adjEdge[k] = e;
  }
  let index: Flatbush | null = null;
  if (m > 0) {
    index = new Flatbush(m);
    for (let e = 0; e < m; e++) index.add(Math.min(xs[ea[e]], xs[eb[e]]), Math.min(ys[ea[e]], ys[eb[e]]), Math.max(xs[ea[e]], xs[eb[e]]), Math.max(ys[ea[e]], ys[eb[e]]));
    index.finish();
  }
  return { nodeCount, xM: Float64Array.from(xs), yM: Float64Array.from(ys), edgeCount: m, edgeA: Int32Array.from(ea), edgeB: Int32Array.from(eb), lengthM: Float64Array.from(len), adjOffsets, adjNode, adjEdge, index };
}

/**
 * Nearest street edge to a point: its id, the parameter t from edgeA (0…1)
 * and the distance; edge −1 when there are no streets. Exact: the 8 nearest
 * boxes give an upper bound, then every edge whose box lies within it is checked.
 */
export function nearestStreetEdge(g: StreetGraph, x: number, y: number): { edge: number; t: number; dM: number } {
  if (!g.index) return { edge: -1, t: 0, dM: Infinity };
  let best = -1, bt = 0, bd = Infinity;
  const check = (e: number) => {
    const ax = g.xM[g.edgeA[e]], ay = g.yM[g.edgeA[e]], bx = g.xM[g.edgeB[e]], by = g.yM[g.edgeB[e]];
    const dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
    let t = l2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / l2 : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const d = Math.hypot(ax + t * dx - x, ay + t * dy - y);
    if (d < bd || (d === bd && e < best)) { bd = d; bt = t; best = e; }
  };
  for (const e of g.index.neighbors(x, y, 8)) check(e);
  for (const e of g.index.neighbors(x, y, Infinity, bd)) check(e);
  return { edge: best, t: bt, dM: bd };
}
