/**
 * Net present value convention used by every FANplan cost figure:
 *
 *   NPV = CAPEX₀ + Σ_{t=1…H} OPEX_t · (1 + r)^−t
 *
 * CAPEX is spent at year 0 (undiscounted); each year's OPEX is paid at the
 * END of years 1…H and discounted by (1 + r)^−t. With a constant OPEX this is
 * CAPEX + OPEX · A(r, H), where A(r, H) = (1 − (1 + r)^−H) / r is the
 * present value of an ordinary annuity (A = H when r = 0). Default r = 3.5 %,
 * H = 15 years (DOMAIN-PARAMETERS.md §5).
 */

/** Discount factor of a cash flow at the end of year t: (1 + r)^−t. */
export function discountFactor(rate: number, year: number): number {
  return Math.pow(1 + rate, -year);
}

/** Present value of 1 per year paid at the end of years 1…H. */
export function annuityFactor(rate: number, horizonYears: number): number {
  if (!(rate > -1) || !(horizonYears >= 0)) throw new RangeError('annuityFactor: rate must exceed −1 and horizon must be ≥ 0');
  if (rate === 0) return horizonYears;
  // (1 − (1 + r)^−H) / r written with expm1/log1p: the plain form loses ~7 digits for rates near 0
  return -Math.expm1(-horizonYears * Math.log1p(rate)) / rate;
}

/** NPV of a CAPEX at year 0 and OPEX paid at the end of years 1…opexByYear.length. */
export function npv(capex: number, opexByYear: readonly number[], rate: number): number {
  let sum = capex;
  for (let t = 1; t <= opexByYear.length; t++) sum += opexByYear[t - 1] * discountFactor(rate, t);
  return sum;
}

/** NPV of a CAPEX and a constant yearly OPEX over H years. */
export function npvConstant(capex: number, opexPerYear: number, rate: number, horizonYears: number): number {
  return capex + opexPerYear * annuityFactor(rate, horizonYears);
}
