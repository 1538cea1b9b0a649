/**
 * Line-of-sight attenuation [Algorithm §4.3, Eqns 4.44–4.50]: a two-ray
 * model over a rough earth, blended with the extrapolated diffraction line.
 */
import { terrainRoughnessM, sigmaHM } from './diffraction';
import type { ItmPath } from './path-state';

/**
 * Two-ray / extended-diffraction loss A_los at distance d (alos):
 * sin ψ = (h_e1 + h_e2)/√(d² + (h_e1 + h_e2)²) [Eqn 4.46],
 * R_e = (sin ψ − Z_g)/(sin ψ + Z_g)·exp(−min(10, k·σ_h(d)·sin ψ)) [Eqn 4.47],
 * rescaled to |R_e|² ≥ max(1/4, sin ψ) [Eqn 4.48], phase δ = 2k·h_e1·h_e2/d
 * folded above π/2 [Eqns 4.49–4.50], A_t = −10·log10|e^{−iδ} + R_e|², and
 * A_los = w·A_t + (1 − w)·(M_d·d + A_d0) with w = 1/(1 + f·Δh/max(10 km, d_Ls)).
 */
export function lineOfSightLossDb(dM: number, path: ItmPath, mD: number, aD0: number): number {
  const f = path.freqMHz;
  const sigmaHd = sigmaHM(terrainRoughnessM(dM, path.deltaHM));
  const wn = f / 47.7;
  const hSum = path.heTxM + path.heRxM;
  const sinPsi = hSum / Math.sqrt(dM * dM + hSum * hSum);
  // (sinψ − Z_g) / (sinψ + Z_g)
  const zr = path.zgRe;
  const zi = path.zgIm;
  const nr = sinPsi - zr;
  const ni = -zi;
  const dr = sinPsi + zr;
  const di = zi;
  const den = dr * dr + di * di;
  const damp = Math.exp(-Math.min(10, wn * sigmaHd * sinPsi));
  let rr = ((nr * dr + ni * di) / den) * damp;
  let ri = ((ni * dr - nr * di) / den) * damp;
  const q = rr * rr + ri * ri;
  if (q < 0.25 || q < sinPsi) {
    const s = Math.sqrt(sinPsi / q);
    rr *= s;
    ri *= s;
  }
  let dPhi = (wn * 2 * path.heTxM * path.heRxM) / dM;
  if (dPhi > Math.PI / 2) dPhi = Math.PI - (Math.PI / 2) * (Math.PI / 2) / dPhi;
  const sr = Math.cos(dPhi) + rr;
  const si = -Math.sin(dPhi) + ri;
  const aT = -10 * Math.log10(sr * sr + si * si);
  const aD = mD * dM + aD0;
  const w = 1 / (1 + (f * path.deltaHM) / Math.max(10e3, path.dSmoothLosM));
  return w * aT + (1 - w) * aD;
}
