import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { p2109BuildingEntryLoss } from '../../../workers/engines/propagation/p2109';
import { SHARED_DATA, SKIP_MESSAGE, readNumericCsv } from './shared-data';

describe.skipIf(!SHARED_DATA)(`P.2109 CRC validation set ${SHARED_DATA ? '' : `(${SKIP_MESSAGE})`}`, () => {
  it('all 31,250 cases within 0.001 dB', () => {
    const { rows } = readNumericCsv('propagation/p2109/validation.csv');
    expect(rows.length).toBe(31250);
    let max = 0;
    let passed = 0;
    for (const [f, pPercent, type, theta, expected] of rows) {
      const r = p2109BuildingEntryLoss({ freqGHz: f, probability: pPercent / 100, buildingType: type === 1 ? 'traditional' : 'thermally-efficient', elevationDeg: theta });
      if (!r.ok) continue;
      const err = Math.abs(r.lossDb - expected);
      max = Math.max(max, err);
      if (err <= 0.001) passed++;
    }
    expect(passed).toBe(31250);
    expect(max).toBeLessThan(0.001);
  });
});

describe('P.2109 properties and DOMAIN-PARAMETERS §4 figures', () => {
  it('matches the derived 920 MHz horizontal-path medians (14.3 dB traditional, 31.1 dB thermally efficient)', () => {
    const t = p2109BuildingEntryLoss({ freqGHz: 0.92, probability: 0.5, buildingType: 'traditional', elevationDeg: 0 });
    const e = p2109BuildingEntryLoss({ freqGHz: 0.92, probability: 0.5, buildingType: 'thermally-efficient', elevationDeg: 0 });
    expect(t.ok && t.lossDb).toBeCloseTo(14.3, 1);
    expect(e.ok && e.lossDb).toBeCloseTo(31.1, 1);
  });

  it('loss rises with probability', () => {
    fc.assert(fc.property(fc.double({ min: 0.08, max: 100, noNaN: true }), fc.double({ min: 0.001, max: 0.998, noNaN: true }), fc.constantFrom('traditional', 'thermally-efficient') , (f, p, type) => {
      const a = p2109BuildingEntryLoss({ freqGHz: f, probability: p, buildingType: type, elevationDeg: 10 });
      const b = p2109BuildingEntryLoss({ freqGHz: f, probability: p + 0.001, buildingType: type, elevationDeg: 10 });
      return a.ok && b.ok && b.lossDb >= a.lossDb - 1e-12;
    }));
  });

  it('rejects probabilities outside (0, 1), NaN and angles beyond ±90°, warns outside 0.08–100 GHz', () => {
    const base = { freqGHz: 1, probability: 0.5, buildingType: 'traditional' as const, elevationDeg: 0 };
    expect(p2109BuildingEntryLoss({ ...base, probability: 0 }).ok).toBe(false);
    expect(p2109BuildingEntryLoss({ ...base, probability: 1 }).ok).toBe(false);
    expect(p2109BuildingEntryLoss({ ...base, freqGHz: NaN }).ok).toBe(false);
    expect(p2109BuildingEntryLoss({ ...base, elevationDeg: 91 }).ok).toBe(false);
    const r = p2109BuildingEntryLoss({ ...base, freqGHz: 0.05 });
    expect(r.ok && r.warnings.length).toBe(1);
  });
});
