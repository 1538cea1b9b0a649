/**
 * ITU-R P.2109-2 building entry loss, §3 eqs. (1)–(7), Table 1:
 *   L_h = r + s·log10(f) + t·(log10 f)²            horizontal-path loss (eq. 2)
 *   L_e = 0.212·|θ|                                 elevation correction (eq. 3)
 *   μ1 = L_h + L_e,  μ2 = w + x·log10(f)            (eqs. 4, 5)
 *   σ1 = u + v·log10(f),  σ2 = y + z·log10(f)       (eqs. 6, 7)
 *   A(P) = F⁻¹(P)·σ1 + μ1,  B(P) = F⁻¹(P)·σ2 + μ2,  C = −3 dB
 *   L_BEL(P) = 10·log10(10^(0.1·A) + 10^(0.1·B) + 10^(0.1·C))   (eq. 1)
 * f in GHz, θ the elevation at the façade in degrees, P the probability that
 * the loss is not exceeded, F⁻¹ the inverse standard normal CDF.
 * Validity: 0.08 ≤ f ≤ 100 GHz (warning outside), 0 < P < 1 (error outside),
 * −90° ≤ θ ≤ 90° (error outside).
 */
import { inverseNormalCdf } from './normal';
import { fail, ok, requireFinite, type ModelResult } from './types';

/** Building classes of P.2109 Table 1. */
export type P2109BuildingType = 'traditional' | 'thermally-efficient';

/** Table 1 coefficients r, s, t, u, v, w, x, y, z (also listed in DOMAIN-PARAMETERS.md §4). */
export const P2109_COEFFICIENTS: Readonly<Record<P2109BuildingType, readonly number[]>> = {
  traditional: [12.64, 3.72, 0.96, 9.6, 2.0, 9.1, -3.0, 4.5, -2.0],
  'thermally-efficient': [28.19, -3.0, 8.48, 13.5, 3.8, 27.8, -2.9, 9.4, -2.1],
};

/** Inputs of {@link p2109BuildingEntryLoss}. */
export interface P2109Input {
  freqGHz: number;
  /** Probability that the loss is not exceeded, 0 < P < 1 (fraction, not percent). */
  probability: number;
  buildingType: P2109BuildingType;
  /** Elevation angle of the path at the building façade, degrees (−90…90). */
  elevationDeg: number;
}

/** P.2109 building entry loss (dB) not exceeded with probability `probability`. */
export function p2109BuildingEntryLoss({ freqGHz: f, probability: prob, buildingType, elevationDeg: theta }: P2109Input): ModelResult {
  const bad = requireFinite({ freqGHz: f, probability: prob, elevationDeg: theta });
  if (bad) return bad;
  if (f <= 0) return fail('invalid-input', `freqGHz must be > 0, got ${f}`);
  if (prob <= 0 || prob >= 1) return fail('invalid-input', `probability must be within (0, 1), got ${prob}`);
  if (theta < -90 || theta > 90) return fail('invalid-input', `elevationDeg must be within −90…90, got ${theta}`);
  const c = P2109_COEFFICIENTS[buildingType];
  if (!c) return fail('invalid-input', `unknown building type ${String(buildingType)}`);
  const warnings: string[] = f < 0.08 || f > 100 ? [`freqGHz = ${f} GHz is outside the validity range 0.08–100 GHz`] : [];
  return ok(p2109LossDb(c, f, prob, theta), warnings);
}

/** The bare formula over a coefficient row (inputs already checked); the hot path for batch use. */
export function p2109LossDb(c: readonly number[], freqGHz: number, probability: number, elevationDeg: number): number {
  const lf = Math.log10(freqGHz);
  const z = inverseNormalCdf(probability);
  const a = z * (c[3] + c[4] * lf) + c[0] + c[1] * lf + c[2] * lf * lf + 0.212 * Math.abs(elevationDeg);
  const b = z * (c[7] + c[8] * lf) + c[5] + c[6] * lf;
  return 10 * Math.log10(10 ** (0.1 * a) + 10 ** (0.1 * b) + 10 ** -0.3);
}
