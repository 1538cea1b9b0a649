/**
 * Erlang B blocking: the probability that a request finds all N servers busy
 * in a loss system with Poisson arrivals and offered traffic A erlangs
 * (A. K. Erlang 1917; ITU-T E.501). Stable recursion
 *   B(0, A) = 1,   B(k, A) = A·B(k−1, A) / (k + A·B(k−1, A)).
 * Used as the per-cell congestion model of the cellular and private-radio
 * star uplinks (see capacity.ts for its assumptions).
 */
export function erlangB(servers: number, trafficErl: number): number {
  if (!Number.isInteger(servers) || servers < 0) throw new RangeError(`servers must be a non-negative integer, got ${servers}`);
  if (!(trafficErl >= 0)) throw new RangeError(`trafficErl must be ≥ 0, got ${trafficErl}`);
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (trafficErl * b) / (k + trafficErl * b);
  return b;
}
