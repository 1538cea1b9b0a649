/**
 * Input validation shared by point-to-point and area mode, in the order and
 * with the codes of the NTIA ITM library (ValidateInputs). Unlike the C++
 * comparisons, every test here is written so that NaN fails it: NaN and
 * infinities are reported with the code of the field they appear in.
 */
import { ITM_ERROR, ITM_WARNING } from './constants';
import type { ItmPath } from './path-state';
import type { ItmRadioInput, ItmTlsPercentages } from './types';

const inRange = (v: number, lo: number, hi: number): boolean => v >= lo && v <= hi;
const isInt = (v: number): boolean => Number.isInteger(v);
const openPct = (v: number): boolean => v > 0 && v < 100;

/** True when `mdvar` is 0–3, 10–13, 20–23 or 30–33. */
export function isValidMdvar(mdvar: number): boolean {
  return isInt(mdvar) && mdvar >= 0 && mdvar <= 33 && mdvar % 10 <= 3;
}

/**
 * Validates the common inputs. Sets warning bits on `path.warnings` (terminal
 * height outside 1–1000 m, frequency outside 40–10000 MHz) and returns 0 or
 * the first error code: heights 0.5–3000 m, climate 1–7, N_0 250–400,
 * frequency 20–20000 MHz, polarization 0/1, ε_r ≥ 1, σ > 0, mdvar, then the
 * situation, time and location percentages.
 */
export function validateCommon(p: ItmRadioInput, t: ItmTlsPercentages, path: ItmPath): number {
  const hTx = p.txHeightM;
  const hRx = p.rxHeightM;
  if (!inRange(hTx, 1, 1000)) path.warnings |= ITM_WARNING.TX_TERMINAL_HEIGHT;
  if (!inRange(hTx, 0.5, 3000)) return ITM_ERROR.TX_TERMINAL_HEIGHT;
  if (!inRange(hRx, 1, 1000)) path.warnings |= ITM_WARNING.RX_TERMINAL_HEIGHT;
  if (!inRange(hRx, 0.5, 3000)) return ITM_ERROR.RX_TERMINAL_HEIGHT;
  if (!(isInt(p.climate) && inRange(p.climate, 1, 7))) return ITM_ERROR.INVALID_RADIO_CLIMATE;
  if (!inRange(p.refractivityNUnits, 250, 400)) return ITM_ERROR.REFRACTIVITY;
  if (!inRange(p.freqMHz, 40, 10000)) path.warnings |= ITM_WARNING.FREQUENCY;
  if (!inRange(p.freqMHz, 20, 20000)) return ITM_ERROR.FREQUENCY;
  if (p.polarization !== 0 && p.polarization !== 1) return ITM_ERROR.POLARIZATION;
  if (!(p.permittivityRel >= 1 && p.permittivityRel < Infinity)) return ITM_ERROR.EPSILON;
  if (!(p.conductivitySPerM > 0 && p.conductivitySPerM < Infinity)) return ITM_ERROR.SIGMA;
  if (!isValidMdvar(p.mdvar)) return ITM_ERROR.MDVAR;
  if (!openPct(t.situationPct)) return ITM_ERROR.INVALID_SITUATION;
  if (!openPct(t.timePct)) return ITM_ERROR.INVALID_TIME;
  if (!openPct(t.locationPct)) return ITM_ERROR.INVALID_LOCATION;
  return 0;
}
