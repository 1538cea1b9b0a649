/**
 * Capacity: per-cell (or per-gateway) load from periodic reads with retries,
 * and the resulting per-attempt and daily read success.
 *
 * Traffic: every meter sends `readsPerDay` reads (48 = 30-minute reads) spread
 * uniformly over the day; each read is tried up to A = (1 + retries)·(1 + rereads)
 * times (MAC retries, then head-end re-reads, settings.rereadsPerDay). The
 * expected transmissions per read, E[T] = Σ_{t<A} (1 − a)^t with a the
 * per-attempt success, feed back into the load; the fixed point is found by
 * FIXED_POINT_ITERATIONS substitutions (starting from E[T] = 1).
 * Load of one meter: λ·E[T]·T_air erlangs, λ = readsPerDay / 86 400 s.
 *
 * LoRaWAN (pure ALOHA with capture, aloha.ts): per gateway and SF, the load of
 * every meter that has the gateway among its k best, per uplink channel
 * (uniform hopping over `loraChannels`); SFs are treated as orthogonal
 * (inter-SF isolation 16–36 dB, DOMAIN-PARAMETERS §2.2). A transmission at
 * gateway g succeeds with s_g = e^{−2·G_g(P > P₀ − 6 dB)}. Coverage is static
 * per location, so the daily success averages over the 2^k coverage states S
 * of the gateways: Σ_S w_S·[1 − (1 − a_S)^A], a_S = 1 − Π_{g∈S}(1 − s_g).
 *
 * Cellular and private 1:N (scheduled uplink, Erlang B, erlang.ts): a cell has
 * N parallel uplink channels (NB-IoT subcarriers, LTE-M PRBs, radio channels);
 * an attempt is blocked with B(N, A_cell), A_cell = Σ λ·E[T]·T_air over the
 * meters it serves. Assumptions: Poisson arrivals (many unsynchronised meters),
 * blocked attempts are lost (retried as new attempts), no RACH collisions or
 * signalling overhead, the cell's resources are dedicated to metering.
 * Where profile.maxDevicesPerSite is exceeded, the excess share of meters is
 * refused: success is scaled by max/served for every meter of the site.
 *
 * Duty cycle (LoRaWAN regions): a meter may transmit at most dutyCycle·86 400 s
 * a day, which caps the attempts per read; below one attempt per read only a
 * fraction of reads is sent at all.
 */
import { checkpoint, type RunControl } from '../run-control';
import { CaptureLoad } from './aloha';
import { erlangB } from './erlang';
import type { BestServers } from './coupling';
import type { TechPlan } from './technology';

/** Substitutions of the load ↔ retries fixed point. */
export const FIXED_POINT_ITERATIONS = 4;

/** Inputs of {@link capacity}. */
export interface CapacityInput {
  plan: TechPlan;
  best: BestServers;
  /** Chosen mode per meter (−1 = none). */
  mode: Int16Array;
  /** Coverage probability per meter and server (n·k), in the chosen mode. */
  serverCoverage: Float32Array;
  cellCount: number;
  /** Site of each cell (for maxDevicesPerSite). */
  cellSite: Int32Array;
  readsPerDay: number;
  rereadsPerDay: number;
  maxDevicesPerSite?: number;
}

/** Per-meter and per-cell capacity results. */
export interface CapacityResult {
  /** Per-attempt success at the best server from collisions/congestion alone. */
  attemptSuccess: Float32Array;
  dailyReadSuccess: Float32Array;
  /** Expected transmissions per read. */
  transmissionsPerRead: Float32Array;
  /** 1 when the duty cycle limited the attempts. */
  dutyLimited: Uint8Array;
  cellMeters: Int32Array;
  /** Offered load per cell: erlangs per channel (LoRa, summed over SFs) or per cell (scheduled). */
  cellLoadErl: Float64Array;
  /** Per-attempt success of the cell (1 − blocking, or the served meters' mean ALOHA success). */
  cellSuccess: Float32Array;
}

/** Daily success and E[T] for per-attempt success a over A attempts. */
function retryOutcome(a: number, attempts: number): [number, number] {
  const missAll = (1 - a) ** attempts;
  return [1 - missAll, a > 1e-12 ? (1 - missAll) / a : attempts];
}

/** Run the capacity model. */
export function capacity(input: CapacityInput, control?: RunControl): CapacityResult {
  const { plan, best, mode, serverCoverage, cellCount, readsPerDay } = input;
  const n = mode.length, k = best.k;
  const lambda = readsPerDay / 86_400;
  const attemptsMax = (1 + plan.retries) * (1 + input.rereadsPerDay);
  const attempts = new Float64Array(n), sendFraction = new Float64Array(n).fill(1), airS = new Float64Array(n);
  const out: CapacityResult = {
    attemptSuccess: new Float32Array(n), dailyReadSuccess: new Float32Array(n), transmissionsPerRead: new Float32Array(n).fill(1),
    dutyLimited: new Uint8Array(n), cellMeters: new Int32Array(cellCount), cellLoadErl: new Float64Array(cellCount), cellSuccess: new Float32Array(cellCount).fill(1),
  };
  const siteServed = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (mode[i] < 0) continue;
    airS[i] = plan.modes[mode[i]].airtimeMs / 1000;
    const c = best.cell[i * k];
    out.cellMeters[c]++;
    siteServed.set(input.cellSite[c], (siteServed.get(input.cellSite[c]) ?? 0) + 1);
    const perReadBudgetS = (plan.dutyCycle * 86_400) / readsPerDay;
    const maxTx = Math.floor(perReadBudgetS / airS[i] + 1e-9);
    attempts[i] = Math.max(1, Math.min(attemptsMax, maxTx));
    if (maxTx < attemptsMax) out.dutyLimited[i] = 1;
    if (maxTx < 1) sendFraction[i] = perReadBudgetS / airS[i];
  }
  const siteFactor = (c: number) => {
    const served = siteServed.get(input.cellSite[c]) ?? 0;
    return input.maxDevicesPerSite && served > input.maxDevicesPerSite ? input.maxDevicesPerSite / served : 1;
  };
  const loraLike = plan.technology === 'lorawan';
  const s = new Float64Array(k);
  let groups: LoraGroups | undefined;
  for (let iter = 0; iter < FIXED_POINT_ITERATIONS; iter++) {
    checkpoint(control, 'capacity', iter, FIXED_POINT_ITERATIONS);
    out.cellLoadErl.fill(0);
    if (loraLike) {
      groups ??= loraGroups(input);
      const meterLoad = new Float64Array(n);
      for (let i = 0; i < n; i++) if (mode[i] >= 0) meterLoad[i] = (lambda * out.transmissionsPerRead[i] * sendFraction[i] * airS[i]) / plan.loraChannels;
      for (const g of groups.list) {
        const l = new Float64Array(g.members.length);
        for (let q = 0; q < l.length; q++) l[q] = meterLoad[g.members[q]];
        g.cap.setLoads(l);
        out.cellLoadErl[g.cell] += g.cap.total;
      }
      const succSum = new Float64Array(cellCount);
      for (let i = 0; i < n; i++) {
        if (mode[i] < 0) continue;
        for (let j = 0; j < k; j++) {
          const cap = groups.byServer[i * k + j];
          const c = best.cell[i * k + j];
          s[j] = cap ? cap.success(plan.txPowerDbm - best.couplingLossDb[i * k + j], meterLoad[i], plan.captureDb) * siteFactor(c) : 0;
        }
        out.attemptSuccess[i] = s[0];
        succSum[best.cell[i * k]] += s[0];
        const [daily, tx] = overStates(serverCoverage, i * k, k, s, attempts[i]);
        out.dailyReadSuccess[i] = daily * sendFraction[i];
        out.transmissionsPerRead[i] = tx;
      }
      for (let c = 0; c < cellCount; c++) out.cellSuccess[c] = out.cellMeters[c] ? succSum[c] / out.cellMeters[c] : 1;
    } else {
      for (let i = 0; i < n; i++) if (mode[i] >= 0) out.cellLoadErl[best.cell[i * k]] += lambda * out.transmissionsPerRead[i] * airS[i];
      for (let c = 0; c < cellCount; c++) out.cellSuccess[c] = (1 - erlangB(plan.parallelChannels, out.cellLoadErl[c])) * siteFactor(c);
      for (let i = 0; i < n; i++) {
        if (mode[i] < 0) continue;
        const a = out.cellSuccess[best.cell[i * k]];
        const p = serverCoverage[i * k];
        const [daily, tx] = retryOutcome(a, attempts[i]);
        out.attemptSuccess[i] = a;
        out.dailyReadSuccess[i] = p * daily;
        out.transmissionsPerRead[i] = Math.max(1e-6, p * tx);
      }
    }
  }
  checkpoint(control, 'capacity', FIXED_POINT_ITERATIONS, FIXED_POINT_ITERATIONS);
  return out;
}

/** Per (gateway cell, SF): the meters heard there, their capture structure, and each (meter, server)'s group. */
interface LoraGroups {
  list: { cell: number; members: Int32Array; cap: CaptureLoad }[];
  byServer: (CaptureLoad | undefined)[];
}

/** Group meters by (cell, SF) once: received powers do not change between fixed-point iterations, only loads. */
function loraGroups(input: CapacityInput): LoraGroups {
  const { plan, best, mode } = input;
  const k = best.k;
  const acc = new Map<number, { members: number[]; p: number[] }>();
  for (let i = 0; i < mode.length; i++) {
    if (mode[i] < 0) continue;
    for (let j = 0; j < k; j++) {
      const c = best.cell[i * k + j];
      if (c < 0) break;
      const key = c * 16 + plan.modes[mode[i]].code;
      let a = acc.get(key);
      if (!a) acc.set(key, (a = { members: [], p: [] }));
      a.members.push(i);
      a.p.push(plan.txPowerDbm - best.couplingLossDb[i * k + j]);
    }
  }
  const byKey = new Map<number, CaptureLoad>();
  const list: LoraGroups['list'] = [];
  for (const [key, a] of acc) {
    const cap = new CaptureLoad(a.p, new Float64Array(a.p.length));
    byKey.set(key, cap);
    list.push({ cell: Math.floor(key / 16), members: Int32Array.from(a.members), cap });
  }
  const byServer = new Array<CaptureLoad | undefined>(mode.length * k);
  for (let i = 0; i < mode.length; i++) {
    if (mode[i] < 0) continue;
    for (let j = 0; j < k; j++) {
      const c = best.cell[i * k + j];
      byServer[i * k + j] = c >= 0 ? byKey.get(c * 16 + plan.modes[mode[i]].code) : undefined;
    }
  }
  return { list, byServer };
}

/** Average daily success and E[T] over the 2^k static coverage states of the servers. */
function overStates(cov: Float32Array, off: number, k: number, s: Float64Array, attempts: number): [number, number] {
  let daily = 0, tx = 0;
  for (let mask = 0; mask < 1 << k; mask++) {
    let w = 1, miss = 1;
    for (let j = 0; j < k; j++) {
      const p = cov[off + j];
      if (mask & (1 << j)) { w *= p; miss *= 1 - s[j]; } else w *= 1 - p;
    }
    if (w === 0) continue;
    const [d, t] = retryOutcome(1 - miss, attempts);
    daily += w * d;
    tx += w * t;
  }
  return [daily, tx];
}
