/**
 * SEAMCAT Extended Hata model, as described in ECC Report 252 (SEAMCAT
 * Handbook, ed. 2, Annex 17 §A17.3.1) and Report ITU-R SM.2028-2 §6.1.
 *
 * Hm = max(1, min(h1, h2)), Hb = max(h1, h2); f MHz, d km.
 *   a(Hm) = (1.1·log f − 0.7)·min(10, Hm) − (1.56·log f − 0.8) + max(0, 20·log(Hm/10))
 *   b(Hb) = min(0, 20·log(Hb/30))
 *   α = 1 for d ≤ 20 km; α = 1 + (0.14 + 1.87e−4·f + 1.07e−3·Hb)·(log(d/20))^0.8 for d > 20 km
 *
 * d < 0.04 km (Eq. 191): L = 32.4 + 20·log f + 10·log(d² + (Hb − Hm)²/10⁶)
 * d ≥ 0.1 km, urban (Eqs. 192–195), with H = max(30, Hb):
 *   30 < f ≤ 150:    69.6 + 26.2·log 150 − 20·log(150/f) − 13.82·log H + (44.9 − 6.55·log H)·(log d)^α − a(Hm) − b(Hb)
 *   150 < f ≤ 1500:  69.6 + 26.2·log f − 13.82·log H + (44.9 − 6.55·log H)·(log d)^α − a(Hm) − b(Hb)
 *   1500 < f ≤ 2000: 46.3 + 33.9·log f − … (same tail)
 *   2000 < f ≤ 3000: 46.3 + 33.9·log 2000 + 10·log(f/2000) − … (same tail)
 *   suburban (196): L − 2·(log(min(max(150, f), 2000)/28))² − 5.4
 *   open (197):     L − 4.78·(log F)² + 18.33·log F − 40.94, F = min(max(150, f), 2000)
 * 0.04 ≤ d < 0.1 km (198): L(0.04) + (log d − log 0.04)/(log 0.1 − log 0.04)·(L(0.1) − L(0.04))
 * The result is floored at the free-space loss of Eq. 191 for the same distance.
 * Below 1 km the ≥ 0.1 km branch extends Hata's 1–20 km fit (α = 1); beyond
 * 20 km the α exponent applies (earth curvature), up to 100 km.
 *
 * Validity (warnings outside): f 30–3000 MHz, d ≤ 100 km (SEAMCAT recommends
 * ≤ 40 km), Hm 1–10 m, Hb 30–200 m (Hb assumed above rooftops).
 */
import { fail, ok, requireFinite, warnRange, type ModelResult } from './types';

/** General environment of the Extended Hata model. */
export type SeamcatEnvironment = 'urban' | 'suburban' | 'open';

/** Inputs of {@link seamcatHataLoss}. */
export interface SeamcatHataInput {
  freqMHz: number;
  distanceKm: number;
  /** Transmitter antenna height above ground, m. */
  txHeightM: number;
  /** Receiver antenna height above ground, m. */
  rxHeightM: number;
  environment: SeamcatEnvironment;
}

const lg = Math.log10;

function freeSpace3d(f: number, dKm: number, hb: number, hm: number): number {
  return 32.4 + 20 * lg(f) + 10 * lg(dKm * dKm + ((hb - hm) * (hb - hm)) / 1e6);
}

function farLoss(f: number, dKm: number, hb: number, hm: number, env: SeamcatEnvironment): number {
  const aHm = (1.1 * lg(f) - 0.7) * Math.min(10, hm) - (1.56 * lg(f) - 0.8) + Math.max(0, 20 * lg(hm / 10));
  const bHb = Math.min(0, 20 * lg(hb / 30));
  const alpha = dKm <= 20 ? 1 : 1 + (0.14 + 1.87e-4 * f + 1.07e-3 * hb) * lg(dKm / 20) ** 0.8;
  const h = Math.max(30, hb);
  const logD = lg(dKm);
  const distTerm = (44.9 - 6.55 * lg(h)) * (alpha === 1 ? logD : logD ** alpha);
  const tail = -13.82 * lg(h) + distTerm - aHm - bHb;
  let urban: number;
  if (f <= 150) urban = 69.6 + 26.2 * lg(150) - 20 * lg(150 / f) + tail;
  else if (f <= 1500) urban = 69.6 + 26.2 * lg(f) + tail;
  else if (f <= 2000) urban = 46.3 + 33.9 * lg(f) + tail;
  else urban = 46.3 + 33.9 * lg(2000) + 10 * lg(f / 2000) + tail;
  const fc = Math.min(Math.max(150, f), 2000);
  if (env === 'suburban') return urban - 2 * lg(fc / 28) ** 2 - 5.4;
  if (env === 'open') return urban - 4.78 * lg(fc) ** 2 + 18.33 * lg(fc) - 40.94;
  return urban;
}

/** SEAMCAT Extended Hata median loss (dB). */
export function seamcatHataLoss(input: SeamcatHataInput): ModelResult {
  const { freqMHz: f, distanceKm: d, txHeightM, rxHeightM, environment } = input;
  const bad = requireFinite({ freqMHz: f, distanceKm: d, txHeightM, rxHeightM });
  if (bad) return bad;
  if (f <= 0) return fail('invalid-input', `freqMHz must be > 0, got ${f}`);
  if (d <= 0) return fail('invalid-input', `distanceKm must be > 0, got ${d}`);
  if (txHeightM <= 0 || rxHeightM <= 0) return fail('invalid-input', `antenna heights must be > 0, got ${txHeightM} m and ${rxHeightM} m`);
  if (environment !== 'urban' && environment !== 'suburban' && environment !== 'open') return fail('invalid-input', `unknown environment ${String(environment)}`);
  const warnings: string[] = [];
  warnRange(warnings, 'freqMHz', f, 30, 3000, 'MHz');
  warnRange(warnings, 'distanceKm', d, 0, 100, 'km');
  const hb = Math.max(txHeightM, rxHeightM);
  const rawHm = Math.min(txHeightM, rxHeightM);
  if (rawHm < 1) warnings.push(`lower antenna height ${rawHm} m is below 1 m; 1 m is used (SEAMCAT rule)`);
  const hm = Math.max(1, rawHm);
  warnRange(warnings, 'lower antenna height', hm, 1, 10, 'm');
  warnRange(warnings, 'higher antenna height', hb, 30, 200, 'm');
  let loss: number;
  if (d < 0.04) loss = freeSpace3d(f, d, hb, hm);
  else if (d >= 0.1) loss = farLoss(f, d, hb, hm, environment);
  else {
    const l04 = freeSpace3d(f, 0.04, hb, hm);
    const l1 = farLoss(f, 0.1, hb, hm, environment);
    loss = l04 + ((lg(d) - lg(0.04)) / (lg(0.1) - lg(0.04))) * (l1 - l04);
  }
  return ok(Math.max(loss, freeSpace3d(f, d, hb, hm)), warnings);
}

/** Propagation mode for the SEAMCAT path-loss variation. */
export type SeamcatPathMode = 'above-roof' | 'below-roof';

/**
 * Standard deviation of the Extended Hata path-loss variation, dB
 * (ECC Report 252 Table 81): 3.5 dB to 40 m, rising linearly to 12 dB
 * (above roof) or 17 dB (below roof) at 100 m, flat to 200 m, falling
 * linearly to 9 dB at 600 m, then 9 dB.
 */
export function seamcatHataSigmaDb(distanceKm: number, mode: SeamcatPathMode): number {
  const peak = mode === 'below-roof' ? 17 : 12;
  if (!(distanceKm >= 0)) return NaN;
  if (distanceKm <= 0.04) return 3.5;
  if (distanceKm <= 0.1) return 3.5 + ((peak - 3.5) / 0.06) * (distanceKm - 0.04);
  if (distanceKm <= 0.2) return peak;
  if (distanceKm <= 0.6) return peak + ((9 - peak) / 0.4) * (distanceKm - 0.2);
  return 9;
}
