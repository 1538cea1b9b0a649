/**
 * ITM area prediction mode (NTIA ITM_AREA_TLS / ITM_AREA_CR): no profile,
 * the path is described by its distance, Δh and the terminals' siting
 * [Algorithm §3 (qlra), Eqns 3.1–3.4].
 */
import { ITM_ERROR } from './constants';
import { longleyRice } from './longley-rice';
import { SCRATCH_PATH } from './path-state';
import type { ItmPath } from './path-state';
import { crResult, crToTls, freeSpaceLossDb, itmFailure, itmSuccess } from './results';
import type { ItmAreaCrInput, ItmAreaPath, ItmAreaTlsInput, ItmRadioInput, ItmResult, ItmTlsPercentages } from './types';
import { initializeGround } from './ground';
import { validateCommon } from './validate';
import { variabilityDb } from './variability';

const isSiting = (s: number): boolean => s === 0 || s === 1 || s === 2;

/**
 * Effective heights, horizon distances and angles from siting and Δh
 * [Algorithm Eqns 3.2–3.4]: careful (B = 4) and very careful (B = 9) siting
 * raise h_e by (1 + B)·exp(−min(20, 2h/max(1 mm, Δh))) with B scaled by
 * sin(0.1πh) below 5 m; d_L = √(2h_e/γ_e)·exp(−0.07·√(Δh/max(h_e, 5 m)));
 * θ_e = (0.65·Δh·(d_Ls/d_L − 1) − 2h_e)/d_Ls.
 */
function initializeArea(path: ItmPath, txSiting: number, rxSiting: number): void {
  const dh = path.deltaHM;
  for (let t = 0; t < 2; t++) {
    const h = t === 0 ? path.hTxM : path.hRxM;
    const siting = t === 0 ? txSiting : rxSiting;
    let he = h;
    if (siting !== 0) {
      let b = siting === 1 ? 4 : 9;
      if (h < 5) b *= Math.sin(0.1 * Math.PI * h);
      he = h + (1 + b) * Math.exp(-Math.min(20, (2 * h) / Math.max(1e-3, dh)));
    }
    const dLs = Math.sqrt((2 * he) / path.gammaE);
    const dL = dLs * Math.exp(-0.07 * Math.sqrt(dh / Math.max(he, 5)));
    const theta = (0.65 * dh * (dLs / dL - 1) - 2 * he) / dLs;
    if (t === 0) {
      path.heTxM = he;
      path.dHznTxM = dL;
      path.thetaHznTx = theta;
    } else {
      path.heRxM = he;
      path.dHznRxM = dL;
      path.thetaHznRx = theta;
    }
  }
}

function run(radio: ItmRadioInput, tls: ItmTlsPercentages, geo: ItmAreaPath): ItmResult {
  const path: ItmPath = SCRATCH_PATH;
  path.warnings = 0;
  path.propagationMode = 0;
  const err = validateCommon(radio, tls, path);
  if (err) return itmFailure(err, path.warnings);
  const dKm = geo.distanceKm;
  if (!(dKm > 0 && dKm < Infinity)) return itmFailure(ITM_ERROR.PATH_DISTANCE, path.warnings);
  if (!(geo.deltaHM >= 0 && geo.deltaHM < Infinity)) return itmFailure(ITM_ERROR.DELTA_H, path.warnings);
  if (!isSiting(geo.txSiting)) return itmFailure(ITM_ERROR.TX_SITING_CRITERIA, path.warnings);
  if (!isSiting(geo.rxSiting)) return itmFailure(ITM_ERROR.RX_SITING_CRITERIA, path.warnings);

  const f = radio.freqMHz;
  path.distanceM = dKm * 1000;
  path.freqMHz = f;
  path.hTxM = radio.txHeightM;
  path.hRxM = radio.rxHeightM;
  path.deltaHM = geo.deltaHM;
  path.pointToPoint = false;
  initializeGround(path, f, 0, radio.refractivityNUnits, radio.polarization, radio.permittivityRel, radio.conductivitySPerM);
  initializeArea(path, geo.txSiting, geo.rxSiting);
  const lrErr = longleyRice(path);
  if (lrErr) return itmFailure(lrErr, path.warnings);
  const aFs = freeSpaceLossDb(path.distanceM, f);
  const aVar = variabilityDb(tls.timePct, tls.locationPct, tls.situationPct, path, radio.climate, radio.mdvar);
  return itmSuccess(path, aFs + aVar, aFs);
}

/**
 * ITM area-mode prediction with time/location/situation variability (NTIA
 * `ITM_AREA_TLS_Ex`), after Hufford 1995, "The ITS Irregular Terrain Model,
 * version 1.2.2: the Algorithm", and NBS TN 101. Loss = A_fs + avar(A_ref)
 * for a path of `distanceKm` over terrain of irregularity Δh.
 *
 * Validity: frequency 20 MHz–20 GHz (warning outside 40 MHz–10 GHz),
 * terminal heights 0.5–3000 m (warning outside 1–1000 m), distance > 0
 * (warnings below 1 km and above 1000/2000 km), Δh ≥ 0 m, siting 0–2,
 * percentages in (0, 100). Nonsense input returns `{ ok: false, errorCode }`.
 */
export function itmAreaTls(input: ItmAreaTlsInput): ItmResult {
  return run(input, input, input);
}

/**
 * ITM area-mode prediction with confidence/reliability variability (NTIA
 * `ITM_AREA_CR_Ex`): time = reliability, location = 50 %, situation =
 * confidence; errors 1003/1005 become 1007/1006.
 */
export function itmAreaCr(input: ItmAreaCrInput): ItmResult {
  return crResult(run(input, crToTls(input), input));
}
