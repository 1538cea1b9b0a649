import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChannelModel, MODULATIONS, bandCentreKHz, cableAttenuationDbPerKm, cableDbPerM, plcPresets, runPlcDetailed, txPsdDbmPerHz } from '../../../workers/engines/plc';
import { makeInput, plcProfile, SETTINGS } from './helpers';

const P = plcPresets();

/** One transformer at the origin, one straight feeder of `lengthM` along x, one meter at its end. */
function line(lengthM: number, profileId = 'plc-g3-cenelec-a', cable = 'lv-underground-cvt-60') {
  const input = makeInput({ transformers: [{ x: 0, y: 0 }], feeders: [{ t: 0, xy: [0, 0, lengthM, 0], cable }], meters: [{ x: lengthM, y: 0, t: 0 }] });
  return runPlcDetailed(input, { profile: plcProfile(profileId), settings: SETTINGS, nMinusOne: false });
}

describe('PLC cable attenuation (Zimmermann–Dostert α(f) = a0 + a1·f^k)', () => {
  it('grows with frequency for every cable in the table (property)', () => {
    for (const cable of Object.values(P.cables)) {
      fc.assert(fc.property(fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 1, max: 1000, noNaN: true }), (f1, f2) => {
        const [lo, hi] = f1 <= f2 ? [f1, f2] : [f2, f1];
        return cableAttenuationDbPerKm(cable, lo) <= cableAttenuationDbPerKm(cable, hi);
      }));
    }
  });

  it('end-to-end attenuation grows with feeder length and is higher in the ARIB band than in CENELEC-A (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 20, max: 1500 }), fc.integer({ min: 1, max: 500 }), (l, extra) => {
      const a = line(l).result.meters.directAttenuationDb[0];
      const b = line(l + extra).result.meters.directAttenuationDb[0];
      const arib = line(l, 'plc-g3-arib').result.meters.directAttenuationDb[0];
      return b > a && arib > a;
    }), { numRuns: 25 });
  });

  it('a branch-free line of known length gives the hand-computed attenuation', () => {
    // CENELEC-A centre (35 + 91)/2 = 63 kHz; √63 = 7.937254.
    // CVT 60 feeder: α = 13.802 + 2.066·7.937254 = 30.20043 dB/km → 400 m: 12.08017 dB
    // service drop: α = 18.027 + 2.324·7.937254 = 36.47318 dB/km; length max(3 m, 0 m + |1.5 m|) = 3 m → 0.10942 dB
    // no branch points (every inner node has degree 2); coupling 6 dB at each end → 12 dB
    // total 24.18959 dB
    expect(bandCentreKHz(P, 'cenelec-a')).toBe(63);
    const run = line(400);
    expect(run.result.meters.directAttenuationDb[0]).toBeCloseTo(24.18959, 3);
    // SNR = S − A − N: S = 120 dBµV − 107 − 10·log10(56 000 Hz) = −34.48155 dBm/Hz; N (suburban, outside areas) = −88 dBm/Hz
    expect(txPsdDbmPerHz(120, P, 'cenelec-a')).toBeCloseTo(-34.48188, 4);
    expect(run.result.meters.directSnrDb[0]).toBeCloseTo(-34.48188 - 24.18959 + 88, 3);
    // the meter talks straight to the concentrator at the transformer
    expect(run.result.meters.hops[0]).toBe(1);
    expect(run.result.meters.attenuationDb[0]).toBeCloseTo(24.18959, 3);
  });

  it("'tone-mean' averages α over the tones; it is within 1 dB/km of the centre value", () => {
    const tones = plcPresets({ frequencyEvaluation: 'tone-mean' });
    for (const cable of Object.values(P.cables)) {
      const c = cableDbPerM(cable, P, 'fcc') * 1000, t = cableDbPerM(cable, tones, 'fcc') * 1000;
      expect(Math.abs(c - t)).toBeLessThan(1);
      expect(t).toBeLessThanOrEqual(c + 1e-9); // α concave in f (k ≤ 1): the mean lies below the centre value
    }
  });
});

describe('PLC modulation and packet error', () => {
  const ch = new ChannelModel(P, 60);
  it('switches modulation exactly at the thresholds', () => {
    MODULATIONS.forEach((m, i) => {
      const thr = P.thresholdSnrDb[m];
      expect(ch.modulationAt(thr)).toBe(i);
      if (i > 0) expect(ch.modulationAt(thr - 1e-6)).toBe(i - 1);
      expect(ch.link(thr).marginDb).toBeCloseTo(0, 9);
    });
    expect(ch.modulationAt(-50)).toBe(0);
    expect(ch.modulationAt(50)).toBe(3);
  });

  it('honours the selection margin', () => {
    const c = new ChannelModel(plcPresets({ selectionMarginDb: 2 }), 60);
    expect(c.modulationAt(P.thresholdSnrDb.DQPSK + 1.9)).toBe(1);
    expect(c.modulationAt(P.thresholdSnrDb.DQPSK + 2)).toBe(2);
  });

  it('gives the reference frame error at the threshold and a PER falling with SNR within a modulation (property)', () => {
    expect(ch.per(0, P.thresholdFrameBytes)).toBeCloseTo(P.thresholdFrameErrorRate, 9);
    fc.assert(fc.property(fc.double({ min: -10, max: 30, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }), (m, d) => ch.per(m + d, 60) <= ch.per(m, 60)));
    const q = ch.link(20);
    expect(q.pdr).toBeGreaterThan(0.99);
    expect(q.etx).toBeGreaterThanOrEqual(1);
    expect(q.etx).toBeCloseTo(1 / (q.pdr * (1 - ch.per(20 - P.thresholdSnrDb.ROBO, P.ackBytes))), 9);
  });

  it('screens usable links exactly as the full link evaluation decides (property)', () => {
    const big = new ChannelModel(P, 400);
    fc.assert(fc.property(fc.double({ min: -70, max: 120, noNaN: true }), fc.constantFrom(1.05, 1.5, 4), (snr, maxEtx) =>
      ch.usable(snr, maxEtx) === ch.link(snr).etx <= maxEtx && big.usable(snr, maxEtx) === big.link(snr).etx <= maxEtx), { numRuns: 2000 });
  });

  it('rejects nonsense presets', () => {
    expect(() => plcPresets({ thresholdSnrDb: { DBPSK: -10 } })).toThrow(RangeError);
    expect(() => plcPresets({ fallbackCableType: 'nope' })).toThrow(RangeError);
    expect(() => cableAttenuationDbPerKm(P.cables['lv-overhead-ow-60'], 0)).toThrow(RangeError);
  });
});
