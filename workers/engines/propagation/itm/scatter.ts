/**
 * Forward-scatter (troposcatter) attenuation [Algorithm §4.4, Eqns
 * 4.61–4.67 and §6; TN101 Ch 9].
 */
import type { ItmPath } from './path-state';

/** Attenuation function F(θ·d), dB [Algorithm Eqn 6.9]. */
export function fFunctionDb(td: number): number {
  if (td <= 10e3) return 133.4 + 0.332e-3 * td - 10 * Math.log10(td);
  if (td <= 70e3) return 104.6 + 0.212e-3 * td - 2.5 * Math.log10(td);
  return 71.8 + 0.157e-3 * td + 5 * Math.log10(td);
}

const H0_A = [25, 80, 177, 395, 705];
const H0_B = [24, 45, 68, 80, 105];

/** One curve H_01(r, j) of the frequency-gain function [Algorithm Eqn 6.13; TN101 Eqn III.49]. */
function h0CurveDb(j: number, r: number): number {
  const x = 1 / (r * r);
  return 10 * Math.log10(1 + H0_A[j] * x * x + H0_B[j] * x);
}

/** Frequency-gain function H_0(r, η_s), interpolated in η_s clamped to 1–5 [TN101 §9.2; Algorithm Eqn 6.13]. */
export function h0FunctionDb(r: number, etaS: number): number {
  const e = Math.min(Math.max(etaS, 1), 5);
  const i = Math.trunc(e);
  const q = e - i;
  let v = h0CurveDb(i - 1, r);
  if (q !== 0) v = (1 - q) * v + q * h0CurveDb(i, r);
  return v;
}

/**
 * Scatter loss A_scat at distance d (ascat) [Algorithm Eqns 4.61–4.67;
 * TN101 Eqns 9.3–9.5]. `h0State` carries H_0 between the two calls made by
 * the reference-attenuation step (first at d_6, then at d_5): once H_0
 * exceeds 15 dB its d_6 value is reused [Algorithm p 12]. Returns 1001 when
 * both r_1 and r_2 are below 0.2, where A_scat is undefined [Algorithm p 11].
 */
export function troposcatterLossDb(dM: number, path: ItmPath, aE: number, thetaLos: number, h0State: { h0: number }): number {
  const wn = path.freqMHz / 47.7;
  const nS = path.nS;
  let h0: number;
  if (h0State.h0 > 15) {
    h0 = h0State.h0;
  } else {
    let ad = path.dHznTxM - path.dHznRxM;
    let rr = path.heRxM / path.heTxM;
    if (ad < 0) {
      ad = -ad;
      rr = 1 / rr;
    }
    const theta = path.thetaHznTx + path.thetaHznRx + dM / aE;
    const r1 = 2 * wn * theta * path.heTxM;
    const r2 = 2 * wn * theta * path.heRxM;
    if (r1 < 0.2 && r2 < 0.2) return 1001;
    let s = (dM - ad) / (dM + ad);
    const q = Math.min(Math.max(0.1, rr / s), 10);
    s = Math.max(0.1, s);
    const hCross = ((dM - ad) * (dM + ad) * theta * 0.25) / dM;
    const z6 = Math.min(1.7, hCross / 8.0e3);
    const etaS = (hCross / 1.7556e3) *
      (1 + (0.031 - nS * 2.32e-3 + nS * nS * 5.67e-6) * Math.exp(-(z6 * z6 * z6 * z6 * z6 * z6)));
    const h00 = (h0FunctionDb(r1, etaS) + h0FunctionDb(r2, etaS)) / 2;
    const dH0 = Math.min(h00, 6 * (0.6 - Math.log10(Math.max(etaS, 1))) * Math.log10(s) * Math.log10(q));
    h0 = Math.max(h00 + dH0, 0);
    if (etaS < 1) {
      const sq2 = Math.SQRT2;
      const t = (1 + sq2 / r1) * (1 + sq2 / r2);
      h0 = etaS * h0 + (1 - etaS) * 10 * Math.log10((t * t * (r1 + r2)) / (r1 + r2 + 2 * sq2));
    }
    if (h0 > 15 && h0State.h0 >= 0) h0 = h0State.h0;
  }
  h0State.h0 = h0;
  const th = dM / aE - thetaLos;
  const th2 = th * th;
  return fFunctionDb(th * dM) + 10 * Math.log10(wn * 47.7 * th2 * th2) -
    0.1 * (nS - 301) * Math.exp((-th * dM) / 40e3) + h0;
}
