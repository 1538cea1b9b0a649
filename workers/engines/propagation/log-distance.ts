/**
 * Log-distance path loss with a calibratable exponent and intercept
 * (e.g. Rappaport, Wireless Communications, 2nd ed., eq. 4.68):
 *
 *   L(d) = L0 + 10·n·log10(d / d0)   [dB],  d ≥ d0
 *
 * L0 is the loss at the reference distance d0; when not given it defaults to
 * the P.525 free-space loss at d0, so n = 2 reproduces free space. Fit n and
 * L0 to drive-test data to calibrate. Valid for d ≥ d0 (warning below) and
 * 1 ≤ n ≤ 8 (warning outside, typical measured exponents are 1.6–6.5).
 */
import { freeSpaceLossDb } from './free-space';
import { fail, ok, requireFinite, warnRange, type ModelResult } from './types';

/** Inputs of {@link logDistanceLoss}. */
export interface LogDistanceInput {
  freqMHz: number;
  distanceKm: number;
  /** Path-loss exponent n (2 = free space). */
  exponent: number;
  /** Reference distance d0, m (commonly 1 m indoors, 100 m outdoors). */
  referenceDistanceM: number;
  /** Loss at d0, dB; defaults to free-space loss at d0. */
  interceptDb?: number;
}

/** Log-distance loss (dB). */
export function logDistanceLoss(input: LogDistanceInput): ModelResult {
  const { freqMHz, distanceKm, exponent, referenceDistanceM } = input;
  const bad = requireFinite({ freqMHz, distanceKm, exponent, referenceDistanceM, ...(input.interceptDb !== undefined ? { interceptDb: input.interceptDb } : {}) });
  if (bad) return bad;
  if (freqMHz <= 0) return fail('invalid-input', `freqMHz must be > 0, got ${freqMHz}`);
  if (distanceKm <= 0) return fail('invalid-input', `distanceKm must be > 0, got ${distanceKm}`);
  if (referenceDistanceM <= 0) return fail('invalid-input', `referenceDistanceM must be > 0, got ${referenceDistanceM}`);
  if (exponent <= 0) return fail('invalid-input', `exponent must be > 0, got ${exponent}`);
  const warnings: string[] = [];
  warnRange(warnings, 'exponent', exponent, 1, 8, '');
  const distanceM = distanceKm * 1000;
  if (distanceM < referenceDistanceM) warnings.push(`distance ${distanceM} m is below the reference distance ${referenceDistanceM} m`);
  const interceptDb = input.interceptDb ?? freeSpaceLossDb(freqMHz, referenceDistanceM / 1000);
  return ok(interceptDb + 10 * exponent * Math.log10(distanceM / referenceDistanceM), warnings);
}
