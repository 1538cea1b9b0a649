/**
 * Reference attenuation A_ref relative to free space (lrprop) [Algorithm §4,
 * Eqns 4.1–4.11; ERL 79-ITS 67 Eqns 3.16–3.21]: the diffraction line fitted
 * at two distances beyond the horizon, a line-of-sight curve A_o + k_1·d +
 * k_2·ln d matched to it at the smooth-earth horizon, and a scatter line
 * beyond the diffraction/scatter crossover d_x.
 */
import { ITM_ERROR, ITM_PROPAGATION_MODE, ITM_WARNING } from './constants';
import { diffractionLossDb } from './diffraction';
import { lineOfSightLossDb } from './los';
import type { ItmPath } from './path-state';
import { troposcatterLossDb } from './scatter';

const dim = (x: number, y: number): number => (x > y ? x - y : 0);
const h0State = { h0: -1 };

/**
 * Computes `path.aRefDb` (never negative) and `path.propagationMode` from the
 * prepared geometry, adds the horizon, distance and refractivity warning
 * bits, and returns 0 or an error code (surface refractivity outside
 * 150–400 N-units, effective earth radius outside 4000–13333 km, or ground
 * impedance whose imaginary part exceeds its real part).
 */
export function longleyRice(path: ItmPath): number {
  const aE = 1 / path.gammaE;
  const f = path.freqMHz;
  const d = path.distanceM;
  const dSTx = Math.sqrt(2 * path.heTxM * aE);
  const dSRx = Math.sqrt(2 * path.heRxM * aE);
  const dSml = dSTx + dSRx;
  const dMl = path.dHznTxM + path.dHznRxM;
  path.dSmoothLosM = dSml;
  path.dLosM = dMl;
  const thetaLos = -Math.max(path.thetaHznTx + path.thetaHznRx, -dMl / aE);

  let w = path.warnings;
  if (Math.abs(path.thetaHznTx) > 200e-3) w |= ITM_WARNING.TX_HORIZON_ANGLE;
  if (Math.abs(path.thetaHznRx) > 200e-3) w |= ITM_WARNING.RX_HORIZON_ANGLE;
  if (path.dHznTxM < 0.1 * dSTx) w |= ITM_WARNING.TX_HORIZON_DISTANCE_1;
  if (path.dHznRxM < 0.1 * dSRx) w |= ITM_WARNING.RX_HORIZON_DISTANCE_1;
  if (path.dHznTxM > 3 * dSTx) w |= ITM_WARNING.TX_HORIZON_DISTANCE_2;
  if (path.dHznRxM > 3 * dSRx) w |= ITM_WARNING.RX_HORIZON_DISTANCE_2;
  path.warnings = w;

  const nS = path.nS;
  if (nS < 150) return ITM_ERROR.SURFACE_REFRACTIVITY_SMALL;
  if (nS > 400) return ITM_ERROR.SURFACE_REFRACTIVITY_LARGE;
  if (nS < 250) path.warnings |= ITM_WARNING.SURFACE_REFRACTIVITY;
  if (!(aE >= 4000000 && aE <= 13333333)) return ITM_ERROR.EFFECTIVE_EARTH;
  if (path.zgRe <= Math.abs(path.zgIm)) return ITM_ERROR.GROUND_IMPEDANCE;

  const scale = Math.cbrt((aE * aE) / f);
  const d3 = Math.max(dSml, dMl + 5 * scale);
  const d4 = d3 + 10 * scale;
  const a3 = diffractionLossDb(d3, path, aE, thetaLos);
  const a4 = diffractionLossDb(d4, path, aE, thetaLos);
  const mD = (a4 - a3) / (d4 - d3);
  const aD0 = a3 - mD * d3;

  const dMin = Math.abs(path.heTxM - path.heRxM) / 200e-3;
  if (d < dMin) path.warnings |= ITM_WARNING.PATH_DISTANCE_TOO_SMALL_1;
  if (d < 1e3) path.warnings |= ITM_WARNING.PATH_DISTANCE_TOO_SMALL_2;
  if (d > 1000e3) path.warnings |= ITM_WARNING.PATH_DISTANCE_TOO_BIG_1;
  if (d > 2000e3) path.warnings |= ITM_WARNING.PATH_DISTANCE_TOO_BIG_2;

  let aRef: number;
  if (d < dSml) {
    const aSml = dSml * mD + aD0;
    let d0 = 0.04 * f * path.heTxM * path.heRxM; // [ERL 79-ITS 67, Eqn 3.16a]
    let d1: number;
    if (aD0 >= 0) {
      d0 = Math.min(d0, 0.5 * dMl);
      d1 = d0 + 0.25 * (dMl - d0); // [Eqn 3.16d]
    } else {
      d1 = Math.max(-aD0 / mD, 0.25 * dMl);
    }
    const a1 = lineOfSightLossDb(d1, path, mD, aD0);
    let fitted = false;
    let k1 = 0;
    let k2 = 0;
    if (d0 < d1) {
      const a0 = lineOfSightLossDb(d0, path, mD, aD0);
      const q = Math.log(dSml / d0);
      // [ERL 79-ITS 67, Eqn 3.20]
      k2 = Math.max(0, ((dSml - d0) * (a1 - a0) - (d1 - d0) * (aSml - a0)) /
        ((dSml - d0) * Math.log(d1 / d0) - (d1 - d0) * q));
      fitted = aD0 > 0 || k2 > 0;
      if (fitted) {
        k1 = (aSml - a0 - k2 * q) / (dSml - d0); // [Eqn 3.21]
        if (k1 < 0) {
          k1 = 0;
          k2 = dim(aSml, a0) / q;
          if (k2 === 0) k1 = mD;
        }
      }
    }
    if (!fitted) {
      k1 = dim(aSml, a1) / (dSml - d1);
      k2 = 0;
      if (k1 === 0) k1 = mD;
    }
    const aO = aSml - k1 * dSml - k2 * Math.log(dSml);
    aRef = aO + k1 * d + k2 * Math.log(d); // [Eqn 3.19]
    path.propagationMode = ITM_PROPAGATION_MODE.LINE_OF_SIGHT;
  } else {
    const d5 = dMl + 200e3;
    const d6 = dMl + 400e3;
    h0State.h0 = -1;
    const a6 = troposcatterLossDb(d6, path, aE, thetaLos, h0State);
    const a5 = troposcatterLossDb(d5, path, aE, thetaLos, h0State);
    let mS: number;
    let aS0: number;
    let dX: number;
    if (a5 < 1000) {
      mS = (a6 - a5) / 200e3;
      dX = Math.max(Math.max(dSml, dMl + 1.088 * scale * Math.log(f)), (a5 - aD0 - mS * d5) / (mD - mS));
      aS0 = (mD - mS) * dX + aD0;
    } else {
      mS = mD;
      aS0 = aD0;
      dX = 10e6;
    }
    if (d > dX) {
      aRef = mS * d + aS0;
      path.propagationMode = ITM_PROPAGATION_MODE.TROPOSCATTER;
    } else {
      aRef = mD * d + aD0;
      path.propagationMode = ITM_PROPAGATION_MODE.DIFFRACTION;
    }
  }
  path.aRefDb = Math.max(aRef, 0);
  return 0;
}
