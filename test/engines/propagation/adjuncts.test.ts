import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AREA_CLASSES } from '../../../workers/model/enums';
import { indoorAdjunctLoss } from '../../../workers/engines/propagation/indoor';
import { INDOOR_DEFAULTS_SOURCED, defaultIndoorParams, defaultShadowingMethods } from '../../../workers/engines/propagation/presets';
import { areaClassSigmaDb, fadeMargin, okumuraSuburbanSigmaDb, okumuraUrbanSigmaDb, p1812LocationSigmaDb } from '../../../workers/engines/propagation/variability';

describe('indoor adjuncts', () => {
  const params = { floorGainDbPerFloor: 2, floorGainMaxFloors: 10, basementExtraLossDb: 20, meterRoomExtraLossDb: 18, undergroundExtraLossDb: 40 };
  it('applies floor gain, meter-room, basement and underground losses from parameters', () => {
    expect(indoorAdjunctLoss({ indoorClass: 'outdoor', floor: 5, params })).toMatchObject({ ok: true, lossDb: 0 });
    expect(indoorAdjunctLoss({ indoorClass: 'indoor', floor: 3, params })).toMatchObject({ ok: true, lossDb: -6 });
    expect(indoorAdjunctLoss({ indoorClass: 'meter-room', floor: 0, params })).toMatchObject({ ok: true, lossDb: 18 });
    expect(indoorAdjunctLoss({ indoorClass: 'basement', floor: -1, params })).toMatchObject({ ok: true, lossDb: 20 });
    expect(indoorAdjunctLoss({ indoorClass: 'underground', floor: 0, params })).toMatchObject({ ok: true, lossDb: 40 });
    const capped = indoorAdjunctLoss({ indoorClass: 'indoor', floor: 25, params });
    expect(capped.ok && capped.lossDb).toBe(-20);
    expect(capped.ok && capped.warnings.length).toBe(1);
    expect(indoorAdjunctLoss({ indoorClass: 'indoor', floor: NaN, params }).ok).toBe(false);
  });

  it('reads its defaults, each with a source, from the preset file', () => {
    for (const v of Object.values(INDOOR_DEFAULTS_SOURCED)) {
      expect(Number.isFinite(v.value)).toBe(true);
      expect(v.source.length).toBeGreaterThan(5);
    }
    expect(defaultIndoorParams().basementExtraLossDb).toBe(INDOOR_DEFAULTS_SOURCED.basementExtraLossDb.value);
  });
});

describe('location variability', () => {
  it('Okumura-derived sigma at 920 MHz: 6.6 dB urban, 8.3 dB suburban (DOMAIN-PARAMETERS §4)', () => {
    // 1.42 + 1123^0.234 = 1.42 + e^(0.234·7.023759) = 1.42 + 5.173553 = 6.593553
    expect(okumuraUrbanSigmaDb(920)).toBeCloseTo(6.5936, 3);
    // 2.00 + 1211^0.259 = 2 + e^(0.259·7.099202) = 2 + 6.288316 = 8.288316
    expect(okumuraSuburbanSigmaDb(920)).toBeCloseTo(8.2883, 3);
    // P.1812: (0.52 + 0.024·0.92)·100^0.28 = 0.54208·3.630781 = 1.968177
    expect(p1812LocationSigmaDb(0.92, 100)).toBeCloseTo(1.96818, 4);
  });

  it('sigma for every area class comes from the preset and is positive', () => {
    const methods = defaultShadowingMethods();
    for (const c of AREA_CLASSES) {
      expect(methods[c].source.length).toBeGreaterThan(5);
      expect(areaClassSigmaDb(c, 920, methods)).toBeGreaterThan(0);
    }
    expect(areaClassSigmaDb('dense-residential', 920, methods)).toBeCloseTo(6.59, 2);
    expect(areaClassSigmaDb('suburban', 920, methods)).toBeCloseTo(8.29, 2);
  });

  it('fade margin z·σ matches DOMAIN-PARAMETERS §4 (σ = 8: 10.3 / 13.2 / 18.6 dB)', () => {
    expect(fadeMargin(8, 0.9)).toMatchObject({ ok: true });
    const m = [0.9, 0.95, 0.99].map((q) => { const r = fadeMargin(8, q); return r.ok ? r.lossDb : NaN; });
    expect(m[0]).toBeCloseTo(10.25, 2);
    expect(m[1]).toBeCloseTo(13.16, 2);
    expect(m[2]).toBeCloseTo(18.61, 2);
    expect(fadeMargin(8, 1).ok).toBe(false);
    expect(fadeMargin(-1, 0.9).ok).toBe(false);
    expect(fadeMargin(NaN, 0.9).ok).toBe(false);
  });

  it('fade margin grows with probability and sigma', () => {
    fc.assert(fc.property(fc.double({ min: 0.5, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 0.98, noNaN: true }), (s, q) => {
      const a = fadeMargin(s, q);
      const b = fadeMargin(s, q + 0.01);
      const c = fadeMargin(s + 1, Math.max(q, 0.5));
      const d = fadeMargin(s, Math.max(q, 0.5));
      return a.ok && b.ok && c.ok && d.ok && b.lossDb > a.lossDb && c.lossDb >= d.lossDb;
    }));
  });
});
