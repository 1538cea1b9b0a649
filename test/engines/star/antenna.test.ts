import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSector, sectorAttenuationDb, wrapDeg } from '../../../workers/engines/star/antenna';

// 3GPP TR 36.814 Table A.2.1.1-2: φ3dB 70°, Am 25 dB, θ3dB 10°, SLAv 20 dB.
const s = defaultSector(0, { downtiltDeg: 6 });

describe('TR 36.814 sector pattern', () => {
  it('uses the table defaults', () => {
    expect(s).toMatchObject({ beamwidthDeg: 70, maxAttenuationDb: 25, verticalBeamwidthDeg: 10, verticalSideLobeDb: 20 });
  });

  it('is 3 dB down at half the 3 dB beamwidth, horizontally and vertically', () => {
    expect(sectorAttenuationDb(35, 6, s)).toBeCloseTo(3, 12);
    expect(sectorAttenuationDb(-35, 6, s)).toBeCloseTo(3, 12);
    expect(sectorAttenuationDb(0, 11, s)).toBeCloseTo(3, 12);
    expect(sectorAttenuationDb(0, 1, s)).toBeCloseTo(3, 12);
    expect(sectorAttenuationDb(0, 6, s)).toBe(0);
  });

  it('caps at Am = 25 dB behind the antenna, SLAv = 20 dB vertically, and Am for the combination', () => {
    expect(sectorAttenuationDb(180, 6, s)).toBe(25);
    expect(sectorAttenuationDb(0, 80, s)).toBe(20);
    expect(sectorAttenuationDb(90, 80, s)).toBe(25);
    // 12·(60/70)² = 8.816 dB, plus 12·(5/10)² = 3 dB.
    expect(sectorAttenuationDb(60, 11, s)).toBeCloseTo(12 * (60 / 70) ** 2 + 3, 12);
  });

  it('is symmetric, wraps azimuth, grows away from boresight, and stays within [0, Am]', () => {
    fc.assert(fc.property(fc.double({ min: -720, max: 720, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }), (phi, theta) => {
      const a = sectorAttenuationDb(phi, theta, s);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThanOrEqual(25);
      expect(sectorAttenuationDb(-phi, theta, s)).toBeCloseTo(a, 9);
      expect(sectorAttenuationDb(phi + 360, theta, s)).toBeCloseTo(a, 9);
      const w = Math.abs(wrapDeg(phi));
      expect(sectorAttenuationDb(Math.min(180, w + 5), theta, s)).toBeGreaterThanOrEqual(a - 1e-9);
    }));
  });
});
