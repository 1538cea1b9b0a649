/**
 * The peer the routing benchmarks compare with: graphology's Dijkstra
 * (graphology-shortest-path) over the same link graph, with parent → child
 * edges for usable links and a super-source joined to every collector at
 * weight 0, so one single-source run computes the whole forest.
 */
import Graph from 'graphology';
import type { LinkGraph } from '../workers/engines/routing';

export function graphologyGraph(graph: LinkGraph, roots: Int32Array, maxLinkEtx: number): Graph {
  const g = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const n = graph.nodeCount;
  for (let v = 0; v < n; v++) g.addNode(v);
  g.addNode('S');
  const { offsets, targets, etx } = graph;
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) if (etx[e] <= maxLinkEtx && !g.hasEdge(targets[e], u)) g.addDirectedEdge(targets[e], u, { w: etx[e] });
  }
  for (const r of roots) g.addDirectedEdge('S', r, { w: 0 });
  return g;
}
