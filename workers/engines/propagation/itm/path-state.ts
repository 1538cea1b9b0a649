/**
 * Mutable working state of one ITM evaluation: path geometry, ground
 * constants and the outputs of the reference-attenuation step. One instance
 * is reused per call so the hot path allocates nothing; engines run one call
 * at a time per worker, so the module-level instance is never shared
 * concurrently.
 */
export class ItmPath {
  /** Path distance d, m. */
  distanceM = 0;
  /** Frequency, MHz. */
  freqMHz = 0;
  /** Structural terminal heights h_1, h_2, m. */
  hTxM = 0;
  hRxM = 0;
  /** Effective terminal heights h_e1, h_e2, m. */
  heTxM = 0;
  heRxM = 0;
  /** Horizon distances d_L1, d_L2, m. */
  dHznTxM = 0;
  dHznRxM = 0;
  /** Horizon elevation angles θ_e1, θ_e2, rad. */
  thetaHznTx = 0;
  thetaHznRx = 0;
  /** Terrain irregularity parameter Δh, m. */
  deltaHM = 0;
  /** Surface refractivity N_s, N-units. */
  nS = 0;
  /** Effective earth curvature γ_e, 1/m. */
  gammaE = 0;
  /** Complex surface transfer impedance Z_g (real, imaginary, modulus). */
  zgRe = 0;
  zgIm = 0;
  zgAbs = 0;
  /** True in point-to-point mode, false in area mode (clutter constant C, [ERL 79-ITS 67, p 3-8]). */
  pointToPoint = true;
  /** Warning bits accumulated so far. */
  warnings = 0;
  /** Reference attenuation relative to free space A_ref, dB (output of Longley-Rice). */
  aRefDb = 0;
  /** 1 line of sight, 2 diffraction, 3 troposcatter. */
  propagationMode = 0;
  /** Maximum line-of-sight distance of the actual path d_L = d_L1 + d_L2, m. */
  dLosM = 0;
  /** Smooth-earth maximum line-of-sight distance d_Ls, m. */
  dSmoothLosM = 0;
}

/** Shared per-worker working state. */
export const SCRATCH_PATH = new ItmPath();
