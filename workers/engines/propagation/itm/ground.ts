/**
 * Ground and atmosphere set-up shared by both modes (NTIA
 * InitializePointToPoint; [Algorithm §2]).
 */
import { GAMMA_A } from './constants';
import type { ItmPath } from './path-state';

/**
 * Ground constants and effective earth [TN101, Eqns 4.3–4.4; Algorithm §2]:
 * N_s = N_0·exp(−h_s/9460 m) (h_s = mean path elevation above sea level),
 * γ_e = γ_a·(1 − 0.04665·exp(N_s/179.3)), and the surface transfer impedance
 * Z_g = √(ε_r' − 1) (horizontal) or √(ε_r' − 1)/ε_r' (vertical) with the
 * complex permittivity ε_r' = ε_r + i·18000·σ/f.
 */
export function initializeGround(
  path: ItmPath, freqMHz: number, hSysM: number, n0: number,
  polarization: number, permittivityRel: number, conductivitySPerM: number,
): void {
  const nS = hSysM === 0 ? n0 : n0 * Math.exp(-hSysM / 9460);
  path.nS = nS;
  path.gammaE = GAMMA_A * (1 - 0.04665 * Math.exp(nS / 179.3));
  const er = permittivityRel;
  const ei = (18000 * conductivitySPerM) / freqMHz;
  // principal square root of (er − 1) + i·ei; the real part is >= 0 here
  const a = er - 1;
  const r = Math.sqrt(a * a + ei * ei);
  let zr: number;
  let zi: number;
  if (r === 0) {
    zr = 0;
    zi = 0;
  } else {
    zr = Math.sqrt((r + a) / 2);
    zi = ei / (2 * zr);
  }
  if (polarization === 1) {
    const den = er * er + ei * ei;
    const nr = (zr * er + zi * ei) / den;
    const ni = (zi * er - zr * ei) / den;
    zr = nr;
    zi = ni;
  }
  path.zgRe = zr;
  path.zgIm = zi;
  path.zgAbs = Math.sqrt(zr * zr + zi * zi);
}
