/**
 * PLC channel: cable attenuation, SNR, modulation, packet error, PDR and ETX.
 *
 * - Cable attenuation per metre (Zimmermann & Dostert, "A multipath model for
 *   the powerline channel", IEEE Trans. Commun. 50(4), 2002): the amplitude
 *   factor e^(−α(f)·d) with α(f) = a0 + a1·f^k. Here α is tabulated directly
 *   in dB/km with f in kHz (α_dB = 20·log10(e)·α_Np ≈ 8.686·α_Np), so a path's
 *   cable loss is Σ lengthM·α(f)/1000 (DOMAIN-PARAMETERS §3).
 * - α is evaluated at the band centre ('centre') or averaged over the band's
 *   tones ('tone-mean', the mean per-tone dB loss = the geometric-mean SNR an
 *   adaptive tone map works with); for k ≤ 1 the two differ by well under
 *   1 dB/km (α is concave in f).
 * - Signal PSD: the profile's txLevelDbuv as in-band RMS into 50 Ω spread
 *   evenly over the band: S = txLevelDbuv − 107 − 10·log10(B_Hz) dBm/Hz.
 *   SNR = S − couplingLoss (both ends) − path attenuation − noise PSD.
 * - Modulation: the fastest of ROBO/DBPSK/DQPSK/D8PSK whose threshold plus
 *   selectionMarginDb the SNR meets (G3-PLC adaptive tone map); ROBO below all.
 *   margin = SNR − threshold of the chosen modulation.
 * - PER: each threshold is the SNR at the reference frame error rate (≈10 %
 *   for a reference frame, DOMAIN-PARAMETERS §3). The slope of the curve
 *   is the calibrated exponential bit-error model of links/packet-error.ts
 *   (½·exp(−γ), the DBPSK AWGN form; the same family as NC-FSK up to the
 *   calibrated scale), with independent bit errors over the payload.
 * - PDR = 1 − PER(payload); ETX = 1/(PDR·PDR_ack), the ACK being a short
 *   robust (ROBO) frame.
 */
import type { PlcBand } from '../../model/enums';
import { gammaAtSensitivity, packetErrorRate } from '../links/packet-error';
import { MODULATIONS, type CableSpec, type PlcPresets } from './presets';

/** α(f) in dB/km at `freqKHz` (Zimmermann–Dostert form a0 + a1·f^k). */
export function cableAttenuationDbPerKm(cable: CableSpec, freqKHz: number): number {
  if (!(freqKHz > 0)) throw new RangeError(`frequency must be > 0 kHz, got ${freqKHz}`);
  return cable.a0DbPerKm + cable.a1DbPerKm * Math.pow(freqKHz, cable.k);
}

/** Centre frequency of a band, kHz. */
export function bandCentreKHz(p: PlcPresets, band: PlcBand): number {
  const b = p.bands[band];
  return (b.lowKHz + b.highKHz) / 2;
}

/** A cable's attenuation in dB per metre in a band, by the preset's frequency evaluation. */
export function cableDbPerM(cable: CableSpec, p: PlcPresets, band: PlcBand): number {
  const b = p.bands[band];
  if (p.frequencyEvaluation === 'centre') return cableAttenuationDbPerKm(cable, bandCentreKHz(p, band)) / 1000;
  const n = Math.max(1, b.tones), step = (b.highKHz - b.lowKHz) / n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += cableAttenuationDbPerKm(cable, b.lowKHz + (i + 0.5) * step);
  return sum / n / 1000;
}

/** Transmit PSD in dBm/Hz of a level in dBµV (50 Ω) spread over the band. */
export function txPsdDbmPerHz(txLevelDbuv: number, p: PlcPresets, band: PlcBand): number {
  const b = p.bands[band];
  return txLevelDbuv - p.dbuvPerDbm50Ohm - 10 * Math.log10((b.highKHz - b.lowKHz) * 1000);
}

/** Loss at a network node with `degree` connections for a path passing through it: branchLossDb·log2(degree−1). */
export function branchLossAtNodeDb(degree: number, branchLossDb: number): number {
  return degree >= 3 ? branchLossDb * Math.log2(degree - 1) : 0;
}

const USABLE_LO_DB = -60, USABLE_HI_DB = 100, USABLE_STEP_DB = 0.01;

/** Outcome of one PLC link. */
export interface LinkQuality {
  /** Index into MODULATIONS. */
  modulation: number;
  marginDb: number;
  /** Data-frame delivery ratio per attempt. */
  pdr: number;
  etx: number;
}

/** Precomputed modulation ladder and PER calibration. */
export class ChannelModel {
  readonly thresholdsDb: Float64Array;
  private readonly gamma0: number;
  constructor(private readonly p: PlcPresets, readonly payloadBytes: number) {
    this.thresholdsDb = Float64Array.from(MODULATIONS, (m) => p.thresholdSnrDb[m]);
    this.gamma0 = gammaAtSensitivity({ referencePer: p.thresholdFrameErrorRate, referenceBytes: p.thresholdFrameBytes });
  }

  /** Modulation chosen at an SNR: the fastest whose threshold + selection margin is met; ROBO (0) otherwise. */
  modulationAt(snrDb: number): number {
    const t = this.thresholdsDb, m = this.p.selectionMarginDb;
    for (let i = t.length - 1; i > 0; i--) if (snrDb >= t[i] + m) return i;
    return 0;
  }

  /** Packet error rate of `bytes` at `marginDb` over a threshold. */
  per(marginDb: number, bytes: number): number {
    return packetErrorRate(marginDb, bytes, this.gamma0);
  }

  private readonly usableTables = new Map<number, Uint8Array>();

  /**
   * Whether a link at `snrDb` has ETX ≤ maxEtx — exactly as link() decides —
   * from a table over USABLE_LO_DB…USABLE_HI_DB in USABLE_STEP_DB steps: ETX
   * falls monotonically with SNR within one modulation, so a bin whose edges
   * agree and hold one modulation is decided by them; other bins (and SNRs
   * outside the table) are evaluated in full. For screening candidates fast.
   */
  usable(snrDb: number, maxEtx: number): boolean {
    if (!(snrDb >= USABLE_LO_DB && snrDb < USABLE_HI_DB)) return this.link(snrDb).etx <= maxEtx;
    let table = this.usableTables.get(maxEtx);
    if (!table) {
      const n = Math.ceil((USABLE_HI_DB - USABLE_LO_DB) / USABLE_STEP_DB);
      table = new Uint8Array(n);
      let prev = this.link(USABLE_LO_DB).etx <= maxEtx, prevMod = this.modulationAt(USABLE_LO_DB);
      for (let i = 0; i < n; i++) {
        const snr = USABLE_LO_DB + (i + 1) * USABLE_STEP_DB, next = this.link(snr).etx <= maxEtx, mod = this.modulationAt(snr);
        // ETX is monotone within a modulation: a bin is decided by its edges unless a modulation switch lies inside
        table[i] = mod !== prevMod || prev !== next ? 2 : next ? 1 : 0;
        prev = next; prevMod = mod;
      }
      this.usableTables.set(maxEtx, table);
    }
    const v = table[Math.floor((snrDb - USABLE_LO_DB) / USABLE_STEP_DB)];
    return v === 2 ? this.link(snrDb).etx <= maxEtx : v === 1;
  }

  /** Modulation, margin, PDR and ETX of a link at `snrDb`. */
  link(snrDb: number): LinkQuality {
    const modulation = this.modulationAt(snrDb);
    const marginDb = snrDb - this.thresholdsDb[modulation];
    const pdr = 1 - this.per(marginDb, this.payloadBytes);
    const ack = 1 - this.per(snrDb - this.thresholdsDb[0], this.p.ackBytes);
    const etx = pdr > 0 && ack > 0 ? 1 / (pdr * ack) : Infinity;
    return { modulation, marginDb, pdr, etx };
  }
}
