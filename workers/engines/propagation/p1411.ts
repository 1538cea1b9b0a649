/**
 * ITU-R P.1411-12 site-general models for short outdoor paths.
 *
 * §4.1.1 (both terminals below rooftop, any height), eq. (1) with Table 4:
 *   PL(d, f) = 10·α·log10(d) + β + 10·γ·log10(f) + N(0, σ)   d: 3-D distance m, f: GHz
 *   | row                          | α    | β     | γ    | σ    | f GHz  | d m    |
 *   | LoS, urban high/low-rise, sub | 2.12 | 29.2  | 2.11 | 5.06 | 0.8–82 | 5–660  |
 *   | NLoS, urban high-rise         | 4.00 | 10.2  | 2.36 | 7.60 | 0.8–82 | 30–715 |
 *   | NLoS, urban low-rise/suburban | 5.06 | −4.68 | 2.02 | 9.33 | 10–73  | 30–250 |
 *   | NLoS, residential             | 3.01 | 18.8  | 2.07 | 3.07 | 0.8–73 | 30–170 |
 * The Gaussian term is evaluated at location percentage p (loss not exceeded
 * at p % of locations): z = Φ⁻¹(p/100). LoS: L = PL + σ·z. NLoS: the excess
 * loss over free space A = (PL − Lfs) + σ·z is capped so the total never
 * falls below free space, L = 10·log10(10^(A/10) + 1) + Lfs (as in P.1411's
 * NLoS variability statement), with Lfs = 20·log10(4π·d·f/c).
 *
 * §4.3.1 (terminals near street level, 1.9–3 m, 300–3000 MHz), eqs. (58)–(66):
 * LoS/NLoS mixture by location percentage, see {@link p1411LowHeightLoss}.
 */
import { inverseNormalCdf } from './normal';
import { fail, ok, requireFinite, warnRange, type ModelResult } from './types';

/** Environment rows of P.1411 Table 4. */
export type P1411Environment = 'urban-high-rise' | 'urban-low-rise' | 'residential';

interface Row { alpha: number; beta: number; gamma: number; sigmaDb: number; fMinGHz: number; fMaxGHz: number; dMinM: number; dMaxM: number }

/** Table 4 coefficients (P.1411-12 §4.1.1). */
export const P1411_TABLE4: Readonly<Record<'los' | P1411Environment, Row>> = {
  los: { alpha: 2.12, beta: 29.2, gamma: 2.11, sigmaDb: 5.06, fMinGHz: 0.8, fMaxGHz: 82, dMinM: 5, dMaxM: 660 },
  'urban-high-rise': { alpha: 4.0, beta: 10.2, gamma: 2.36, sigmaDb: 7.6, fMinGHz: 0.8, fMaxGHz: 82, dMinM: 30, dMaxM: 715 },
  'urban-low-rise': { alpha: 5.06, beta: -4.68, gamma: 2.02, sigmaDb: 9.33, fMinGHz: 10, fMaxGHz: 73, dMinM: 30, dMaxM: 250 },
  residential: { alpha: 3.01, beta: 18.8, gamma: 2.07, sigmaDb: 3.07, fMinGHz: 0.8, fMaxGHz: 73, dMinM: 30, dMaxM: 170 },
};

/** Inputs of {@link p1411BelowRooftopLoss}. */
export interface P1411BelowRooftopInput {
  freqMHz: number;
  /** 3-D distance between the terminals, km. */
  distanceKm: number;
  environment: P1411Environment;
  /** Line of sight (LoS row of Table 4) or not. */
  lineOfSight: boolean;
  /** Location percentage, 0 < p < 100 (50 = median). */
  locationPercent?: number;
}

function checkPercent(p: number): ModelResult | null {
  if (!Number.isFinite(p) || p <= 0 || p >= 100) return fail('invalid-input', `locationPercent must be within (0, 100), got ${p}`);
  return null;
}

/** P.1411 §4.1.1 site-general below-rooftop loss (dB) not exceeded at `locationPercent` of locations. */
export function p1411BelowRooftopLoss(input: P1411BelowRooftopInput): ModelResult {
  const { freqMHz, distanceKm, environment, lineOfSight } = input;
  const p = input.locationPercent ?? 50;
  const bad = requireFinite({ freqMHz, distanceKm }) ?? checkPercent(p);
  if (bad) return bad;
  if (freqMHz <= 0) return fail('invalid-input', `freqMHz must be > 0, got ${freqMHz}`);
  if (distanceKm <= 0) return fail('invalid-input', `distanceKm must be > 0, got ${distanceKm}`);
  if (!(environment in P1411_TABLE4) || environment === ('los' as string)) return fail('invalid-input', `unknown P.1411 environment ${String(environment)}`);
  const row = lineOfSight ? P1411_TABLE4.los : P1411_TABLE4[environment];
  const fGHz = freqMHz / 1000;
  const dM = distanceKm * 1000;
  const warnings: string[] = [];
  warnRange(warnings, 'freqGHz', fGHz, row.fMinGHz, row.fMaxGHz, 'GHz');
  warnRange(warnings, 'distanceM', dM, row.dMinM, row.dMaxM, 'm');
  if (lineOfSight && environment === 'residential') warnings.push('Table 4 has no residential LoS row; the urban/suburban LoS row is used');
  const median = 10 * row.alpha * Math.log10(dM) + row.beta + 10 * row.gamma * Math.log10(fGHz);
  const z = inverseNormalCdf(p / 100);
  if (lineOfSight) return ok(median + row.sigmaDb * z, warnings);
  const lfs = 20 * Math.log10((4 * Math.PI * dM * fGHz * 1e9) / 299792458);
  const excess = median - lfs + row.sigmaDb * z;
  return ok(10 * Math.log10(10 ** (excess / 10) + 1) + lfs, warnings);
}

/** Environments of P.1411 §4.3.1 and their NLoS clutter offsets L_urban (dB). */
export const P1411_LOW_HEIGHT_URBAN_DB = { suburban: 0, urban: 6.8, 'dense-urban': 2.3 } as const;
export type P1411LowHeightEnvironment = keyof typeof P1411_LOW_HEIGHT_URBAN_DB;

/** Inputs of {@link p1411LowHeightLoss}. */
export interface P1411LowHeightInput {
  freqMHz: number;
  distanceKm: number;
  environment: P1411LowHeightEnvironment;
  locationPercent?: number;
  /** LoS–NLoS transition width w, m (typical 20 m). */
  transitionWidthM?: number;
}

/**
 * P.1411 §4.3.1 loss (dB) between terminals near street level, not exceeded at
 * p % of locations (σ = 7 dB):
 *   L_LoS = 32.45 + 20·log f + 20·log(d/1000) + 1.5624·σ·(√(−2·ln(1 − p/100)) − 1.1774)
 *   L_NLoS = 9.5 + 45·log f + 40·log(d/1000) + L_urban + σ·Φ⁻¹(p/100)
 *   d_LoS(p) = 212·(log(p/100))² − 64·log(p/100) for p < 45, else 79.2 − 70·(p/100)
 *   LoS for d < d_LoS, NLoS for d > d_LoS + w, linear in d between.
 * f MHz (300–3000), d m (warning beyond 3 km).
 */
export function p1411LowHeightLoss(input: P1411LowHeightInput): ModelResult {
  const { freqMHz: f, distanceKm, environment } = input;
  const p = input.locationPercent ?? 50;
  const w = input.transitionWidthM ?? 20;
  const bad = requireFinite({ freqMHz: f, distanceKm, transitionWidthM: w }) ?? checkPercent(p);
  if (bad) return bad;
  if (f <= 0 || distanceKm <= 0) return fail('invalid-input', `freqMHz and distanceKm must be > 0, got ${f} and ${distanceKm}`);
  if (w < 0) return fail('invalid-input', `transitionWidthM must be ≥ 0, got ${w}`);
  if (!(environment in P1411_LOW_HEIGHT_URBAN_DB)) return fail('invalid-input', `unknown environment ${String(environment)}`);
  const warnings: string[] = [];
  warnRange(warnings, 'freqMHz', f, 300, 3000, 'MHz');
  warnRange(warnings, 'distanceKm', distanceKm, 0, 3, 'km');
  const sigma = 7;
  const dM = distanceKm * 1000;
  const dLosCorr = 1.5624 * sigma * (Math.sqrt(-2 * Math.log(1 - p / 100)) - 1.1774);
  const dNlosCorr = sigma * inverseNormalCdf(p / 100);
  const lUrban = P1411_LOW_HEIGHT_URBAN_DB[environment];
  const los = (m: number) => 32.45 + 20 * Math.log10(f) + 20 * Math.log10(m / 1000) + dLosCorr;
  const nlos = (m: number) => 9.5 + 45 * Math.log10(f) + 40 * Math.log10(m / 1000) + lUrban + dNlosCorr;
  const lp = Math.log10(p / 100);
  const dLos = p < 45 ? 212 * lp * lp - 64 * lp : 79.2 - 70 * (p / 100);
  if (dM < dLos) return ok(los(dM), warnings);
  if (dM > dLos + w) return ok(nlos(dM), warnings);
  const a = los(dLos);
  const b = nlos(dLos + w);
  return ok(w === 0 ? b : a + ((b - a) * (dM - dLos)) / w, warnings);
}
