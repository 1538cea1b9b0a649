import { describe, expect, it } from 'vitest';
import { capacity } from '../../../workers/engines/star/capacity';
import { chooseMode } from '../../../workers/engines/star/coverage';
import { erlangB } from '../../../workers/engines/star/erlang';
import { loraAirtimeMs } from '../../../workers/engines/star/lora-airtime';
import { loraModem } from '../../../workers/engines/star/presets';
import { techPlan } from '../../../workers/engines/star/technology';
import { normalCdf } from '../../../workers/engines/propagation/normal';

const lora = { technology: 'lorawan' as const, txPowerDbm: 13, payloadBytes: 24, sensitivityDbm: -142.5 };
const nbiot = { technology: 'nb-iot' as const, txPowerDbm: 23, payloadBytes: 60, mclDb: 164 };

describe('technology plans', () => {
  it('AS923-JP with dwell time: DR0/DR1 barred, SF10 barred for 24 B (11 B max), all airtimes ≤ 400 ms', () => {
    const p = techPlan(lora);
    expect(p.modes.map((m) => m.label)).toEqual(['SF7', 'SF8', 'SF9']);
    expect(p.modes.every((m) => m.airtimeMs <= 400)).toBe(true);
    expect(p.notes.join(' ')).toMatch(/SF10: payload 24 B exceeds the region maximum 11 B/);
    expect(p.modes[0].airtimeMs).toBeCloseTo(loraAirtimeMs(24, loraModem(7)), 12);
    expect(p.modes[2].thresholdDb).toBe(-135);
  });

  it('AS923-JP without dwell time and EU868 allow SF7–SF12; EU868 has the 1 % duty cycle', () => {
    expect(techPlan(lora, { dwellTime: false }).modes.map((m) => m.code)).toEqual([7, 8, 9, 10, 11, 12]);
    const eu = techPlan(lora, { region: 'EU868' });
    expect(eu.modes.map((m) => m.code)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(eu.dutyCycle).toBe(0.01);
    // An 11 B payload passes the AS923 dwell rule at SF10 (288.8 ms ≤ 400 ms).
    expect(techPlan({ ...lora, payloadBytes: 11 }).modes.map((m) => m.code)).toEqual([7, 8, 9, 10]);
  });

  it('shifts the LoRa sensitivity ladder so the most robust SF equals the profile sensitivity', () => {
    const p = techPlan({ ...lora, sensitivityDbm: -140 }, { dwellTime: false });
    expect(p.modes.at(-1)?.thresholdDb).toBe(-140);
    expect(p.modes[0].thresholdDb).toBe(-127.5);
  });

  it('NB-IoT CE ladder: repetitions lengthen the airtime; maxMclDb truncates the ladder', () => {
    const p = techPlan(nbiot);
    expect(p.modes.map((m) => m.thresholdDb)).toEqual([144, 154, 164]);
    expect(p.modes.map((m) => m.airtimeMs)).toEqual([24, 384, 3072]); // 480 bits at 20 kbps, 1250 bps, 156.25 bps
    expect(techPlan(nbiot, { maxMclDb: 154 }).modes).toHaveLength(2);
    expect(techPlan({ technology: 'lte-m', txPowerDbm: 23, payloadBytes: 60 }).modes.map((m) => m.thresholdDb)).toEqual([155.7, 164]);
  });

  it('chooses the shallowest mode that reaches the target, else the most robust', () => {
    const p = techPlan(nbiot);
    const per = new Float64Array(1);
    const sigma = 8;
    // CL 140: CE0 margin 4 dB → Φ(0.5) = 0.69 < 0.95; CE1 margin 14 → Φ(1.75) = 0.96 ≥ 0.95.
    const c = chooseMode(p, [140], 1, 0, sigma, 0.95, per);
    expect(p.modes[c.mode].label).toBe('CE1');
    expect(c.marginDb).toBeCloseTo(14, 12);
    expect(c.coverageProbability).toBeCloseTo(normalCdf(14 / 8), 12);
    const deep = chooseMode(p, [170], 1, 0, sigma, 0.95, per);
    expect(p.modes[deep.mode].label).toBe('CE2');
    expect(deep.marginDb).toBeCloseTo(-6, 12);
    // LoRa: more coupling loss never picks a faster SF.
    const lp = techPlan(lora, { dwellTime: false });
    const per3 = new Float64Array(3);
    let last = 0;
    for (let cl = 120; cl <= 170; cl += 2) {
      const ch = chooseMode(lp, [cl, NaN, NaN], 3, 0, 7, 0.95, per3);
      expect(lp.modes[ch.mode].code).toBeGreaterThanOrEqual(last);
      last = lp.modes[ch.mode].code;
    }
    expect(last).toBe(12);
  });

  it('gateway diversity: the read succeeds if any gateway decodes it', () => {
    const p = techPlan(lora);
    const per = new Float64Array(3);
    const one = chooseMode({ ...p, diversity: false }, [150, 151, 152], 3, 0, 8, 0.999, per);
    const any = chooseMode(p, [150, 151, 152], 3, 0, 8, 0.999, per);
    const q = (cl: number) => normalCdf((13 - cl + 135) / 8); // SF9 (most robust with dwell), sensitivity −135 dBm
    expect(one.coverageProbability).toBeCloseTo(q(150), 12);
    expect(any.coverageProbability).toBeCloseTo(1 - (1 - q(150)) * (1 - q(151)) * (1 - q(152)), 12);
  });
});

describe('capacity', () => {
  it('cellular: daily success = P_cov·(1 − B^A) with Erlang-B blocking of the cell load', () => {
    const plan = { ...techPlan(nbiot), parallelChannels: 2 };
    const n = 3000, k = 1;
    const best = { k, cell: new Int32Array(n), couplingLossDb: new Float32Array(n).fill(140) };
    const mode = new Int16Array(n).fill(2); // CE2: 3.072 s per read
    const cov = new Float32Array(n).fill(0.9);
    const r = capacity({ plan, best, mode, serverCoverage: cov, cellCount: 1, cellSite: new Int32Array([0]), readsPerDay: 48, rereadsPerDay: 0 });
    const attempts = 1 + plan.retries;
    // Fixed point by hand: load = n·λ·E[T]·T_air, a = 1 − B(2, load), E[T] = P_cov·(1 − (1 − a)^A)/a.
    let tx = 1, a = 1;
    for (let it = 0; it < 4; it++) {
      const load = n * (48 / 86400) * tx * 3.072;
      a = 1 - erlangB(2, load);
      tx = 0.9 * (1 - (1 - a) ** attempts) / a;
    }
    expect(r.cellSuccess[0]).toBeCloseTo(a, 6);
    expect(r.dailyReadSuccess[0]).toBeCloseTo(0.9 * (1 - (1 - a) ** attempts), 6);
    expect(r.cellMeters[0]).toBe(n);
  });

  it('LoRa: more meters on the same gateway and SF lower the success; a stronger meter captures', () => {
    const plan = techPlan(lora);
    const run = (n: number) => {
      const best = { k: 1, cell: new Int32Array(n), couplingLossDb: Float32Array.from({ length: n }, (_, i) => 120 + (i % 20)) };
      return capacity({ plan, best, mode: new Int16Array(n), serverCoverage: new Float32Array(n).fill(1), cellCount: 1, cellSite: new Int32Array([0]), readsPerDay: 48, rereadsPerDay: 0 });
    };
    const small = run(500), big = run(20000);
    expect(big.attemptSuccess[5]).toBeLessThan(small.attemptSuccess[5]);
    // Meter 0 (CL 120 dB) is the strongest: nothing within 6 dB above it except CL 120–126 meters.
    expect(big.attemptSuccess[0]).toBeGreaterThan(big.attemptSuccess[19]);
    const g = big.cellLoadErl[0];
    expect(big.attemptSuccess[19]).toBeCloseTo(Math.exp(-2 * (g - g / 20000)), 3);
  });

  it('duty cycle caps the attempts per read', () => {
    const plan = { ...techPlan(lora, { dwellTime: false, region: 'EU868' }) };
    const n = 10;
    const best = { k: 1, cell: new Int32Array(n), couplingLossDb: new Float32Array(n).fill(150) };
    // SF12 24 B: 1.483 s; 1 % of a day over 1440 reads/day = 0.6 s per read → under one attempt.
    const r = capacity({ plan, best, mode: new Int16Array(n).fill(5), serverCoverage: new Float32Array(n).fill(1), cellCount: 1, cellSite: new Int32Array([0]), readsPerDay: 1440, rereadsPerDay: 3 });
    expect(r.dutyLimited[0]).toBe(1);
    expect(r.dailyReadSuccess[0]).toBeLessThanOrEqual(0.6 / 1.482752 + 1e-6);
  });
});
