/**
 * ITU-R P.2108-1 (09/2021) clutter loss models. Rejected inputs return the
 * NTIA reference implementation's codes (github.com/NTIA/p2108) as the error
 * code, so batch outputs can be compared with its test data.
 *
 * §3.1 Height-gain terminal correction (f 0.03–3 GHz), for a terminal at
 * height h among clutter of representative height R, street width w_s:
 *   h ≥ R: A_h = 0
 *   water/sea, open/rural:  A_h = −K_h2·log10(h/R),  K_h2 = 21.8 + 6.2·log10(f)      (eq. 2b)
 *   other clutter:          A_h = J(ν) − 6.03,  ν = K_ν·√(h_dif·θ_clut)               (eq. 2a)
 *     h_dif = R − h, θ_clut = atan(h_dif/w_s) in degrees, K_ν = 0.342·√f,
 *     J(ν) = 6.9 + 20·log10(√((ν − 0.1)² + 1) + ν − 0.1)  (P.526 knife edge)
 * Codes: 32 frequency, 33 h ≤ 0, 34 w_s ≤ 0, 35 R ≤ 0, 36 clutter type.
 *
 * §3.2 Terrestrial statistical model (f 0.5–67 GHz, d ≥ 0.25 km, 0 < p < 100):
 *   L_l = −2·log10(10^(−5·log10 f − 12.5) + 10^(−16.5))                       (eq. 4a)
 *   L_s = 32.98 + 23.9·log10(d) + 3.0·log10(f)                                 (eq. 4b)
 *   σ_cb = √((σ_l²·10^(−0.2 L_l) + σ_s²·10^(−0.2 L_s)) / (10^(−0.2 L_l) + 10^(−0.2 L_s))), σ_l = 4, σ_s = 6
 *   L_ctt = −5·log10(10^(−0.2 L_l) + 10^(−0.2 L_s)) − σ_cb·Q⁻¹(p/100)          (eq. 3)
 *   and L_ctt never exceeds its value at d = 2 km (eq. 6).
 * Codes: 48 frequency, 49 distance, 50 percentage.
 *
 * §3.3 Earth–space/aeronautical statistical model (f 10–100 GHz, θ 0–90°):
 *   L_ces = (−K1·ln(1 − p/100)·cot(A1·(1 − θ/90) + π·θ/180))^(0.5·(90 − θ)/90) − 1 − 0.6·Q⁻¹(p/100),
 *   K1 = 93·f^0.175, A1 = 0.05.  Codes: 64 frequency, 65 angle, 66 percentage.
 */
import { inverseNormalCdf } from './normal';
import { fail, ok, requireFinite, type ModelResult } from './types';

/** P.2108 Table 2 clutter types, numbered as in the NTIA implementation. */
export const P2108_CLUTTER_TYPES = { 'water-sea': 1, 'open-rural': 2, suburban: 3, urban: 4, 'trees-forest': 5, 'dense-urban': 6 } as const;
export type P2108ClutterType = keyof typeof P2108_CLUTTER_TYPES;

/** P.2108 Table 2 default representative clutter heights, m. */
export const P2108_DEFAULT_CLUTTER_HEIGHT_M: Readonly<Record<P2108ClutterType, number>> = {
  'water-sea': 10, 'open-rural': 10, suburban: 10, urban: 15, 'trees-forest': 15, 'dense-urban': 20,
};

/** Inputs of {@link p2108HeightGainCorrection}. */
export interface P2108HeightGainInput {
  freqGHz: number;
  /** Antenna height above ground, m. */
  heightM: number;
  /** Street width, m (P.2108 default 27 m). */
  streetWidthM: number;
  /** Representative clutter height, m. */
  clutterHeightM: number;
  /** Clutter type, by name or NTIA number 1–6. */
  clutterType: P2108ClutterType | number;
}

/** P.2108 §3.1 height-gain terminal correction A_h (dB). */
export function p2108HeightGainCorrection(input: P2108HeightGainInput): ModelResult {
  const { freqGHz: f, heightM: h, streetWidthM: ws, clutterHeightM: r } = input;
  const bad = requireFinite({ freqGHz: f, heightM: h, streetWidthM: ws, clutterHeightM: r });
  if (bad) return bad;
  if (f < 0.03 || f > 3) return fail('32', `frequency ${f} GHz outside 0.03–3 GHz`);
  if (h <= 0) return fail('33', `antenna height must be > 0 m, got ${h}`);
  if (ws <= 0) return fail('34', `street width must be > 0 m, got ${ws}`);
  if (r <= 0) return fail('35', `clutter height must be > 0 m, got ${r}`);
  const type = typeof input.clutterType === 'number' ? input.clutterType : P2108_CLUTTER_TYPES[input.clutterType];
  if (!Number.isInteger(type) || type < 1 || type > 6) return fail('36', `unknown clutter type ${String(input.clutterType)}`);
  if (h >= r) return ok(0);
  if (type <= 2) return ok(-(21.8 + 6.2 * Math.log10(f)) * Math.log10(h / r));
  const hDif = r - h;
  const thetaClutDeg = (Math.atan(hDif / ws) * 180) / Math.PI;
  const nu = 0.342 * Math.sqrt(f) * Math.sqrt(hDif * thetaClutDeg);
  return ok(knifeEdgeJDb(nu) - 6.03);
}

/** ITU-R P.526 single knife-edge diffraction loss J(ν), dB (valid for ν > −0.78). */
export function knifeEdgeJDb(nu: number): number {
  const v = nu - 0.1;
  return 6.9 + 20 * Math.log10(Math.sqrt(v * v + 1) + v);
}

/** Inputs of {@link p2108TerrestrialClutterLoss}. */
export interface P2108TerrestrialInput {
  freqGHz: number;
  distanceKm: number;
  /** Percentage of locations, 0 < p < 100. */
  locationPercent: number;
}

/** P.2108 §3.2 terrestrial statistical clutter loss L_ctt (dB), for the whole path (both ends). */
export function p2108TerrestrialClutterLoss({ freqGHz: f, distanceKm: d, locationPercent: p }: P2108TerrestrialInput): ModelResult {
  const bad = requireFinite({ freqGHz: f, distanceKm: d, locationPercent: p });
  if (bad) return bad;
  if (f < 0.5 || f > 67) return fail('48', `frequency ${f} GHz outside 0.5–67 GHz`);
  if (d < 0.25) return fail('49', `distance ${d} km is below 0.25 km`);
  if (p <= 0 || p >= 100) return fail('50', `percentage must be within (0, 100), got ${p}`);
  return ok(Math.min(terrestrialClutterDb(f, d, p), terrestrialClutterDb(f, 2, p)));
}

function terrestrialClutterDb(f: number, d: number, p: number): number {
  const lL = -2 * Math.log10(10 ** (-5 * Math.log10(f) - 12.5) + 10 ** -16.5);
  const lS = 32.98 + 23.9 * Math.log10(d) + 3 * Math.log10(f);
  const wl = 10 ** (-0.2 * lL);
  const ws = 10 ** (-0.2 * lS);
  const sigmaCb = Math.sqrt((16 * wl + 36 * ws) / (wl + ws));
  return -5 * Math.log10(wl + ws) + sigmaCb * inverseNormalCdf(p / 100);
}

/** Inputs of {@link p2108AeronauticalClutterLoss}. */
export interface P2108AeronauticalInput {
  freqGHz: number;
  elevationDeg: number;
  locationPercent: number;
}

/** P.2108 §3.3 Earth–space and aeronautical statistical clutter loss L_ces (dB). */
export function p2108AeronauticalClutterLoss({ freqGHz: f, elevationDeg: theta, locationPercent: p }: P2108AeronauticalInput): ModelResult {
  const bad = requireFinite({ freqGHz: f, elevationDeg: theta, locationPercent: p });
  if (bad) return bad;
  if (f < 10 || f > 100) return fail('64', `frequency ${f} GHz outside 10–100 GHz`);
  if (theta < 0 || theta > 90) return fail('65', `elevation angle ${theta}° outside 0–90°`);
  if (p <= 0 || p >= 100) return fail('66', `percentage must be within (0, 100), got ${p}`);
  const k1 = 93 * f ** 0.175;
  const a1 = 0.05;
  const cot = 1 / Math.tan(a1 * (1 - theta / 90) + (Math.PI * theta) / 180);
  const base = -k1 * Math.log(1 - p / 100) * cot;
  return ok(base ** ((0.5 * (90 - theta)) / 90) - 1 + 0.6 * inverseNormalCdf(p / 100));
}
