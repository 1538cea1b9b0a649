/**
 * Location variability: shadowing sigma and the fade margin for a target
 * location probability.
 *
 * Okumura-derived sigma (mit-ll/LLAMAComm okumura_sigma.m, DOMAIN-PARAMETERS §4):
 *   σ_urban    = 1.42 + (203 + f)^0.234     f in MHz
 *   σ_suburban = 2.00 + (291 + f)^0.259     (also used for rural)
 * ITU-R P.1812-7 eq. (65), location variability for a pixel of width w_a (m):
 *   σ_L = (0.52 + 0.024·f_GHz)·w_a^0.28
 * Fade margin for location probability q (log-normal shadowing):
 *   M = z·σ,  z = Φ⁻¹(q)   (e.g. q = 0.95 → z = 1.645)
 */
import type { AreaClass } from '../../model/enums';
import { inverseNormalCdf } from './normal';
import { fail, ok, requireFinite, type ModelResult } from './types';

/** Okumura-derived urban shadowing sigma (dB) at `freqMHz`. */
export function okumuraUrbanSigmaDb(freqMHz: number): number {
  return 1.42 + (203 + freqMHz) ** 0.234;
}

/** Okumura-derived suburban/rural shadowing sigma (dB) at `freqMHz`. */
export function okumuraSuburbanSigmaDb(freqMHz: number): number {
  return 2.0 + (291 + freqMHz) ** 0.259;
}

/** ITU-R P.1812 location-variability sigma (dB) for a pixel of `pixelWidthM`. */
export function p1812LocationSigmaDb(freqGHz: number, pixelWidthM: number): number {
  return (0.52 + 0.024 * freqGHz) * pixelWidthM ** 0.28;
}

/** How a shadowing sigma is obtained for one area class (from the shadowing preset). */
export type ShadowingMethod =
  | { method: 'okumura-urban' }
  | { method: 'okumura-suburban' }
  | { method: 'fixed'; sigmaDb: number };

/** Shadowing sigma (dB) of one method at `freqMHz`. */
export function shadowingSigmaDb(method: ShadowingMethod, freqMHz: number): number {
  switch (method.method) {
    case 'okumura-urban':
      return okumuraUrbanSigmaDb(freqMHz);
    case 'okumura-suburban':
      return okumuraSuburbanSigmaDb(freqMHz);
    case 'fixed':
      return method.sigmaDb;
  }
}

/** Shadowing sigma (dB) for an area class, given the per-class methods (see presets.ts). */
export function areaClassSigmaDb(areaClass: AreaClass, freqMHz: number, methods: Record<AreaClass, ShadowingMethod>): number {
  return shadowingSigmaDb(methods[areaClass], freqMHz);
}

/**
 * Fade margin z·σ (dB, returned as `lossDb`) so that a link with this margin
 * over its median closes at `locationProbability` (0…1) of locations.
 */
export function fadeMargin(sigmaDb: number, locationProbability: number): ModelResult {
  const bad = requireFinite({ sigmaDb, locationProbability });
  if (bad) return bad;
  if (sigmaDb < 0) return fail('invalid-input', `sigmaDb must be ≥ 0, got ${sigmaDb}`);
  if (locationProbability <= 0 || locationProbability >= 1) return fail('invalid-input', `locationProbability must be within (0, 1), got ${locationProbability}`);
  return ok(inverseNormalCdf(locationProbability) * sigmaDb);
}
