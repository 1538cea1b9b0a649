/**
 * The link graph engines route over: directed edges in compressed-sparse-row
 * form (edges of node i are offsets[i] … offsets[i+1]−1), with per-edge PDR,
 * ETX and margin. Built from undirected pair lists so both directions exist.
 */
import type { LinkGraph as RoutingLinkGraph } from '../routing/graph';

/** The routing core's CSR link graph plus the median margin of every edge. */
export interface LinkGraph extends RoutingLinkGraph {
  /** Median margin over receiver sensitivity, dB. */
  marginDb: Float32Array;
}

/** Accumulates directed edges, then packs them into a {@link LinkGraph}. */
export class EdgeBuilder {
  private from: Int32Array;
  private to: Int32Array;
  private etx: Float32Array;
  private pdr: Float32Array;
  private margin: Float32Array;
  private n = 0;

  constructor(private readonly nodeCount: number, capacity = 1024) {
    this.from = new Int32Array(capacity); this.to = new Int32Array(capacity);
    this.etx = new Float32Array(capacity); this.pdr = new Float32Array(capacity); this.margin = new Float32Array(capacity);
  }

  get size(): number {
    return this.n;
  }

  /** The edges added so far, in insertion order (views, valid until the next add). */
  raw(): { from: Int32Array; to: Int32Array; etx: Float32Array; pdr: Float32Array; marginDb: Float32Array } {
    const n = this.n;
    return { from: this.from.subarray(0, n), to: this.to.subarray(0, n), etx: this.etx.subarray(0, n), pdr: this.pdr.subarray(0, n), marginDb: this.margin.subarray(0, n) };
  }

  add(from: number, to: number, etx: number, pdr: number, marginDb: number): void {
    if (this.n === this.from.length) this.grow();
    const k = this.n++;
    this.from[k] = from; this.to[k] = to; this.etx[k] = etx; this.pdr[k] = pdr; this.margin[k] = marginDb;
  }

  private grow(): void {
    const cap = this.from.length * 2;
    const g = <T extends Int32Array | Float32Array>(a: T, C: new (n: number) => T): T => { const b = new C(cap); b.set(a); return b; };
    this.from = g(this.from, Int32Array); this.to = g(this.to, Int32Array);
    this.etx = g(this.etx, Float32Array); this.pdr = g(this.pdr, Float32Array); this.margin = g(this.margin, Float32Array);
  }

  /** Append a block of edges (typed-array copies, for unchanged runs of nodes). */
  addBlock(from: Int32Array, to: Int32Array, etx: Float32Array, pdr: Float32Array, marginDb: Float32Array): void {
    while (this.n + from.length > this.from.length) this.grow();
    this.from.set(from, this.n); this.to.set(to, this.n); this.etx.set(etx, this.n); this.pdr.set(pdr, this.n); this.margin.set(marginDb, this.n);
    this.n += from.length;
  }

  /** Pack into CSR by a counting sort on the source node (stable, O(V + E)). */
  build(): LinkGraph {
    const offsets = new Int32Array(this.nodeCount + 1);
    for (let k = 0; k < this.n; k++) offsets[this.from[k] + 1]++;
    for (let i = 0; i < this.nodeCount; i++) offsets[i + 1] += offsets[i];
    const fill = offsets.slice(0, this.nodeCount);
    const targets = new Int32Array(this.n), etx = new Float32Array(this.n), pdr = new Float32Array(this.n), marginDb = new Float32Array(this.n);
    for (let k = 0; k < this.n; k++) {
      const at = fill[this.from[k]]++;
      targets[at] = this.to[k]; etx[at] = this.etx[k]; pdr[at] = this.pdr[k]; marginDb[at] = this.margin[k];
    }
    return dedupe({ nodeCount: this.nodeCount, offsets, targets, etx, pdr, marginDb });
  }
}

/** Drop repeated (source, target) edges, keeping the first; compacts in place order. */
function dedupe(g: LinkGraph): LinkGraph {
  const { offsets, targets } = g;
  const keep = new Uint8Array(targets.length);
  const stamp = new Int32Array(g.nodeCount);
  let kept = 0;
  for (let i = 0; i < g.nodeCount; i++) {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      if (stamp[targets[e]] === i + 1) continue;
      stamp[targets[e]] = i + 1;
      keep[e] = 1;
      kept++;
    }
  }
  if (kept === targets.length) return g;
  const o = new Int32Array(g.nodeCount + 1), t = new Int32Array(kept), etx = new Float32Array(kept), pdr = new Float32Array(kept), m = new Float32Array(kept);
  let w = 0;
  for (let i = 0; i < g.nodeCount; i++) {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      if (!keep[e]) continue;
      t[w] = targets[e]; etx[w] = g.etx[e]; pdr[w] = g.pdr[e]; m[w] = g.marginDb[e]; w++;
    }
    o[i + 1] = w;
  }
  return { nodeCount: g.nodeCount, offsets: o, targets: t, etx, pdr, marginDb: m };
}
