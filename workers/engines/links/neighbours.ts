/**
 * Candidate neighbours of a node: the nearest others in 3-D (horizontal
 * distance from a KD-tree plus the height difference), within a maximum
 * range, capped at `count`. The search radius grows from a small start, so
 * dense blocks (hundreds of meters in one high-rise) stay cheap.
 */
import type KDBush from 'kdbush';

/** Reusable scratch buffers for {@link nearestCandidates}. */
export interface CandidateScratch {
  ids: Int32Array;
  distM: Float64Array;
  /** Search radius that sufficed for the previous node (nodes arrive in spatial order, so it is a good start). */
  lastRadiusM: number;
}

export function createScratch(capacity: number): CandidateScratch {
  return { ids: new Int32Array(capacity), distM: new Float64Array(capacity), lastRadiusM: 50 };
}

/**
 * Fill `out` with up to `count` nearest nodes to `i` (excluding `i` and nodes
 * rejected by `accept`), ascending by 3-D distance. Returns how many.
 */
export function nearestCandidates(
  index: KDBush, xM: Float64Array, yM: Float64Array, hM: Float32Array, i: number,
  count: number, maxRangeM: number, accept: (j: number) => boolean, out: CandidateScratch,
): number {
  let r = Math.min(maxRangeM, Math.max(10, out.lastRadiusM * 0.75));
  let found: number[];
  for (;;) {
    found = index.within(xM[i], yM[i], r);
    if (found.length > count || r >= maxRangeM) break;
    r = Math.min(maxRangeM, r * 1.5);
  }
  out.lastRadiusM = r;
  let n = 0;
  for (const j of found) {
    if (j === i || !accept(j)) continue;
    const dz = hM[j] - hM[i];
    const d = Math.sqrt((xM[j] - xM[i]) ** 2 + (yM[j] - yM[i]) ** 2 + dz * dz);
    if (d > maxRangeM) continue;
    if (n < count) { insert(out, n, j, d); n++; }
    else if (d < out.distM[n - 1]) insert(out, n - 1, j, d);
  }
  return n;
}

/** Insertion into the sorted prefix [0, at] (the slot at `at` is overwritten). */
function insert(out: CandidateScratch, at: number, j: number, d: number): void {
  let k = at;
  while (k > 0 && out.distM[k - 1] > d) {
    out.distM[k] = out.distM[k - 1];
    out.ids[k] = out.ids[k - 1];
    k--;
  }
  out.distM[k] = d;
  out.ids[k] = j;
}
