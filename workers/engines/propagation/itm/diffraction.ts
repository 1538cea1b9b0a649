/**
 * Diffraction attenuation beyond the horizon [Algorithm §4.2, Eqns
 * 4.12–4.24]: a weighted blend of double knife-edge diffraction and Vogler's
 * three-radii smooth-earth diffraction, plus a terrain clutter factor.
 */
import { A0_M } from './constants';
import type { ItmPath } from './path-state';

/**
 * Terrain irregularity at distance d, Δh(d) = Δh·(1 − 0.8·exp(−d/50 km))
 * [ERL 79-ITS 67, Eqn 3].
 */
export function terrainRoughnessM(dM: number, deltaHM: number): number {
  return deltaHM * (1 - 0.8 * Math.exp(-dM / 50e3));
}

/** RMS terrain deviation within the first Fresnel zone, σ_h = 0.78·Δh·exp(−Δh^¼/2) [ERL 79-ITS 67, Eqn 3.6a]. */
export function sigmaHM(deltaHM: number): number {
  return 0.78 * deltaHM * Math.exp(-0.5 * Math.sqrt(Math.sqrt(deltaHM)));
}

/** Knife-edge loss A(v, 0) from v² [TN101 Eqns III.24b–c; ERL 79-ITS 67, Eqn 3.27]. */
export function fresnelIntegralDb(v2: number): number {
  return v2 < 5.76 ? 6.02 + 9.11 * Math.sqrt(v2) - 1.27 * v2 : 12.953 + 10 * Math.log10(v2);
}

/** Double knife-edge diffraction A_k at distance d [TN101 Eqns I.1, I.7; Algorithm Eqn 4.12]. */
export function knifeEdgeDb(dM: number, path: ItmPath, aE: number, thetaLos: number): number {
  const dL = path.dLosM;
  const thNlos = dM / aE - thetaLos;
  const dNlos = dM - dL;
  const c = 0.0795775 * (path.freqMHz / 47.7) * thNlos * thNlos * dNlos;
  const v1 = (c * path.dHznTxM) / (dNlos + path.dHznTxM);
  const v2 = (c * path.dHznRxM) / (dNlos + path.dHznRxM);
  return fresnelIntegralDb(v1) + fresnelIntegralDb(v2);
}

/** Vogler's height-gain function F(x, K) for smooth-earth diffraction [Vogler 1964; Algorithm Eqn 4.20]. */
export function heightFunctionDb(xKm: number, k: number): number {
  if (xKm < 200) {
    const w = -Math.log(k);
    if (k < 1e-5 || xKm * w * w * w > 5495) {
      return xKm > 1 ? 17.372 * Math.log(xKm) - 117 : -117;
    }
    return (2.5e-5 * xKm * xKm) / k - 8.686 * w - 15;
  }
  let r = 0.05751 * xKm - 4.343 * Math.log(xKm);
  if (xKm < 2000) {
    const w = 0.0134 * xKm * Math.exp(-0.005 * xKm);
    r = (1 - w) * r + w * (17.372 * Math.log(xKm) - 117);
  }
  return r;
}

/**
 * Smooth-earth diffraction A_r by Vogler's three-radii method [Algorithm
 * Eqns 4.13–4.20; Vogler 1964 Eqns 2–13]: one radius for the diffraction arc
 * and one per terminal, from a = d_L²/(2h_e).
 */
export function smoothEarthDb(dM: number, path: ItmPath, aE: number, thetaLos: number): number {
  const f = path.freqMHz;
  const thNlos = dM / aE - thetaLos;
  const a0 = (dM - path.dLosM) / (dM / aE - thetaLos);
  const a1 = (0.5 * path.dHznTxM * path.dHznTxM) / path.heTxM;
  const a2 = (0.5 * path.dHznRxM * path.dHznRxM) / path.heRxM;
  const fCbrt = Math.cbrt(f);
  const kBase = 0.017778 / fCbrt / path.zgAbs;
  const c0 = Math.cbrt(((4 / 3) * A0_M) / a0);
  const c1 = Math.cbrt(((4 / 3) * A0_M) / a1);
  const c2 = Math.cbrt(((4 / 3) * A0_M) / a2);
  const k0 = kBase * c0;
  const k1 = kBase * c1;
  const k2 = kBase * c2;
  const x1 = (1.607 - k1) * c1 * c1 * fCbrt * (path.dHznTxM / 1000);
  const x2 = (1.607 - k2) * c2 * c2 * fCbrt * (path.dHznRxM / 1000);
  const x0 = (1.607 - k0) * c0 * c0 * fCbrt * ((a0 * thNlos) / 1000) + x1 + x2;
  const g = 0.05751 * x0 - 10 * Math.log10(x0);
  return g - heightFunctionDb(x1, k1) - heightFunctionDb(x2, k2) - 20;
}

/**
 * Diffraction attenuation A_d at distance d [Algorithm Eqns 4.21–4.24;
 * ERL 79-ITS 67 Eqns 3.23, 3.38c]: A_d = w·A_r + (1 − w)·A_k + A_fo, with the
 * clutter factor A_fo = min(15, 5·log10(1 + 1e-5·h_1·h_2·f·σ_h(d_Ls))) and the
 * weight w = 25.1/(25.1 + √q).
 */
export function diffractionLossDb(dM: number, path: ItmPath, aE: number, thetaLos: number): number {
  const aK = knifeEdgeDb(dM, path, aE, thetaLos);
  const aSe = smoothEarthDb(dM, path, aE, thetaLos);
  const f = path.freqMHz;
  const sigmaHd = sigmaHM(terrainRoughnessM(path.dSmoothLosM, path.deltaHM));
  const aFo = Math.min(15, 5 * Math.log10(1 + 1e-5 * path.hTxM * path.hRxM * f * sigmaHd));
  const dhD = terrainRoughnessM(dM, path.deltaHM);
  let q = path.hTxM * path.hRxM;
  const qk = path.heTxM * path.heRxM - q;
  if (path.pointToPoint) q += 10;
  const term1 = Math.sqrt(1 + qk / q);
  q = (term1 + (-thetaLos * aE + path.dLosM) / dM) * Math.min((dhD * f) / 47.7, 6283.2);
  const w = 25.1 / (25.1 + Math.sqrt(q));
  return w * aSe + (1 - w) * aK + aFo;
}
