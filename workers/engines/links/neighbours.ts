/**
 * Candidate neighbours of a node: the nearest others in 3-D (horizontal
 * distance from a KD-tree plus the height difference), within a maximum
 * range, capped at `count`. The search radius grows from a small start, so
 * dense blocks (hundreds of meters in one high-rise) stay cheap; the result
 * does not depend on the start (it is the exact 3-D nearest set), which keeps
 * incremental relinking identical to a full rebuild.
 */

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
  index: { within(x: number, y: number, r: number): number[] }, xM: Float64Array, yM: Float64Array, hM: Float32Array, i: number,
  count: number, maxRangeM: number, accept: (j: number) => boolean, out: CandidateScratch,
): number {
  let r = Math.min(maxRangeM, Math.max(10, out.lastRadiusM * 0.75));
  for (;;) {
    const found = index.within(xM[i], yM[i], r);
    if (found.length <= count && r < maxRangeM) { r = Math.min(maxRangeM, r * 1.5); continue; }
    let n = 0;
    // (a node rejected by `accept` or by 3-D range can leave fewer than `count`: widen then)
    for (const j of found) {
      if (j === i || !accept(j)) continue;
      const dz = hM[j] - hM[i];
      const d = Math.sqrt((xM[j] - xM[i]) ** 2 + (yM[j] - yM[i]) ** 2 + dz * dz);
      if (d > maxRangeM) continue;
      if (n < count) { insert(out, n, j, d); n++; }
      else if (d < out.distM[n - 1]) insert(out, n - 1, j, d);
    }
    // Exactness: a node outside the 2-D radius is farther than r in 3-D too, so the
    // set is the true 3-D nearest when the last kept distance is within r.
    if (n < count && r < maxRangeM) { r = Math.min(maxRangeM, r * 1.5); continue; }
    if (n === count && out.distM[n - 1] > r && r < maxRangeM) { r = Math.min(maxRangeM, out.distM[n - 1]); continue; }
    out.lastRadiusM = r;
    return n;
  }
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
