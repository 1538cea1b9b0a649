/**
 * Closed-form pieces of the reliability model, each with its assumption.
 */

/** Airtime of a frame of `bytes` (PHY overhead included by the caller) at `rateKbps`, seconds. */
export function airtimeS(bytes: number, rateKbps: number): number {
  return (bytes * 8) / (rateKbps * 1000);
}

/**
 * Probability a frame gets across one hop within the first attempt and
 * `retries` MAC retransmissions, attempts independent with per-attempt
 * delivery q: 1 − (1 − q)^(retries+1) (IEEE 802.15.4 acknowledged
 * transmission with macMaxFrameRetries).
 */
export function hopSuccess(q: number, retries: number): number {
  return 1 - Math.pow(1 - q, retries + 1);
}

/**
 * Expected transmissions spent on one hop with at most retries+1 attempts
 * (truncated geometric): Σ_{i=0..R} (1−q)^i = (1 − (1−q)^(R+1)) / q, and
 * R+1 when q = 0.
 */
export function expectedTransmissions(q: number, retries: number): number {
  return q > 0 ? hopSuccess(q, retries) / q : retries + 1;
}

/**
 * Daily read success of one interval: the probability that an interval read
 * is collected within the day, given end-to-end success s per attempt, the
 * first attempt plus up to `rereads` head-end re-reads, attempts independent
 * (an optimistic assumption where fading is slow: correlated attempts fail
 * together): 1 − (1 − s)^(rereads+1).
 */
export function dailyReadSuccess(s: number, rereads: number): number {
  return 1 - Math.pow(1 - s, rereads + 1);
}

/** Expected head-end attempts per interval read (first + re-reads until success): (1 − (1−s)^(R+1)) / s. */
export function expectedReadAttempts(s: number, rereads: number): number {
  return s > 0 ? dailyReadSuccess(s, rereads) / s : rereads + 1;
}

/**
 * Probability a frame escapes collision at a receiver with offered load G
 * (Erlang: channel-busy fraction from frames addressed to it), ALOHA model
 * e^(−k·G): k = 2 for pure ALOHA (vulnerable period of two frame times,
 * Abramson 1970), k = 1 slotted; k = 0 disables the penalty. The peak of the
 * throughput G·e^(−kG) is at G = 1/k: beyond it the receiver is saturated.
 */
export function collisionFreeProbability(offeredLoadErl: number, vulnerability: number): number {
  return Math.exp(-vulnerability * offeredLoadErl);
}
