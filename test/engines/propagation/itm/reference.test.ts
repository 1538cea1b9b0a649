/**
 * NTIA ITM reference vectors (../shared/data/propagation/itm): every
 * point-to-point case within 0.01 dB, every area case within 0.1 dB.
 */
import { describe, expect, it } from 'vitest';
import { itmAreaTls, itmP2PTls } from '../../../../workers/engines/propagation/itm';
import type { ItmRadioInput, ItmTlsPercentages } from '../../../../workers/engines/propagation/itm';
import { available, readCsv, readProfiles, SKIP_MESSAGE } from './shared-data';

function radio(v: Record<string, number>): ItmRadioInput & ItmTlsPercentages {
  return {
    txHeightM: v.h_tx__meter, rxHeightM: v.h_rx__meter, climate: v.climate, refractivityNUnits: v.N_0,
    freqMHz: v.f__mhz, polarization: v.pol, permittivityRel: v.epsilon, conductivitySPerM: v.sigma,
    mdvar: v.mdvar, timePct: v.time, locationPct: v.location, situationPct: v.situation,
  };
}

if (!available) {
  describe.skip(SKIP_MESSAGE, () => {
    it('needs ../shared/data/propagation/itm', () => {});
  });
} else {
  describe('ITM point-to-point against NTIA p2p.csv + pfls.csv', () => {
    const rows = readCsv('p2p.csv');
    const profiles = readProfiles();

    it('has one profile per case', () => {
      expect(rows.length).toBeGreaterThan(0);
      expect(profiles.length).toBe(rows.length);
    });

    rows.forEach((v, i) => {
      it(`case ${i + 1}: ${v.f__mhz} MHz, ${profiles[i][0]}×${profiles[i][1].toFixed(1)} m profile, mdvar ${v.mdvar} → ${v.A__db} dB`, () => {
        const r = itmP2PTls({ ...radio(v), profile: profiles[i] });
        if (!r.ok) throw new Error(`error ${r.errorCode}: ${r.message}`);
        expect(Math.abs(r.lossDb - v.A__db)).toBeLessThanOrEqual(0.01);
        expect(r.intermediate.distanceKm).toBeCloseTo((profiles[i][0] * profiles[i][1]) / 1000, 9);
        expect([1, 2, 3]).toContain(r.intermediate.propagationMode);
        // a plain number[] profile gives the identical result
        const r2 = itmP2PTls({ ...radio(v), profile: Array.from(profiles[i]) });
        expect(r2.ok && r2.lossDb).toBe(r.lossDb);
      });
    });
  });

  describe('ITM area mode against NTIA area.csv', () => {
    const rows = readCsv('area.csv');

    it('has cases', () => expect(rows.length).toBeGreaterThan(0));

    rows.forEach((v, i) => {
      it(`case ${i + 1}: ${v.f__mhz} MHz, ${v.d__km} km, Δh ${v.delta_h__meter} m, mdvar ${v.mdvar} → ${v.A__db} dB`, () => {
        const r = itmAreaTls({
          ...radio(v), distanceKm: v.d__km, deltaHM: v.delta_h__meter,
          txSiting: v.tx_siting_criteria, rxSiting: v.rx_siting_criteria,
        });
        if (!r.ok) throw new Error(`error ${r.errorCode}: ${r.message}`);
        expect(Math.abs(r.lossDb - v.A__db)).toBeLessThanOrEqual(0.1);
        expect(r.intermediate.deltaHM).toBe(v.delta_h__meter);
      });
    });
  });
}
