/**
 * Edge-id bookkeeping between two versions of a CSR link graph, for the
 * incremental update: nodes whose adjacency (targets, ETX, PDR) is identical
 * keep their edges at a constant offset shift, so their parent and backup
 * edge ids can be carried over in O(1); nodes whose adjacency changed are
 * reported so the update can treat them as changed even if the caller did
 * not list them.
 */
import type { LinkGraph } from './graph';

export interface AdjacencyDiff {
  /** newOffsets[v] − oldOffsets[v], valid where `changed[v]` is 0. */
  shift: Int32Array;
  /** 1 where the node's out-edges differ (or the node is new). */
  changed: Uint8Array;
}

/** Compare the adjacency of every node of `next` with `prev`. O(V + E), typed-array loops only. */
export function diffAdjacency(prev: LinkGraph, next: LinkGraph): AdjacencyDiff {
  const n = next.nodeCount;
  const shift = new Int32Array(n);
  const changed = new Uint8Array(n);
  if (prev === next) return { shift, changed };
  for (let v = 0; v < n; v++) {
    if (v >= prev.nodeCount) { changed[v] = 1; continue; }
    const a0 = prev.offsets[v], a1 = prev.offsets[v + 1], b0 = next.offsets[v], b1 = next.offsets[v + 1];
    shift[v] = b0 - a0;
    if (a1 - a0 !== b1 - b0) { changed[v] = 1; continue; }
    for (let i = 0; i < a1 - a0; i++) {
      if (prev.targets[a0 + i] !== next.targets[b0 + i] || prev.etx[a0 + i] !== next.etx[b0 + i] || prev.pdr[a0 + i] !== next.pdr[b0 + i]) { changed[v] = 1; break; }
    }
  }
  return { shift, changed };
}
