/**
 * Packet delivery ratio of a link whose margin varies with log-normal
 * shadowing: the median margin m plus X ~ N(0, σ²).
 *
 *   availability = P(m + X > 0) = Φ(m/σ)
 *   PDR          = E[1 − PER(m + X)] = ∫ φ(x)·(1 − PER(m + σx)) dx
 * The PER curve is a steep sigmoid (about 2 dB wide) while σ is 4–11 dB, so
 * the integrand is nearly a step: the direct form uses the trapezoid rule on
 * a grid fine in dB (≤ 0.02 dB), and the lookup table convolves a tabulated
 * 1 − PER with a discretised Gaussian on its own 0.05 dB grid. PDR is what
 * the read traffic sees averaged over link locations of the same geometry.
 */
import { packetErrorRate } from './packet-error';

const SPAN_SIGMAS = 7;

/** Expected PDR over shadowing for a packet of `bytes` octets (σ = 0: the unshadowed PDR). */
export function shadowedPdr(marginDb: number, sigmaDb: number, bytes: number, gamma0: number): number {
  if (sigmaDb <= 0) return 1 - packetErrorRate(marginDb, bytes, gamma0);
  const h = Math.min(0.02, 0.02 / sigmaDb);
  let s = 0, w = 0;
  for (let x = -SPAN_SIGMAS; x <= SPAN_SIGMAS + 1e-12; x += h) {
    const f = Math.exp(-0.5 * x * x);
    s += f * (1 - packetErrorRate(marginDb + sigmaDb * x, bytes, gamma0));
    w += f;
  }
  return s / w;
}

/**
 * shadowedPdr tabulated over margin for one (σ, bytes), for hot loops:
 * −60…+60 dB on a 0.05 dB grid, linear interpolation in between.
 */
export class PdrTable {
  private readonly values: Float32Array;
  private static readonly LO = -60;
  private static readonly STEP = 0.05;

  constructor(sigmaDb: number, bytes: number, gamma0: number) {
    const step = PdrTable.STEP;
    const n = Math.round((2 * -PdrTable.LO) / step) + 1;
    const half = Math.ceil((SPAN_SIGMAS * Math.max(0, sigmaDb)) / step);
    const base = new Float64Array(n + 2 * half);
    for (let i = 0; i < base.length; i++) base[i] = 1 - packetErrorRate(PdrTable.LO + (i - half) * step, bytes, gamma0);
    const kernel = new Float64Array(2 * half + 1);
    let wsum = 0;
    for (let k = -half; k <= half; k++) { const x = (k * step) / (sigmaDb || 1); wsum += kernel[k + half] = Math.exp(-0.5 * x * x); }
    this.values = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = 0; k < kernel.length; k++) s += kernel[k] * base[i + k];
      this.values[i] = s / wsum;
    }
  }

  /** PDR at `marginDb` (clamped to the table range). */
  at(marginDb: number): number {
    const u = (marginDb - PdrTable.LO) / PdrTable.STEP;
    if (!(u > 0)) return this.values[0];
    const i = Math.floor(u);
    if (i >= this.values.length - 1) return this.values[this.values.length - 1];
    const f = u - i;
    return this.values[i] * (1 - f) + this.values[i + 1] * f;
  }
}
