/**
 * Statistics of the ITM [Algorithm §5, Eqns 5.1–5.11 and Table 5.1; TN101
 * Ch 10 and Eqns III.69–III.70]: the climate-dependent median adjustment
 * V_med, time variability σ_T (different above and below the median),
 * location variability σ_L and situation variability σ_S, combined per the
 * mode of variability.
 */
import { A9000_M, ITM_MDVAR, ITM_WARNING } from './constants';
import { terrainRoughnessM } from './diffraction';
import type { ItmPath } from './path-state';

/**
 * Standard normal deviate exceeded with probability q, Q⁻¹(q), by Abramowitz
 * & Stegun 26.2.23 (|error| < 4.5e-4), as the ITM specifies [Algorithm §5].
 */
export function inverseCcdf(q: number): number {
  const x = q > 0.5 ? 1 - q : q;
  const t = Math.sqrt(-2 * Math.log(x));
  const zeta = ((0.010328 * t + 0.802853) * t + 2.515516) /
    (((0.001308 * t + 0.189269) * t + 1.432788) * t + 1);
  const z = t - zeta;
  return q > 0.5 ? -z : z;
}

/** Curve fit c(d_e) of [TN101 Eqns III.69–III.70] used for V_med and σ_T±. */
function curve(c1: number, c2: number, x1: number, x2: number, x3: number, de: number): number {
  const a = (de - x2) / x3;
  const b = (de / x1) * (de / x1);
  return ((c1 + c2 / (1 + a * a)) * b) / (1 + b);
}

// Climate tables, index = climate − 1 [Algorithm Table 5.1; TN101 Fig 10.13].
const VMED = [
  [-9.67, -0.62, 1.26, -9.21, -0.62, -0.39, 3.15],
  [12.7, 9.19, 15.5, 9.05, 9.19, 2.86, 857.9],
  [144.9e3, 228.9e3, 262.6e3, 84.1e3, 228.9e3, 141.7e3, 2222e3],
  [190.3e3, 205.2e3, 185.2e3, 101.1e3, 205.2e3, 315.9e3, 164.8e3],
  [133.8e3, 143.6e3, 99.8e3, 98.6e3, 143.6e3, 167.4e3, 116.3e3],
];
const SIGMA_MINUS = [
  [2.13, 2.66, 6.11, 1.98, 2.68, 6.86, 8.51],
  [159.5, 7.67, 6.65, 13.11, 7.16, 10.38, 169.8],
  [762.2e3, 100.4e3, 138.2e3, 139.1e3, 93.7e3, 187.8e3, 609.8e3],
  [123.6e3, 172.5e3, 242.2e3, 132.7e3, 186.8e3, 169.6e3, 119.9e3],
  [94.5e3, 136.4e3, 178.6e3, 193.5e3, 133.5e3, 108.9e3, 106.6e3],
];
const SIGMA_PLUS = [
  [2.11, 6.87, 10.08, 3.68, 4.75, 8.58, 8.43],
  [102.3, 15.53, 9.6, 159.3, 8.12, 13.97, 8.19],
  [636.9e3, 138.7e3, 165.3e3, 464.4e3, 93.2e3, 216.0e3, 136.2e3],
  [134.8e3, 143.7e3, 225.7e3, 93.1e3, 135.9e3, 152.0e3, 188.5e3],
  [95.6e3, 98.6e3, 129.7e3, 94.2e3, 113.4e3, 122.7e3, 122.9e3],
];
const C_D = [1.224, 0.801, 1.38, 1.0, 1.224, 1.518, 1.518];
const Z_D = [1.282, 2.161, 1.282, 20.0, 1.282, 1.282, 1.282];
const BFM = [[1, 1, 1, 1, 0.92, 1, 1], [0, 0, 0, 0, 0.25, 0, 0], [0, 0, 0, 0, 1.77, 0, 0]];
const BFP = [[1, 0.93, 1, 0.93, 0.93, 1, 1], [0, 0.31, 0, 0.19, 0.31, 0, 0], [0, 2.0, 0, 1.79, 2.0, 0, 0]];

const tableCurve = (t: number[][], c: number, de: number): number =>
  curve(t[0][c], t[1][c], t[2][c], t[3][c], t[4][c], de);

/**
 * Attenuation relative to free space exceeded with the given time, location
 * and situation percentages (avar) [Algorithm §5]. Effective distance
 * d_e from d_ex = √(2a_9000·h_e1) + √(2a_9000·h_e2) + (575.7e12/k)^⅓
 * [Eqn 5.3]; σ_S = 5 + 3·exp(−d_e/100 km) [Eqn 5.10]; σ_L = 10·k·Δh(d)/
 * (k·Δh(d) + 13) [Eqn 5.9]; combination [Eqn 5.11]; negative results are
 * softened by A·(29 − A)/(29 − 10A) [Eqn 5.12]. `mdvar` ≥ 20 drops direct
 * situation variability, +10 drops location variability. Sets the extreme
 * variability warning bit on `path.warnings`.
 */
export function variabilityDb(
  timePct: number, locationPct: number, situationPct: number,
  path: ItmPath, climate: number, mdvar: number,
): number {
  let zT = inverseCcdf(timePct / 100);
  let zL = inverseCcdf(locationPct / 100);
  const zS = inverseCcdf(situationPct / 100);
  const c = climate - 1;
  const wn = path.freqMHz / 47.7;
  const d = path.distanceM;
  const dEx = Math.sqrt(2 * A9000_M * path.heTxM) + Math.sqrt(2 * A9000_M * path.heRxM) + Math.cbrt(575.7e12 / wn);
  const de = d < dEx ? (130e3 * d) / dEx : 130e3 + d - dEx;

  let mode = mdvar;
  const noSituation = mode >= 20;
  if (noSituation) mode -= 20;
  const sigmaS = noSituation ? 0 : 5 + 3 * Math.exp(-de / 100e3);
  const noLocation = mode >= 10;
  if (noLocation) mode -= 10;

  const vMed = tableCurve(VMED, c, de);
  if (mode === ITM_MDVAR.SINGLE_MESSAGE) {
    zT = zS;
    zL = zS;
  } else if (mode === ITM_MDVAR.ACCIDENTAL) {
    zL = zS;
  } else if (mode === ITM_MDVAR.MOBILE) {
    zL = zT;
  }
  if (Math.abs(zT) > 3.1 || Math.abs(zL) > 3.1 || Math.abs(zS) > 3.1) path.warnings |= ITM_WARNING.EXTREME_VARIABILITIES;

  let sigmaL = 0;
  if (!noLocation) {
    const dhd = terrainRoughnessM(d, path.deltaHM);
    sigmaL = (10 * wn * dhd) / (wn * dhd + 13);
  }
  const yL = sigmaL * zL;

  const q = Math.log(0.133 * wn);
  const bm = BFM[2][c] * q;
  const bp = BFP[2][c] * q;
  const gMinus = BFM[0][c] + BFM[1][c] / (bm * bm + 1);
  const gPlus = BFP[0][c] + BFP[1][c] / (bp * bp + 1);
  const sigmaTMinus = tableCurve(SIGMA_MINUS, c, de) * gMinus;
  const sigmaTPlus = tableCurve(SIGMA_PLUS, c, de) * gPlus;
  const sigmaTD = C_D[c] * sigmaTPlus;
  const tgtd = (sigmaTPlus - sigmaTD) * Z_D[c];
  let sigmaT: number;
  if (zT < 0) sigmaT = sigmaTMinus;
  else if (zT <= Z_D[c]) sigmaT = sigmaTPlus;
  else sigmaT = sigmaTD + tgtd / zT;
  const yT = sigmaT * zT;

  const zS2 = zS * zS;
  const ysTemp = sigmaS * sigmaS + (yT * yT) / (7.8 + zS2) + (yL * yL) / (24 + zS2);
  let yR: number;
  let yS: number;
  if (mode === ITM_MDVAR.SINGLE_MESSAGE) {
    yR = 0;
    yS = Math.sqrt(sigmaT * sigmaT + sigmaL * sigmaL + ysTemp) * zS;
  } else if (mode === ITM_MDVAR.ACCIDENTAL) {
    yR = yT;
    yS = Math.sqrt(sigmaL * sigmaL + ysTemp) * zS;
  } else if (mode === ITM_MDVAR.MOBILE) {
    yR = Math.sqrt(sigmaT * sigmaT + sigmaL * sigmaL) * zT;
    yS = Math.sqrt(ysTemp) * zS;
  } else {
    yR = yT + yL;
    yS = Math.sqrt(ysTemp) * zS;
  }
  let a = path.aRefDb - vMed - yR - yS;
  if (a < 0) a = (a * (29 - a)) / (29 - 10 * a);
  return a;
}
