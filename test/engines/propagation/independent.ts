/**
 * Independent reference implementations for the model tests, written from
 * the published formulas in a different algebraic form than the engines
 * (natural logarithms, expanded terms, numerically integrated normal CDF)
 * so that a transcription slip in one is caught by the other.
 */

const dB = (x: number) => (10 / Math.LN10) * Math.log(x); // 10·log10 via ln
const lg = (x: number) => Math.log(x) / Math.LN10;

/** Φ(z) by Simpson integration of the normal density from 0 to z. */
export function cdfByIntegration(z: number): number {
  const n = 2000;
  const h = z / n;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    const t = i * h;
    const w = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
    s += w * Math.exp(-0.5 * t * t);
  }
  return 0.5 + (s * h) / 3 / Math.sqrt(2 * Math.PI);
}

/** Φ⁻¹(p) by bisection on {@link cdfByIntegration}. */
export function quantileByBisection(p: number): number {
  let lo = -9;
  let hi = 9;
  for (let i = 0; i < 70; i++) {
    const mid = (lo + hi) / 2;
    if (cdfByIntegration(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Okumura–Hata written as L = A(f, hb, hm) + B(hb)·log d with the mobile
 * correction expanded, Hata (1980) eqs. (4)–(6).
 */
export function hataIndependent(fMHz: number, dKm: number, hb: number, hm: number, env: 'urban-small' | 'urban-large' | 'suburban' | 'open'): number {
  const lf = lg(fMHz);
  const aHm = env === 'urban-large'
    ? fMHz <= 300 ? 8.29 * lg(1.54 * hm) * lg(1.54 * hm) - 1.1 : 3.2 * lg(11.75 * hm) * lg(11.75 * hm) - 4.97
    : 1.1 * lf * hm - 0.7 * hm - 1.56 * lf + 0.8;
  const A = 69.55 + 26.16 * lf - 13.82 * lg(hb) - aHm;
  const B = 44.9 - 6.55 * lg(hb);
  const urban = A + B * lg(dKm);
  if (env === 'suburban') return urban - 2 * (lf - lg(28)) * (lf - lg(28)) - 5.4;
  if (env === 'open') return urban - 4.78 * lf * lf + 18.33 * lf - 40.94;
  return urban;
}

/** COST-231 Hata, same expanded form. */
export function cost231Independent(fMHz: number, dKm: number, hb: number, hm: number, cmDb: number): number {
  const lf = lg(fMHz);
  return 46.3 + 33.9 * lf - 13.82 * lg(hb) - (1.1 * lf * hm - 0.7 * hm - 1.56 * lf + 0.8) + (44.9 - 6.55 * lg(hb)) * lg(dKm) + cmDb;
}

/** SEAMCAT Extended Hata (ECC Report 252 A17.3.1), urban/suburban/open, written per branch. */
export function seamcatIndependent(f: number, d: number, h1: number, h2: number, env: 'urban' | 'suburban' | 'open'): number {
  const Hb = Math.max(h1, h2);
  const Hm = Math.max(1, Math.min(h1, h2));
  const near = (dd: number) => 32.4 + 20 * lg(f) + dB(dd * dd + ((Hb - Hm) / 1000) ** 2);
  const far = (dd: number) => {
    const a = (1.1 * lg(f) - 0.7) * Math.min(10, Hm) - (1.56 * lg(f) - 0.8) + Math.max(0, 20 * lg(Hm / 10));
    const b = Math.min(0, 20 * lg(Hb / 30));
    const alpha = dd <= 20 ? 1 : 1 + (0.14 + 0.000187 * f + 0.00107 * Hb) * Math.pow(lg(dd / 20), 0.8);
    const H = Math.max(30, Hb);
    const common = -13.82 * lg(H) + (44.9 - 6.55 * lg(H)) * Math.pow(lg(dd), alpha) - a - b;
    let L: number;
    if (f > 30 && f <= 150) L = 69.6 + 26.2 * lg(150) - 20 * lg(150 / f) + common;
    else if (f <= 1500) L = 69.6 + 26.2 * lg(f) + common;
    else if (f <= 2000) L = 46.3 + 33.9 * lg(f) + common;
    else L = 46.3 + 33.9 * lg(2000) + 10 * lg(f / 2000) + common;
    const F = Math.min(Math.max(150, f), 2000);
    if (env === 'suburban') L -= 2 * lg(F / 28) ** 2 + 5.4;
    if (env === 'open') L -= 4.78 * lg(F) ** 2 - 18.33 * lg(F) + 40.94;
    return L;
  };
  let L: number;
  if (d < 0.04) L = near(d);
  else if (d >= 0.1) L = far(d);
  else L = near(0.04) + (far(0.1) - near(0.04)) * (lg(d / 0.04) / lg(0.1 / 0.04));
  return Math.max(L, near(d));
}

/** P.1411 §4.1.1 with location percentage: LoS additive, NLoS capped above free space. */
export function p1411Independent(fGHz: number, dM: number, row: { alpha: number; beta: number; gamma: number; sigma: number }, los: boolean, pPercent: number): number {
  const median = row.alpha * dB(dM) + row.beta + row.gamma * dB(fGHz);
  const z = quantileByBisection(pPercent / 100);
  if (los) return median + row.sigma * z;
  const lambdaM = 0.299792458 / fGHz;
  const lfs = 2 * dB((4 * Math.PI * dM) / lambdaM);
  const A = median - lfs + row.sigma * z;
  // 10·log10(10^(A/10) + 1) rewritten as A + 10·log10(1 + 10^(−A/10))
  return lfs + A + dB(1 + Math.pow(10, -A / 10));
}
