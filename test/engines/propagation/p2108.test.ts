import { describe, expect, it } from 'vitest';
import { p2108AeronauticalClutterLoss, p2108HeightGainCorrection, p2108TerrestrialClutterLoss } from '../../../workers/engines/propagation/p2108';
import type { ModelResult } from '../../../workers/engines/propagation/types';
import { SHARED_DATA, SKIP_MESSAGE, readNumericCsv } from './shared-data';

/** Checks one reference case: rtn 0 → loss within 0.1 dB; otherwise that exact error code. */
function expectCase(r: ModelResult, rtn: number, expectedDb: number): number {
  if (rtn === 0) {
    expect(r.ok).toBe(true);
    if (!r.ok) return Infinity;
    expect(Math.abs(r.lossDb - expectedDb)).toBeLessThanOrEqual(0.1);
    return Math.abs(r.lossDb - expectedDb);
  }
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.code).toBe(String(rtn));
  return 0;
}

describe.skipIf(!SHARED_DATA)(`P.2108 NTIA reference cases ${SHARED_DATA ? '' : `(${SKIP_MESSAGE})`}`, () => {
  it('§3.1 height-gain terminal correction: all cases within 0.1 dB or the reference error code', () => {
    const { header, rows } = readNumericCsv('propagation/p2108/HeightGainTerminalCorrectionModelTestData.csv');
    expect(header).toEqual(['f__ghz', 'h__meter', 'w_s__meter', 'R__meter', 'clutter_type', 'rtn', 'A_h__db']);
    expect(rows.length).toBe(23);
    let max = 0;
    for (const [f, h, ws, r, type, rtn, exp] of rows) {
      max = Math.max(max, expectCase(p2108HeightGainCorrection({ freqGHz: f, heightM: h, streetWidthM: ws, clutterHeightM: r, clutterType: type }), rtn, exp));
    }
    expect(max).toBeLessThan(0.1);
  });

  it('§3.2 terrestrial statistical model: all cases within 0.1 dB or the reference error code', () => {
    const { header, rows } = readNumericCsv('propagation/p2108/TerrestrialStatisticalModelTestData.csv');
    expect(header).toEqual(['f__ghz', 'd__km', 'p', 'rtn', 'L_ctt__db']);
    expect(rows.length).toBe(12);
    for (const [f, d, p, rtn, exp] of rows) expectCase(p2108TerrestrialClutterLoss({ freqGHz: f, distanceKm: d, locationPercent: p }), rtn, exp);
  });

  it('§3.3 aeronautical statistical model (optional set): all cases within 0.1 dB or the reference error code', () => {
    const { rows } = readNumericCsv('propagation/p2108/AeronauticalStatisticalModelTestData.csv');
    expect(rows.length).toBe(13);
    for (const [f, theta, p, rtn, exp] of rows) expectCase(p2108AeronauticalClutterLoss({ freqGHz: f, elevationDeg: theta, locationPercent: p }), rtn, exp);
  });
});

describe('P.2108 without reference data', () => {
  it('height gain is zero at or above the clutter height and grows as the antenna sinks', () => {
    const at = (h: number) => p2108HeightGainCorrection({ freqGHz: 0.92, heightM: h, streetWidthM: 27, clutterHeightM: 15, clutterType: 'urban' });
    expect(at(15)).toMatchObject({ ok: true, lossDb: 0 });
    const losses = [12, 8, 4, 1.5].map((h) => { const r = at(h); return r.ok ? r.lossDb : NaN; });
    for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeGreaterThan(losses[i - 1]);
  });

  it('rejects NaN inputs', () => {
    expect(p2108TerrestrialClutterLoss({ freqGHz: NaN, distanceKm: 1, locationPercent: 50 }).ok).toBe(false);
    expect(p2108HeightGainCorrection({ freqGHz: 1, heightM: NaN, streetWidthM: 27, clutterHeightM: 10, clutterType: 3 }).ok).toBe(false);
  });

  it('unknown clutter type gives code 36', () => {
    const r = p2108HeightGainCorrection({ freqGHz: 1, heightM: 2, streetWidthM: 27, clutterHeightM: 10, clutterType: 7 });
    expect(r).toMatchObject({ ok: false, code: '36' });
  });
});
