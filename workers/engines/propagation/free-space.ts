/**
 * Free-space basic transmission loss, ITU-R P.525-4 §2.2 eq. (4b):
 *
 *   Lbf = 32.4 + 20·log10(f_MHz) + 20·log10(d_km)   [dB]
 *
 * Valid in the far field of both antennas; no frequency limit. A warning is
 * raised when the distance is under ten wavelengths (near field), where the
 * formula understates nothing physical but is no longer meaningful.
 */
import { fail, ok, requireFinite, type ModelResult } from './types';

/** Inputs of {@link freeSpaceLoss}. */
export interface FreeSpaceInput {
  freqMHz: number;
  distanceKm: number;
}

/** P.525 free-space loss (dB) over `distanceKm` at `freqMHz`. */
export function freeSpaceLoss({ freqMHz, distanceKm }: FreeSpaceInput): ModelResult {
  const bad = requireFinite({ freqMHz, distanceKm });
  if (bad) return bad;
  if (freqMHz <= 0) return fail('invalid-input', `freqMHz must be > 0, got ${freqMHz}`);
  if (distanceKm <= 0) return fail('invalid-input', `distanceKm must be > 0, got ${distanceKm}`);
  const warnings: string[] = [];
  const wavelengthM = 299.792458 / freqMHz;
  if (distanceKm * 1000 < 10 * wavelengthM) warnings.push(`distance ${distanceKm * 1000} m is under ten wavelengths (near field)`);
  return ok(freeSpaceLossDb(freqMHz, distanceKm), warnings);
}

/** The bare P.525 formula, for models that reuse it as a floor or a LoS term (inputs already checked). */
export function freeSpaceLossDb(freqMHz: number, distanceKm: number): number {
  return 32.4 + 20 * Math.log10(freqMHz) + 20 * Math.log10(distanceKm);
}
