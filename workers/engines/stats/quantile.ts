/** Quantiles of sorted samples. */

/** Linear-interpolated quantile (type 7, as R's default) of ascending-sorted values; NaN when empty. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo], b = sorted[hi];
  if (!Number.isFinite(a) || !Number.isFinite(b)) return h - lo < 0.5 ? a : b;
  return a + (h - lo) * (b - a);
}
