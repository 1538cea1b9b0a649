/**
 * Read success, latency, traffic and channel load over a routing forest.
 *
 * Model (all per node, along its preferred-parent path):
 * - Per-attempt delivery on the uplink hop v → p is q = pdr(v→p) · e^(−k·G_p)
 *   (collision penalty, formulas.ts), hop success with MAC retries
 *   1 − (1 − q)^(R+1), expected transmissions (1 − (1 − q)^(R+1)) / q.
 * - End-to-end success of one read attempt: the product of hop successes
 *   along the path (hops independent). Daily read success: the probability an
 *   interval's read is collected within the day with the first attempt and up
 *   to `rereadsPerDay` head-end re-reads, attempts independent.
 * - Latency: per hop, expected transmissions × (frame airtime + ACK airtime
 *   + per-attempt carrier sense/backoff) + a fixed per-hop delay calibrated
 *   on TI SWRA714A's measured per-hop increase (DOMAIN-PARAMETERS §1.3); summed
 *   along the path. Queuing under load is not modelled.
 * - Traffic: every node originates readsPerDay/24 reads per hour times the
 *   expected head-end attempts per read; a relay forwards its whole subtree's
 *   traffic (losses upstream ignored: an upper bound). Its transmit time per
 *   hour is forwarded reads × expected transmissions × frame airtime, plus
 *   ACK airtime for the frames it receives: the ARIB STD-T108 duty check
 *   (≤ 360 s per hour, dutyLimit) applies to that, per station.
 * - Receiver load G_p (Erlang) = airtime per hour of the frames addressed to
 *   p / 3600, counting only frames addressed to p (hidden-terminal
 *   approximation: neighbouring links' traffic is not counted, so it is a
 *   lower bound). The busiest receivers are the collectors (the funnel). G
 *   and the success figures are solved by `loadIterations` fixed-point passes
 *   starting from an idle channel. Downlink (re-read requests, DAOs) is not
 *   counted.
 */
import type { LinkGraph } from '../routing/graph';
import type { RoutingResult } from '../routing/result';
import { childLists, topDownOrder } from '../routing/tree';
import { checkpoint, type RunControl } from '../run-control';
import { airtimeS, collisionFreeProbability, dailyReadSuccess, expectedReadAttempts } from './formulas';
import { reliabilityOptions, validateReliabilityOptions, type ReliabilityOptions } from './params';

/** Per-node and per-collector reliability figures. Unconnected nodes: success 0, latency Infinity; collectors: success 1. */
export interface ReliabilityResult {
  /** Per-attempt delivery on the node's uplink hop after the collision penalty. */
  attemptSuccess: Float32Array;
  /** Uplink hop success with MAC retries. */
  hopSuccess: Float32Array;
  /** Expected transmissions on the uplink hop. */
  expectedTx: Float32Array;
  /** End-to-end success of one read attempt (product along the path). */
  readSuccess: Float32Array;
  /** Probability an interval read is collected within the day, re-reads included. */
  dailyReadSuccess: Float32Array;
  /** Expected one-way latency to the collector, ms. */
  latencyMs: Float32Array;
  /** Reads per hour the node sends uplink (own + forwarded, re-read attempts included). */
  forwardedReadsPerHour: Float32Array;
  /** Fraction of the hour the node transmits (frames with retries + ACKs). */
  txDuty: Float32Array;
  /** Offered load at the node's receiver from frames addressed to it, Erlang. */
  rxLoadErl: Float32Array;
  /** Per collector (root order): offered load at its receiver, Erlang. */
  collectorLoadErl: Float32Array;
  /** Per collector: its own transmit duty (ACKs), fraction of the hour. */
  collectorDuty: Float32Array;
  /** Per collector: highest transmit duty of any node in its tree (the first-hop relays). */
  collectorMaxRelayDuty: Float32Array;
  /** Per collector: nodes in its tree over the duty limit. */
  collectorDutyExceeded: Int32Array;
  /** Per collector: 1 when its load is past the ALOHA throughput peak (G ≥ 1/k). */
  collectorSaturated: Uint8Array;
  frameAirtimeS: number;
  ackAirtimeS: number;
}

/** Compute read success, latency and load for every node of a routing result. O(V · loadIterations). */
export function computeReliability(graph: LinkGraph, routing: RoutingResult, options: ReliabilityOptions = reliabilityOptions(), control?: RunControl): ReliabilityResult {
  validateReliabilityOptions(options);
  const n = routing.nodeCount;
  const C = routing.roots.length;
  const o = options;
  const frameS = airtimeS(o.payloadBytes + o.phyOverheadBytes, o.dataRateKbps);
  const ackS = airtimeS(o.ackBytes, o.dataRateKbps);
  const attemptMs = (frameS + ackS) * 1000 + o.perAttemptOverheadMs;
  const readsPerHour = o.readsPerDay / 24;
  const k = o.collisionVulnerability;
  const R = o.macRetries;

  // Work in breadth-first positions: parents precede children and sit close to
  // them in memory, so the repeated passes below stream instead of chasing
  // random node ids (≈3× faster at a million nodes).
  const order = topDownOrder(routing, childLists(routing));
  const m = order.length;
  const pos = new Int32Array(n).fill(-1);
  for (let i = 0; i < m; i++) pos[order[i]] = i;
  const par = new Int32Array(m), relays = new Uint8Array(m), pdrUp = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const v = order[i], p = routing.parent[v];
    par[i] = p < 0 ? -1 : pos[p];
    relays[i] = routing.hops[v] > 0 ? 1 : 0;
    pdrUp[i] = p < 0 ? 1 : graph.pdr[routing.parentEdge[v]];
  }
  const q = new Float64Array(m), hs = new Float64Array(m), etx = new Float64Array(m);
  const S = new Float64Array(m), lat = new Float64Array(m);
  const F = new Float64Array(m), G = new Float64Array(m), nextG = new Float64Array(m), txS = new Float64Array(m);

  for (let it = 0; it <= o.loadIterations; it++) {
    checkpoint(control, 'reliability', it, o.loadIterations + 1);
    for (let i = 0; i < m; i++) {
      const p = par[i];
      if (p < 0) { S[i] = 1; lat[i] = 0; hs[i] = 1; q[i] = 1; etx[i] = 0; continue; }
      const qi = G[p] > 0 ? pdrUp[i] * collisionFreeProbability(G[p], k) : pdrUp[i];
      q[i] = qi;
      // hopSuccess and expectedTransmissions (formulas.ts) share (1 − q)^(R+1): one pow per hop
      const h = 1 - Math.pow(1 - qi, R + 1);
      hs[i] = h;
      etx[i] = qi > 0 ? h / qi : R + 1;
      S[i] = S[p] * hs[i];
      lat[i] = lat[p] + etx[i] * attemptMs + o.perHopFixedMs;
    }
    nextG.fill(0);
    txS.fill(0);
    for (let i = 0; i < m; i++) F[i] = par[i] < 0 ? 0 : readsPerHour * expectedReadAttempts(S[i], o.rereadsPerDay);
    for (let i = m - 1; i >= 0; i--) {
      const p = par[i];
      if (p < 0) continue;
      if (relays[p]) F[p] += F[i];
      const frames = F[i] * etx[i];
      nextG[p] += (frames * frameS) / 3600;
      txS[i] += frames * frameS;
      txS[p] += F[i] * hs[i] * ackS;
    }
    if (it < o.loadIterations) G.set(nextG);
  }

  const collectorLoadErl = new Float32Array(C), collectorDuty = new Float32Array(C), collectorMaxRelayDuty = new Float32Array(C);
  const collectorDutyExceeded = new Int32Array(C), collectorSaturated = new Uint8Array(C);
  const out = () => new Float32Array(n);
  const attemptSuccess = out(), hopSucc = out(), expectedTx = out(), readSuccess = out(), daily = out();
  const latencyMs = out().fill(Infinity), forwarded = out(), txDuty = out(), rxLoadErl = out();
  for (let i = 0; i < m; i++) {
    const v = order[i];
    attemptSuccess[v] = q[i]; hopSucc[v] = hs[i]; expectedTx[v] = etx[i]; readSuccess[v] = S[i];
    daily[v] = dailyReadSuccess(S[i], o.rereadsPerDay);
    latencyMs[v] = lat[i]; forwarded[v] = F[i]; rxLoadErl[v] = nextG[i];
    const duty = txS[i] / 3600;
    txDuty[v] = duty;
    if (par[i] < 0) continue;
    const c = routing.collector[v];
    if (duty > collectorMaxRelayDuty[c]) collectorMaxRelayDuty[c] = duty;
    if (duty > o.dutyLimit) collectorDutyExceeded[c]++;
  }
  for (let c = 0; c < C; c++) {
    const i = pos[routing.roots[c]];
    collectorLoadErl[c] = nextG[i];
    collectorDuty[c] = txS[i] / 3600;
    collectorSaturated[c] = k > 0 && nextG[i] >= 1 / k ? 1 : 0;
  }
  return {
    attemptSuccess, hopSuccess: hopSucc, expectedTx, readSuccess, dailyReadSuccess: daily, latencyMs,
    forwardedReadsPerHour: forwarded, txDuty, rxLoadErl,
    collectorLoadErl, collectorDuty, collectorMaxRelayDuty, collectorDutyExceeded, collectorSaturated,
    frameAirtimeS: frameS, ackAirtimeS: ackS,
  };
}
