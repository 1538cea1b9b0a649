/** Histogram binning, percentiles and sorted samples for the result charts (pure functions). */

/** Counts of `values` in bins with the given ascending `edges` (last bin closed); NaN and out-of-range values are skipped. */
export function histogram(values: ArrayLike<number>, edges: readonly number[], pick?: (i: number) => boolean): Float64Array {
  const counts = new Float64Array(Math.max(0, edges.length - 1));
  const lo = edges[0], hi = edges[edges.length - 1];
  for (let i = 0; i < values.length; i++) {
    if (pick && !pick(i)) continue;
    const v = values[i];
    if (!(v >= lo && v <= hi)) continue;
    let a = 0, b = counts.length - 1;
    while (a < b) { const m = (a + b + 1) >> 1; if (edges[m] <= v) a = m; else b = m - 1; }
    counts[a]++;
  }
  return counts;
}

/** Evenly spaced edges from `lo` to `hi` in `n` bins. */
export function linearEdges(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
}

/** Integer bins centred on 1…max (edges 0.5, 1.5, …). */
export function integerEdges(min: number, max: number): number[] {
  const out: number[] = [];
  for (let k = min; k <= max + 1; k++) out.push(k - 0.5);
  return out;
}

/** Finite values (optionally where pick(i)) sorted ascending. */
export function sortedFinite(values: ArrayLike<number>, pick?: (i: number) => boolean): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if ((!pick || pick(i)) && Number.isFinite(values[i])) out.push(values[i]);
  return Float64Array.from(out).sort();
}

/** The p-quantile (0…1) of ascending values by linear interpolation; NaN when empty. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const x = p * (n - 1), i = Math.floor(x), f = x - i;
  return i + 1 < n ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[n - 1];
}
