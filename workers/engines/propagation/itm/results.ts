/**
 * Result assembly and small helpers shared by both modes.
 */
import { ITM_ERROR, ITM_ERROR_MESSAGES, ITM_WARNING_MESSAGES } from './constants';
import type { ItmErrorCode } from './constants';
import type { ItmPath } from './path-state';
import type { ItmCrPercentages, ItmFailure, ItmResult, ItmTlsPercentages } from './types';

/** Free-space basic transmission loss 32.45 + 20·log10(f/MHz) + 20·log10(d/km), dB. */
export function freeSpaceLossDb(distanceM: number, freqMHz: number): number {
  return 32.45 + 20 * Math.log10(freqMHz) + 20 * Math.log10(distanceM / 1000);
}

/** A failure result for `code`. */
export function itmFailure(code: number, warnings: number): ItmFailure {
  const c = code as ItmErrorCode;
  return { ok: false, errorCode: c, message: ITM_ERROR_MESSAGES[c] ?? `ITM error ${code}`, warnings };
}

/** Packs the working state and final loss into a result (a failure if the loss is not finite). */
export function itmSuccess(path: ItmPath, lossDb: number, aFsDb: number): ItmResult {
  if (!Number.isFinite(lossDb)) return itmFailure(ITM_ERROR.NON_FINITE_RESULT, path.warnings);
  return {
    ok: true,
    lossDb,
    warnings: path.warnings,
    intermediate: {
      propagationMode: path.propagationMode,
      horizonDistancesM: [path.dHznTxM, path.dHznRxM],
      thetaHznRad: [path.thetaHznTx, path.thetaHznRx],
      effectiveHeightsM: [path.heTxM, path.heRxM],
      dLosM: path.dLosM,
      dSmoothLosM: path.dSmoothLosM,
      deltaHM: path.deltaHM,
      surfaceRefractivityNUnits: path.nS,
      effectiveEarthRadiusM: 1 / path.gammaE,
      aRefDb: path.aRefDb,
      aFsDb,
      distanceKm: path.distanceM / 1000,
    },
  };
}

/**
 * Confidence/reliability as time/location/situation, as the NTIA library
 * does: time = reliability, location = 50 %, situation = confidence.
 */
export function crToTls(p: ItmCrPercentages): ItmTlsPercentages {
  return { timePct: p.reliabilityPct, locationPct: 50, situationPct: p.confidencePct };
}

/** Renames the time/situation errors of a CR call to reliability/confidence errors. */
export function crResult(r: ItmResult): ItmResult {
  if (r.ok) return r;
  if (r.errorCode === ITM_ERROR.INVALID_TIME) return itmFailure(ITM_ERROR.INVALID_RELIABILITY, r.warnings);
  if (r.errorCode === ITM_ERROR.INVALID_SITUATION) return itmFailure(ITM_ERROR.INVALID_CONFIDENCE, r.warnings);
  return r;
}

/** Readable messages for each bit set in an ITM warning bit set. */
export function itmWarningMessages(warnings: number): string[] {
  const out: string[] = [];
  for (const [bit, text] of ITM_WARNING_MESSAGES) if (warnings & bit) out.push(text);
  return out;
}

/**
 * Builds the `mdvar` input: base mode 0 single message, 1 accidental
 * (individual), 2 mobile, 3 broadcast, plus 10 to eliminate location
 * variability and 20 to eliminate direct situation variability.
 */
export function itmMdvar(
  mode: 0 | 1 | 2 | 3,
  opts: { eliminateLocation?: boolean; eliminateSituation?: boolean } = {},
): number {
  return mode + (opts.eliminateLocation ? 10 : 0) + (opts.eliminateSituation ? 20 : 0);
}
