/**
 * One transformer's LV network from its cable segments (imported feeders or
 * synthesised street routes) and its meters:
 *
 * 1. The transformer joins the nearest point of its segments (a lead when it
 *    is farther than the snapping tolerance, e.g. a pole-top transformer beside
 *    the line).
 * 2. Segment ends within the tolerance of another segment split it there
 *    (T-junctions); points closer than the tolerance merge into one node.
 * 3. Each meter below `riserMinFloor` drops to the nearest point of the
 *    network: a service drop of max(minServiceDropM, horizontal distance +
 *    |meter height|). Meters on `riserMinFloor` and above reach it through
 *    their building's riser (riser.ts).
 * 4. Pieces that touch nothing joined to the transformer are joined by a
 *    straight lead from the transformer to their nearest node (counted in the
 *    warnings): a transformer's feeders always form one network.
 */
import type { PlcInput } from './input';
import { LV_EDGE_KIND, type LvGraphBuilder } from './lv-graph';
import type { PlcPresets } from './presets';
import { addRisers, type RiserGroup } from './riser';

/** A straight cable piece of a network before noding. */
export interface CableSegment {
  x0: number; y0: number; x1: number; y1: number;
  cable: number; kind: number; feeder: number; vertex: number;
}

/** Cable indices the builder needs. */
export interface CableIndices {
  drop: number;
  riser: number;
}

export interface NetworkBuildStats {
  islandsJoined: number;
}

const near = { t: 0, d: 0 };

/** Nearest point of segment s to (px, py): sets near.t (0…1) and near.d. */
function nearestOn(s: CableSegment, px: number, py: number): void {
  const dx = s.x1 - s.x0, dy = s.y1 - s.y0, l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((px - s.x0) * dx + (py - s.y0) * dy) / l2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  near.t = t;
  near.d = Math.hypot(s.x0 + t * dx - px, s.y0 + t * dy - py);
}

/** Index of the segment nearest (px, py), leaving near.t/near.d for it; −1 when there are none. */
function nearestSegment(segs: readonly CableSegment[], px: number, py: number): number {
  let best = -1, bt = 0, bd = Infinity;
  for (let i = 0; i < segs.length; i++) {
    nearestOn(segs[i], px, py);
    if (near.d < bd) { bd = near.d; bt = near.t; best = i; }
  }
  near.t = bt; near.d = bd;
  return best;
}

/** Merges points closer than `tol` into one node (hash grid of cell `tol`). */
class PointMerger {
  private readonly cells = new Map<number, number[]>();
  constructor(private readonly b: LvGraphBuilder, private readonly tol: number, private readonly net: number) {}
  private key(cx: number, cy: number): number { return cx * 73856093 + cy * 19349663; }
  node(x: number, y: number): number {
    const t = Math.max(this.tol, 1e-6), cx = Math.floor(x / t), cy = Math.floor(y / t);
    let best = -1, bd = this.tol;
    for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
      const list = this.cells.get(this.key(cx + i, cy + j));
      if (list) for (const n of list) { const d = Math.hypot(this.b.nodeX(n) - x, this.b.nodeY(n) - y); if (d <= bd) { bd = d; best = n; } }
    }
    if (best >= 0) return best;
    const n = this.b.addNode(x, y, 0, this.net);
    const k = this.key(cx, cy);
    const list = this.cells.get(k);
    if (list) list.push(n); else this.cells.set(k, [n]);
    return n;
  }
}

function find(parent: Map<number, number>, a: number): number {
  let r = a;
  while ((parent.get(r) ?? r) !== r) r = parent.get(r) as number;
  parent.set(a, r);
  return r;
}

/**
 * Build network `net` (transformer index) into `b`. Sets meterNode[i] for
 * every meter in `meters`; returns the transformer's node, or −1 when there
 * are no segments (the meters then have no LV path).
 */
export function buildNetwork(b: LvGraphBuilder, net: number, segs: CableSegment[], meters: readonly number[], input: PlcInput, p: PlcPresets, cables: CableIndices, meterNode: Int32Array, stats: NetworkBuildStats): number {
  if (segs.length === 0) return -1;
  const tol = p.snapToleranceM;
  const tx = input.transformers.xM[net], ty = input.transformers.yM[net];
  const splits: number[][] = segs.map(() => [0, 1]);
  const ts = nearestSegment(segs, tx, ty);
  splits[ts].push(near.t);
  if (near.d > tol) {
    const s = segs[ts];
    segs.push({ x0: tx, y0: ty, x1: s.x0 + near.t * (s.x1 - s.x0), y1: s.y0 + near.t * (s.y1 - s.y0), cable: s.cable, kind: LV_EDGE_KIND.lead, feeder: -1, vertex: -1 });
    splits.push([0, 1]);
  }
  // T-junctions: a segment end (or the transformer) within tol of another segment's interior
  const ends: [number, number][] = [[tx, ty]];
  for (const s of segs) ends.push([s.x0, s.y0], [s.x1, s.y1]);
  for (let i = 0; i < segs.length; i++) {
    for (const [x, y] of ends) {
      nearestOn(segs[i], x, y);
      if (near.d <= tol && near.t > 0 && near.t < 1) splits[i].push(near.t);
    }
  }
  // attach points of direct meters and riser groups
  const m = input.meters, direct: number[] = [], groups = new Map<number, RiserGroup>();
  for (const i of meters) {
    if (m.floor[i] < p.riserMinFloor) { direct.push(i); continue; }
    const key = m.buildingIndex[i] >= 0 ? m.buildingIndex[i] : -1 - i;
    let g = groups.get(key);
    if (!g) { g = { building: m.buildingIndex[i], meters: [], footNode: -1, cx: 0, cy: 0 }; groups.set(key, g); }
    g.meters.push(i); g.cx += m.xM[i]; g.cy += m.yM[i];
  }
  const attach = (x: number, y: number): [number, number] => {
    const s = nearestSegment(segs, x, y);
    splits[s].push(near.t);
    return [segs[s].x0 + near.t * (segs[s].x1 - segs[s].x0), segs[s].y0 + near.t * (segs[s].y1 - segs[s].y0)];
  };
  const directAt = direct.map((i) => attach(m.xM[i], m.yM[i]));
  const groupList = [...groups.values()];
  const groupAt = groupList.map((g) => { g.cx /= g.meters.length; g.cy /= g.meters.length; return attach(g.cx, g.cy); });
  // nodes and cable edges
  const merger = new PointMerger(b, tol, net);
  const tNode = merger.node(tx, ty);
  const uf = new Map<number, number>();
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i], ps = [...new Set(splits[i])].sort((u, v) => u - v);
    let prev = -1, px = 0, py = 0;
    for (const t of ps) {
      const x = s.x0 + t * (s.x1 - s.x0), y = s.y0 + t * (s.y1 - s.y0);
      const n = merger.node(x, y);
      if (prev >= 0 && n !== prev) {
        b.addEdge(prev, n, Math.hypot(x - px, y - py), s.cable, s.kind, s.feeder, s.vertex);
        const ra = find(uf, prev), rb = find(uf, n);
        if (ra !== rb) uf.set(ra, rb);
      }
      prev = n; px = x; py = y;
    }
  }
  joinIslands(b, uf, tNode, segs, stats);
  direct.forEach((i, k) => {
    const [ax, ay] = directAt[k];
    const a = merger.node(ax, ay), z = m.heightM[i];
    const node = b.addNode(m.xM[i], m.yM[i], z, net);
    b.addEdge(a, node, Math.max(p.minServiceDropM, Math.hypot(m.xM[i] - ax, m.yM[i] - ay) + Math.abs(z)), cables.drop, LV_EDGE_KIND.drop);
    meterNode[i] = node;
  });
  groupList.forEach((g, k) => { g.footNode = merger.node(groupAt[k][0], groupAt[k][1]); });
  addRisers(b, net, groupList, input, p, cables, meterNode);
  return tNode;
}

/** Join every component not containing the transformer node by a lead to its nearest node. */
function joinIslands(b: LvGraphBuilder, uf: Map<number, number>, tNode: number, segs: readonly CableSegment[], stats: NetworkBuildStats): void {
  const root = find(uf, tNode);
  const best = new Map<number, { node: number; d: number }>();
  const tx = b.nodeX(tNode), ty = b.nodeY(tNode);
  for (const n of uf.keys()) {
    const r = find(uf, n);
    if (r === root) continue;
    const d = Math.hypot(b.nodeX(n) - tx, b.nodeY(n) - ty);
    const cur = best.get(r);
    if (!cur || d < cur.d) best.set(r, { node: n, d });
  }
  for (const { node, d } of best.values()) {
    b.addEdge(tNode, node, d, segs[0].cable, LV_EDGE_KIND.lead);
    stats.islandsJoined++;
  }
}
