/**
 * Invariants of the ITM engine, checked with fast-check.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ITM_ERROR, itmAreaTls, itmP2PTls } from '../../../../workers/engines/propagation/itm';
import type { ItmAreaTlsInput, ItmP2PTlsInput, ItmResult } from '../../../../workers/engines/propagation/itm';

const NTIA_CODES = new Set<number>(Object.values(ITM_ERROR));

function flatProfile(n: number, distanceM: number, elevationM: number): Float64Array {
  const p = new Float64Array(n + 3).fill(elevationM);
  p[0] = n;
  p[1] = distanceM / n;
  return p;
}

const radioArb = fc.record({
  txHeightM: fc.double({ min: 0.5, max: 3000, noNaN: true }),
  rxHeightM: fc.double({ min: 0.5, max: 3000, noNaN: true }),
  climate: fc.integer({ min: 1, max: 7 }),
  refractivityNUnits: fc.double({ min: 250, max: 400, noNaN: true }),
  freqMHz: fc.double({ min: 20, max: 20000, noNaN: true }),
  polarization: fc.constantFrom(0, 1),
  permittivityRel: fc.double({ min: 2, max: 81, noNaN: true }),
  conductivitySPerM: fc.double({ min: 1e-4, max: 5, noNaN: true }),
  mdvar: fc.constantFrom(0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23, 30, 31, 32, 33),
  timePct: fc.double({ min: 0.01, max: 99.99, noNaN: true }),
  locationPct: fc.double({ min: 0.01, max: 99.99, noNaN: true }),
  situationPct: fc.double({ min: 0.01, max: 99.99, noNaN: true }),
});

const profileArb = fc.record({
  n: fc.integer({ min: 1, max: 600 }),
  spacingM: fc.double({ min: 5, max: 2000, noNaN: true }),
  seedHeights: fc.array(fc.double({ min: -50, max: 1500, noNaN: true }), { minLength: 1, maxLength: 8 }),
}).map(({ n, spacingM, seedHeights }) => {
  const p = new Float64Array(n + 3);
  p[0] = n;
  p[1] = spacingM;
  for (let i = 0; i <= n; i++) {
    const x = (i / n) * (seedHeights.length - 1);
    const j = Math.min(Math.floor(x), seedHeights.length - 2);
    const t = x - Math.max(j, 0);
    p[i + 2] = seedHeights.length === 1 ? seedHeights[0] : seedHeights[j] * (1 - t) + seedHeights[j + 1] * t;
  }
  return p;
});

/** Either a finite loss, or an error code from the documented list: never NaN, never a throw. */
function wellFormed(r: ItmResult): boolean {
  return r.ok ? Number.isFinite(r.lossDb) && Number.isInteger(r.warnings) : NTIA_CODES.has(r.errorCode);
}

describe('ITM properties', () => {
  it('on flat terrain in the line-of-sight region, loss does not fall as distance grows', () => {
    fc.assert(fc.property(
      fc.double({ min: 5, max: 100, noNaN: true }),
      fc.double({ min: 1, max: 20, noNaN: true }),
      fc.double({ min: 50, max: 5000, noNaN: true }),
      fc.double({ min: 0, max: 500, noNaN: true }),
      fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      (hTx, hRx, freqMHz, elevationM, f1, f2) => {
        const base: Omit<ItmP2PTlsInput, 'profile'> = {
          txHeightM: hTx, rxHeightM: hRx, climate: 5, refractivityNUnits: 301, freqMHz, polarization: 1,
          permittivityRel: 15, conductivitySPerM: 0.005, mdvar: 3, timePct: 50, locationPct: 50, situationPct: 50,
        };
        // smooth-earth LOS distance with a 4/3-ish earth, kept well inside it
        const dLosM = Math.sqrt(2 * hTx * 8.0e6) + Math.sqrt(2 * hRx * 8.0e6);
        const [a, b] = [Math.min(f1, f2), Math.max(f1, f2)];
        const d1 = Math.max(1000, a * dLosM);
        const d2 = Math.max(d1, b * dLosM);
        const r1 = itmP2PTls({ ...base, profile: flatProfile(100, d1, elevationM) });
        const r2 = itmP2PTls({ ...base, profile: flatProfile(100, d2, elevationM) });
        if (!r1.ok || !r2.ok) return false;
        fc.pre(r1.intermediate.propagationMode === 1 && r2.intermediate.propagationMode === 1);
        return r2.lossDb >= r1.lossDb - 1e-9;
      },
    ), { numRuns: 300 });
  });

  it('area mode: loss does not fall as the time percentage grows (broadcast, median location/situation)', () => {
    fc.assert(fc.property(
      fc.double({ min: 1, max: 500, noNaN: true }),
      fc.double({ min: 0, max: 500, noNaN: true }),
      fc.integer({ min: 1, max: 7 }),
      fc.double({ min: 1, max: 99, noNaN: true }),
      fc.double({ min: 1, max: 99, noNaN: true }),
      (distanceKm, deltaHM, climate, t1, t2) => {
        const base: ItmAreaTlsInput = {
          txHeightM: 30, rxHeightM: 3, climate, refractivityNUnits: 301, freqMHz: 900, polarization: 1,
          permittivityRel: 15, conductivitySPerM: 0.005, mdvar: 3, timePct: 50, locationPct: 50, situationPct: 50,
          distanceKm, deltaHM, txSiting: 0, rxSiting: 0,
        };
        const lo = itmAreaTls({ ...base, timePct: Math.min(t1, t2) });
        const hi = itmAreaTls({ ...base, timePct: Math.max(t1, t2) });
        return lo.ok && hi.ok && hi.lossDb >= lo.lossDb - 1e-9;
      },
    ), { numRuns: 300 });
  });

  it('any in-range p2p input gives a finite loss or a documented error code', () => {
    fc.assert(fc.property(radioArb, profileArb, (radio, profile) => wellFormed(itmP2PTls({ ...radio, profile }))), { numRuns: 500 });
  });

  it('any in-range area input gives a finite loss or a documented error code', () => {
    fc.assert(fc.property(
      radioArb,
      fc.double({ min: 1e-3, max: 3000, noNaN: true }),
      fc.double({ min: 0, max: 2000, noNaN: true }),
      fc.constantFrom(0, 1, 2),
      fc.constantFrom(0, 1, 2),
      (radio, distanceKm, deltaHM, txSiting, rxSiting) =>
        wellFormed(itmAreaTls({ ...radio, distanceKm, deltaHM, txSiting, rxSiting })),
    ), { numRuns: 500 });
  });

  it('a NaN or infinite numeric input is an error, never a loss', () => {
    const p2p: ItmP2PTlsInput = {
      txHeightM: 30, rxHeightM: 2, climate: 5, refractivityNUnits: 301, freqMHz: 920, polarization: 1,
      permittivityRel: 15, conductivitySPerM: 0.005, mdvar: 12, timePct: 50, locationPct: 50, situationPct: 50,
      profile: flatProfile(100, 10_000, 100),
    };
    const area: ItmAreaTlsInput = { ...p2p, mdvar: 3, distanceKm: 10, deltaHM: 90, txSiting: 0, rxSiting: 0 };
    const p2pKeys = Object.keys(p2p).filter((k) => k !== 'profile') as (keyof ItmP2PTlsInput)[];
    const areaKeys = Object.keys(area).filter((k) => k !== 'profile') as (keyof ItmAreaTlsInput)[];
    fc.assert(fc.property(
      fc.constantFrom(...p2pKeys), fc.constantFrom(...areaKeys), fc.constantFrom(NaN, Infinity, -Infinity),
      fc.integer({ min: 0, max: 102 }),
      (pk, ak, bad, idx) => {
        const r1 = itmP2PTls({ ...p2p, [pk]: bad });
        const r2 = itmAreaTls({ ...area, [ak]: bad });
        const prof = Float64Array.from(p2p.profile);
        prof[idx] = bad;
        const r3 = itmP2PTls({ ...p2p, profile: prof });
        return !r1.ok && NTIA_CODES.has(r1.errorCode) && !r2.ok && NTIA_CODES.has(r2.errorCode) &&
          !r3.ok && NTIA_CODES.has(r3.errorCode);
      },
    ), { numRuns: 300 });
  });
});
