/**
 * Random-access success models for star uplinks.
 *
 * Pure ALOHA (Abramson 1970; e.g. Bertsekas & Gallager, Data Networks §4.2.2):
 * with Poisson arrivals of normalised offered load G (packets per packet time,
 * per channel), a packet succeeds when no other packet starts within its
 * vulnerable period of two packet times:  P_s = e^{−2G},  throughput S = G·e^{−2G}
 * (maximum 1/(2e) ≈ 18.4 % at G = 0.5; DOMAIN-PARAMETERS §2.2).
 *
 * Capture (Arnbak & van Blitterswijk, IEEE JSAC 5(2), 1987; for LoRa: Bor et
 * al., MSWiM 2016; co-SF threshold 6 dB, signetlabdei/lorawan): a packet
 * survives an overlap when it is at least `captureDb` stronger than every
 * interferer. Interferers weaker than P₀ − captureDb are harmless, so only the
 * load G_c of transmitters received above P₀ − captureDb counts:
 *   P_s = e^{−2·G_c},   G_c = G · P(P_i > P₀ − captureDb).
 * Assumptions: equal packet lengths per channel, Poisson arrivals, powers fixed
 * per transmitter (no fast fading), the packet of interest is the one captured
 * (no capture of later-starting packets beyond the threshold rule).
 */

/** Pure-ALOHA success probability e^{−2G} for normalised offered load G ≥ 0. */
export function pureAlohaSuccess(offeredLoad: number): number {
  if (!(offeredLoad >= 0)) throw new RangeError(`offeredLoad must be ≥ 0, got ${offeredLoad}`);
  return Math.exp(-2 * offeredLoad);
}

/** Pure-ALOHA throughput S = G·e^{−2G}. */
export function pureAlohaThroughput(offeredLoad: number): number {
  return offeredLoad * pureAlohaSuccess(offeredLoad);
}

/**
 * Offered load on one (receiver, channel set), with received powers, for the
 * capture rule: `loadAbove(p)` is the load of transmitters received above p dBm.
 * Loads are in erlangs per channel (airtime seconds per second per channel).
 */
export class CaptureLoad {
  private readonly powers: Float64Array;
  private readonly order: Int32Array;
  /** suffix[i] = Σ_{k ≥ i} load_k over powers sorted ascending. */
  private readonly suffix: Float64Array;

  constructor(powersDbm: ArrayLike<number>, loadsErl: ArrayLike<number>) {
    const n = powersDbm.length;
    const idx = new Float64Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    const keyed = Float64Array.from(idx).sort((a, b) => powersDbm[a] - powersDbm[b]);
    this.order = Int32Array.from(keyed);
    this.powers = Float64Array.from(this.order, (i) => powersDbm[i]);
    this.suffix = new Float64Array(n + 1);
    this.setLoads(loadsErl);
  }

  /** Replace the loads (same transmitters, same order as given to the constructor). */
  setLoads(loadsErl: ArrayLike<number>): void {
    const n = this.order.length;
    this.suffix[n] = 0;
    for (let k = n - 1; k >= 0; k--) this.suffix[k] = this.suffix[k + 1] + loadsErl[this.order[k]];
  }

  /** Total load, erlangs. */
  get total(): number {
    return this.suffix[0];
  }

  /** Load of transmitters received strictly above `thresholdDbm`. */
  loadAbove(thresholdDbm: number): number {
    let lo = 0, hi = this.powers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.powers[mid] > thresholdDbm) hi = mid;
      else lo = mid + 1;
    }
    return this.suffix[lo];
  }

  /**
   * Success probability of a transmission received at `powerDbm` carrying
   * `ownLoadErl` of the load itself: e^{−2·(G(P > P₀ − capture) − own)}.
   */
  success(powerDbm: number, ownLoadErl: number, captureDb: number): number {
    return Math.exp(-2 * Math.max(0, this.loadAbove(powerDbm - captureDb) - ownLoadErl));
  }
}
