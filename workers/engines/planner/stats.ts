/** Small statistics over per-meter read success. */

/** Mean of `v` (NaN when empty). */
export function mean(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return v.length ? s / v.length : NaN;
}

/** p-quantile by the nearest-rank method (p in 0…1), NaN when empty. */
export function quantile(v: ArrayLike<number>, p: number): number {
  if (v.length === 0) return NaN;
  const a = Float64Array.from(v).sort();
  return a[Math.min(a.length - 1, Math.max(0, Math.ceil(p * a.length) - 1))];
}

/** Σ (1 − v_i): expected missed reads per read opportunity. */
export function missedShare(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += 1 - Math.min(1, Math.max(0, v[i]));
  return s;
}

/** Meters with v_i ≥ target. */
export function countMeeting(v: ArrayLike<number>, target: number): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (v[i] >= target) n++;
  return n;
}
