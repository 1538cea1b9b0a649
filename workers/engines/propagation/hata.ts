/**
 * Okumura–Hata and COST-231 Hata median path loss.
 *
 * Hata, "Empirical formula for propagation loss in land mobile radio
 * services", IEEE Trans. VT-29(3), 1980, eqs. (4a)–(4d), (5), (6); as
 * restated in ITU-R P.529-3 Annex 1:
 *
 *   Lu  = 69.55 + 26.16·log f − 13.82·log hb − a(hm) + (44.9 − 6.55·log hb)·log d
 *   a(hm) small/medium city = (1.1·log f − 0.7)·hm − (1.56·log f − 0.8)
 *   a(hm) large city        = 8.29·(log 1.54·hm)² − 1.1   (f ≤ 300 MHz; Hata: f ≤ 200)
 *                           = 3.2·(log 11.75·hm)² − 4.97  (f > 300 MHz; Hata: f ≥ 400)
 *   suburban: Lsu = Lu − 2·(log(f/28))² − 5.4
 *   open:     Lo  = Lu − 4.78·(log f)² + 18.33·log f − 40.94
 *
 * COST 231 final report (1999) §4.4.1, "COST-Hata-Model":
 *   L = 46.3 + 33.9·log f − 13.82·log hb − a(hm) + (44.9 − 6.55·log hb)·log d + Cm,
 *   Cm = 0 dB (medium city, suburban) or 3 dB (metropolitan centres).
 *
 * f in MHz, hb/hm in m, d in km. Validity (warnings outside): Hata f 150–1500
 * MHz, COST-231 f 1500–2000 MHz; hb 30–200 m, hm 1–10 m, d 1–20 km. The
 * model is for base stations above rooftops; below 30 m it extrapolates.
 */
import { fail, ok, requireFinite, warnRange, type ModelResult } from './types';

/** Okumura–Hata environment corrections. */
export type HataEnvironment = 'urban-small' | 'urban-large' | 'suburban' | 'open';

/** Inputs shared by the Hata family. */
export interface HataInput {
  freqMHz: number;
  distanceKm: number;
  /** Base-station (higher) antenna height above ground, m. */
  baseHeightM: number;
  /** Mobile (lower) antenna height above ground, m. */
  mobileHeightM: number;
}

/** Mobile antenna height correction for small and medium cities, dB. */
export function hataMobileCorrectionSmallCityDb(freqMHz: number, mobileHeightM: number): number {
  const lf = Math.log10(freqMHz);
  return (1.1 * lf - 0.7) * mobileHeightM - (1.56 * lf - 0.8);
}

/** Mobile antenna height correction for large cities, dB (switch at 300 MHz). */
export function hataMobileCorrectionLargeCityDb(freqMHz: number, mobileHeightM: number): number {
  return freqMHz <= 300
    ? 8.29 * Math.log10(1.54 * mobileHeightM) ** 2 - 1.1
    : 3.2 * Math.log10(11.75 * mobileHeightM) ** 2 - 4.97;
}

function check(input: HataInput, fMinMHz: number, fMaxMHz: number): ModelResult | string[] {
  const { freqMHz, distanceKm, baseHeightM, mobileHeightM } = input;
  const bad = requireFinite({ freqMHz, distanceKm, baseHeightM, mobileHeightM });
  if (bad) return bad;
  for (const [k, v] of Object.entries({ freqMHz, distanceKm, baseHeightM, mobileHeightM })) {
    if (v <= 0) return fail('invalid-input', `${k} must be > 0, got ${v}`);
  }
  const warnings: string[] = [];
  warnRange(warnings, 'freqMHz', freqMHz, fMinMHz, fMaxMHz, 'MHz');
  warnRange(warnings, 'baseHeightM', baseHeightM, 30, 200, 'm');
  warnRange(warnings, 'mobileHeightM', mobileHeightM, 1, 10, 'm');
  warnRange(warnings, 'distanceKm', distanceKm, 1, 20, 'km');
  return warnings;
}

/** Okumura–Hata median loss (dB) for one environment. */
export function hataLoss(input: HataInput, environment: HataEnvironment): ModelResult {
  const checked = check(input, 150, 1500);
  if (!Array.isArray(checked)) return checked;
  const { freqMHz: f, distanceKm: d, baseHeightM: hb, mobileHeightM: hm } = input;
  const lf = Math.log10(f);
  if (environment === 'urban-large' && f > 200 && f < 400) checked.push(`large-city a(hm) between 200 and 400 MHz is interpolated by switching at 300 MHz`);
  const aHm = environment === 'urban-large' ? hataMobileCorrectionLargeCityDb(f, hm) : hataMobileCorrectionSmallCityDb(f, hm);
  const urban = 69.55 + 26.16 * lf - 13.82 * Math.log10(hb) - aHm + (44.9 - 6.55 * Math.log10(hb)) * Math.log10(d);
  switch (environment) {
    case 'urban-small':
    case 'urban-large':
      return ok(urban, checked);
    case 'suburban':
      return ok(urban - 2 * Math.log10(f / 28) ** 2 - 5.4, checked);
    case 'open':
      return ok(urban - 4.78 * lf * lf + 18.33 * lf - 40.94, checked);
    default:
      return fail('invalid-input', `unknown Hata environment ${String(environment)}`);
  }
}

/** COST-231 Hata median loss (dB); `metropolitan` adds Cm = 3 dB. */
export function cost231HataLoss(input: HataInput, metropolitan = false): ModelResult {
  const checked = check(input, 1500, 2000);
  if (!Array.isArray(checked)) return checked;
  const { freqMHz: f, distanceKm: d, baseHeightM: hb, mobileHeightM: hm } = input;
  const aHm = hataMobileCorrectionSmallCityDb(f, hm);
  const loss = 46.3 + 33.9 * Math.log10(f) - 13.82 * Math.log10(hb) - aHm + (44.9 - 6.55 * Math.log10(hb)) * Math.log10(d) + (metropolitan ? 3 : 0);
  return ok(loss, checked);
}
