/**
 * ITM point-to-point mode over a terrain profile (NTIA ITM_P2P_TLS /
 * ITM_P2P_CR, Longley-Rice v1.2.2 [Algorithm]).
 */
import { ITM_ERROR } from './constants';
import { longleyRice } from './longley-rice';
import { SCRATCH_PATH } from './path-state';
import type { ItmPath } from './path-state';
import { crResult, crToTls, freeSpaceLossDb, itmFailure, itmSuccess } from './results';
import { meanPathElevationM, quickPfl } from './terrain-params';
import type { ItmP2PCrInput, ItmP2PTlsInput, ItmProfile, ItmRadioInput, ItmResult, ItmTlsPercentages } from './types';
import { initializeGround } from './ground';
import { validateCommon } from './validate';
import { variabilityDb } from './variability';

/** 0 when the PFL header and elevations are usable, else an error code. */
function checkProfile(pfl: ItmProfile): number {
  if (pfl == null || typeof pfl.length !== 'number' || pfl.length < 4) return ITM_ERROR.TERRAIN_PROFILE;
  const np = pfl[0];
  if (!(Number.isInteger(np) && np >= 1) || pfl.length < np + 3) return ITM_ERROR.TERRAIN_PROFILE;
  const xi = pfl[1];
  if (!(xi > 0 && xi < Infinity)) return ITM_ERROR.PATH_DISTANCE;
  // a sum is finite only if every term is (NaN and ±∞ propagate)
  let s = 0;
  for (let i = 2; i < np + 3; i++) s += pfl[i];
  return Number.isFinite(s) ? 0 : ITM_ERROR.TERRAIN_PROFILE;
}

function run(radio: ItmRadioInput, tls: ItmTlsPercentages, pfl: ItmProfile): ItmResult {
  const path: ItmPath = SCRATCH_PATH;
  path.warnings = 0;
  path.propagationMode = 0;
  const err = validateCommon(radio, tls, path);
  if (err) return itmFailure(err, path.warnings);
  const perr = checkProfile(pfl);
  if (perr) return itmFailure(perr, path.warnings);

  const np = pfl[0];
  const xi = pfl[1];
  const f = radio.freqMHz;
  path.distanceM = np * xi;
  path.freqMHz = f;
  path.hTxM = radio.txHeightM;
  path.hRxM = radio.rxHeightM;
  path.pointToPoint = true;
  initializeGround(path, f, meanPathElevationM(pfl, np), radio.refractivityNUnits,
    radio.polarization, radio.permittivityRel, radio.conductivitySPerM);
  quickPfl(pfl, np, xi, path);
  const lrErr = longleyRice(path);
  if (lrErr) return itmFailure(lrErr, path.warnings);
  const aFs = freeSpaceLossDb(path.distanceM, f);
  const aVar = variabilityDb(tls.timePct, tls.locationPct, tls.situationPct, path, radio.climate, radio.mdvar);
  return itmSuccess(path, aVar + aFs, aFs);
}

/**
 * ITM point-to-point prediction with time/location/situation variability
 * (NTIA `ITM_P2P_TLS_Ex`), after Hufford 1995, "The ITS Irregular Terrain
 * Model, version 1.2.2: the Algorithm", and NBS TN 101.
 *
 * Basic transmission loss = A_fs + avar(A_ref): free-space loss plus the
 * reference attenuation from the profile (horizons, Δh, effective heights)
 * adjusted for the requested time, location and situation quantiles under
 * `mdvar` (all NTIA modes 0–3, +10, +20).
 *
 * Validity: frequency 20 MHz–20 GHz (warning outside 40 MHz–10 GHz),
 * terminal heights 0.5–3000 m (warning outside 1–1000 m), N_0 250–400,
 * distance about 1–2000 km (warnings outside), percentages in (0, 100).
 * Nonsense input (NaN, infinities, malformed profile) returns
 * `{ ok: false, errorCode }` with the NTIA code of the field.
 */
export function itmP2PTls(input: ItmP2PTlsInput): ItmResult {
  return run(input, input, input.profile);
}

/**
 * ITM point-to-point prediction with confidence/reliability variability
 * (NTIA `ITM_P2P_CR_Ex`): time = reliability, location = 50 %, situation =
 * confidence; errors 1003/1005 become 1007 (reliability) / 1006 (confidence).
 * Same equations and validity as {@link itmP2PTls}.
 */
export function itmP2PCr(input: ItmP2PCrInput): ItmResult {
  return crResult(run(input, crToTls(input), input.profile));
}
