/**
 * Packet error rate of a (G)FSK link as a function of its margin over the
 * receiver sensitivity, for any packet length.
 *
 * Model: non-coherent binary FSK in AWGN, bit error rate
 *   BER(γ) = ½·exp(−γ/2)        (γ = Eb/N0, linear; Proakis, Digital Communications, eq. 5.4-47)
 * and independent bit errors, PER(L) = 1 − (1 − BER)^(8L).
 * Calibration: the sensitivity is the level where a reference packet of
 * L_ref octets has PER_ref (IEEE 802.15.4: 10 %). That fixes γ₀ at zero
 * margin; a margin of m dB scales it, γ = γ₀·10^(m/10). The noise figure and
 * bandwidth never appear, so the model needs only the datasheet sensitivity.
 */

/** Calibration of the PER curve. */
export interface PerCalibration {
  referencePer: number;
  referenceBytes: number;
}

/** Eb/N0 (linear) at zero margin implied by the calibration. */
export function gammaAtSensitivity(cal: PerCalibration): number {
  if (!(cal.referencePer > 0 && cal.referencePer < 1) || !(cal.referenceBytes > 0)) throw new RangeError('invalid PER calibration');
  const ber0 = 1 - Math.pow(1 - cal.referencePer, 1 / (8 * cal.referenceBytes));
  return -2 * Math.log(2 * ber0);
}

/** PER of a packet of `bytes` octets at `marginDb` over sensitivity. */
export function packetErrorRate(marginDb: number, bytes: number, gamma0: number): number {
  if (!Number.isFinite(marginDb)) return marginDb > 0 ? 0 : 1;
  const gamma = gamma0 * Math.pow(10, marginDb / 10);
  const ber = Math.min(0.5, 0.5 * Math.exp(-gamma / 2));
  return 1 - Math.pow(1 - ber, 8 * bytes);
}
