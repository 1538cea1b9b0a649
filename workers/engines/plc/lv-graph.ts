/**
 * The LV networks of all transformers as one undirected graph in typed
 * arrays: nodes (local metres, height, network), cable edges (length, cable
 * type, kind, and the feeder segment they come from), and a CSR adjacency.
 * Each network is one transformer's LV grid; no edge joins two networks.
 */

/** What an LV edge is. */
export const LV_EDGE_KIND = { feeder: 0, lead: 1, drop: 2, riser: 3, floorBranch: 4, synthesized: 5 } as const;
export const LV_EDGE_KIND_NAMES = ['feeder', 'lead', 'drop', 'riser', 'floorBranch', 'synthesized'] as const;

/** Packed LV graph. */
export interface LvGraph {
  nodeCount: number;
  xM: Float64Array;
  yM: Float64Array;
  /** Height of the node, metres (riser nodes and meters above ground). */
  zM: Float32Array;
  /** Network (transformer index) of each node. */
  network: Int32Array;
  edgeCount: number;
  edgeA: Int32Array;
  edgeB: Int32Array;
  lengthM: Float32Array;
  /** Index into the cable key list. */
  cable: Int16Array;
  /** {@link LV_EDGE_KIND}. */
  kind: Uint8Array;
  /** Index into project.grid.feeders (−1: synthesised, lead, drop, riser). */
  feeder: Int32Array;
  /** Segment index within the feeder's line (vertex i → i+1), −1 when no feeder. */
  vertex: Int32Array;
  /** CSR adjacency: neighbours of node u are adjNode[adjOffsets[u] … adjOffsets[u+1]−1] via adjEdge. */
  adjOffsets: Int32Array;
  adjNode: Int32Array;
  adjEdge: Int32Array;
}

/** Accumulates nodes and edges, then packs an {@link LvGraph}. */
export class LvGraphBuilder {
  private readonly x: number[] = [];
  private readonly y: number[] = [];
  private readonly z: number[] = [];
  private readonly net: number[] = [];
  private readonly ea: number[] = [];
  private readonly eb: number[] = [];
  private readonly len: number[] = [];
  private readonly cab: number[] = [];
  private readonly knd: number[] = [];
  private readonly fdr: number[] = [];
  private readonly vtx: number[] = [];

  get nodeCount(): number {
    return this.x.length;
  }

  addNode(xM: number, yM: number, zM: number, network: number): number {
    this.x.push(xM); this.y.push(yM); this.z.push(zM); this.net.push(network);
    return this.x.length - 1;
  }

  nodeX(i: number): number { return this.x[i]; }
  nodeY(i: number): number { return this.y[i]; }

  addEdge(a: number, b: number, lengthM: number, cable: number, kind: number, feeder = -1, vertex = -1): void {
    if (a === b) return;
    this.ea.push(a); this.eb.push(b); this.len.push(lengthM); this.cab.push(cable); this.knd.push(kind); this.fdr.push(feeder); this.vtx.push(vertex);
  }

  build(): LvGraph {
    const n = this.x.length, m = this.ea.length;
    const edgeA = Int32Array.from(this.ea), edgeB = Int32Array.from(this.eb);
    const adjOffsets = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) { adjOffsets[edgeA[e] + 1]++; adjOffsets[edgeB[e] + 1]++; }
    for (let i = 0; i < n; i++) adjOffsets[i + 1] += adjOffsets[i];
    const fill = adjOffsets.slice(0, n), adjNode = new Int32Array(2 * m), adjEdge = new Int32Array(2 * m);
    for (let e = 0; e < m; e++) {
      let k = fill[edgeA[e]]++; adjNode[k] = edgeB[e]; adjEdge[k] = e;
      k = fill[edgeB[e]]++; adjNode[k] = edgeA[e]; adjEdge[k] = e;
    }
    return {
      nodeCount: n, xM: Float64Array.from(this.x), yM: Float64Array.from(this.y), zM: Float32Array.from(this.z), network: Int32Array.from(this.net),
      edgeCount: m, edgeA, edgeB, lengthM: Float32Array.from(this.len), cable: Int16Array.from(this.cab), kind: Uint8Array.from(this.knd),
      feeder: Int32Array.from(this.fdr), vertex: Int32Array.from(this.vtx), adjOffsets, adjNode, adjEdge,
    };
  }
}

/** Degree of a node. */
export function degreeOf(g: LvGraph, u: number): number {
  return g.adjOffsets[u + 1] - g.adjOffsets[u];
}
