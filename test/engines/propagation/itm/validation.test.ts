/**
 * Input validation (NTIA return codes), warning bits, the confidence/
 * reliability entry points and the modes of variability.
 */
import { describe, expect, it } from 'vitest';
import {
  ITM_ERROR, ITM_WARNING, itmAreaCr, itmAreaTls, itmMdvar, itmP2PCr, itmP2PTls, itmWarningMessages,
} from '../../../../workers/engines/propagation/itm';
import type { ItmAreaTlsInput, ItmP2PTlsInput, ItmResult } from '../../../../workers/engines/propagation/itm';

/** A hilly 30 km profile of 301 points (deterministic). */
function hillyProfile(n = 300, spacingM = 100, baseM = 200): Float64Array {
  const p = new Float64Array(n + 3);
  p[0] = n;
  p[1] = spacingM;
  for (let i = 0; i <= n; i++) p[i + 2] = baseM + 60 * Math.sin(i / 17) + 25 * Math.cos(i / 5.3) + 0.3 * i;
  return p;
}

function flatProfile(n: number, spacingM: number, elevationM: number): Float64Array {
  const p = new Float64Array(n + 3).fill(elevationM);
  p[0] = n;
  p[1] = spacingM;
  return p;
}

const P2P: ItmP2PTlsInput = {
  txHeightM: 30, rxHeightM: 2, climate: 5, refractivityNUnits: 301, freqMHz: 920, polarization: 1,
  permittivityRel: 15, conductivitySPerM: 0.005, mdvar: 12, timePct: 50, locationPct: 50, situationPct: 50,
  profile: hillyProfile(),
};

const AREA: ItmAreaTlsInput = {
  txHeightM: 30, rxHeightM: 2, climate: 5, refractivityNUnits: 301, freqMHz: 920, polarization: 1,
  permittivityRel: 15, conductivitySPerM: 0.005, mdvar: 3, timePct: 50, locationPct: 50, situationPct: 50,
  distanceKm: 20, deltaHM: 90, txSiting: 1, rxSiting: 0,
};

function code(r: ItmResult): number {
  return r.ok ? 0 : r.errorCode;
}

function loss(r: ItmResult): number {
  if (!r.ok) throw new Error(`unexpected error ${r.errorCode}: ${r.message}`);
  return r.lossDb;
}

describe('ITM input validation returns the NTIA error codes', () => {
  const common: [string, Partial<ItmP2PTlsInput>, number][] = [
    ['TX height below 0.5 m', { txHeightM: 0.4 }, ITM_ERROR.TX_TERMINAL_HEIGHT],
    ['TX height above 3000 m', { txHeightM: 3000.5 }, ITM_ERROR.TX_TERMINAL_HEIGHT],
    ['TX height NaN', { txHeightM: NaN }, ITM_ERROR.TX_TERMINAL_HEIGHT],
    ['RX height negative', { rxHeightM: -2 }, ITM_ERROR.RX_TERMINAL_HEIGHT],
    ['RX height NaN', { rxHeightM: NaN }, ITM_ERROR.RX_TERMINAL_HEIGHT],
    ['climate 0', { climate: 0 }, ITM_ERROR.INVALID_RADIO_CLIMATE],
    ['climate 8', { climate: 8 }, ITM_ERROR.INVALID_RADIO_CLIMATE],
    ['climate 2.5', { climate: 2.5 }, ITM_ERROR.INVALID_RADIO_CLIMATE],
    ['refractivity 249', { refractivityNUnits: 249 }, ITM_ERROR.REFRACTIVITY],
    ['refractivity NaN', { refractivityNUnits: NaN }, ITM_ERROR.REFRACTIVITY],
    ['frequency 19 MHz', { freqMHz: 19 }, ITM_ERROR.FREQUENCY],
    ['frequency 20.001 GHz', { freqMHz: 20001 }, ITM_ERROR.FREQUENCY],
    ['frequency Infinity', { freqMHz: Infinity }, ITM_ERROR.FREQUENCY],
    ['polarization 2', { polarization: 2 }, ITM_ERROR.POLARIZATION],
    ['permittivity 0.9', { permittivityRel: 0.9 }, ITM_ERROR.EPSILON],
    ['permittivity NaN', { permittivityRel: NaN }, ITM_ERROR.EPSILON],
    ['conductivity 0', { conductivitySPerM: 0 }, ITM_ERROR.SIGMA],
    ['conductivity NaN', { conductivitySPerM: NaN }, ITM_ERROR.SIGMA],
    ['mdvar 4', { mdvar: 4 }, ITM_ERROR.MDVAR],
    ['mdvar 14', { mdvar: 14 }, ITM_ERROR.MDVAR],
    ['mdvar 34', { mdvar: 34 }, ITM_ERROR.MDVAR],
    ['mdvar -1', { mdvar: -1 }, ITM_ERROR.MDVAR],
    ['mdvar 1.5', { mdvar: 1.5 }, ITM_ERROR.MDVAR],
    ['situation 0', { situationPct: 0 }, ITM_ERROR.INVALID_SITUATION],
    ['time 100', { timePct: 100 }, ITM_ERROR.INVALID_TIME],
    ['time NaN', { timePct: NaN }, ITM_ERROR.INVALID_TIME],
    ['location -5', { locationPct: -5 }, ITM_ERROR.INVALID_LOCATION],
    ['ground impedance with ε_r = 1 (Re Z_g = Im Z_g)', { permittivityRel: 1, polarization: 0 }, ITM_ERROR.GROUND_IMPEDANCE],
  ];
  for (const [name, patch, expected] of common) {
    it(`p2p: ${name} → ${expected}`, () => expect(code(itmP2PTls({ ...P2P, ...patch }))).toBe(expected));
    it(`area: ${name} → ${expected}`, () => expect(code(itmAreaTls({ ...AREA, ...patch }))).toBe(expected));
  }

  it('accepts every valid mdvar (0–3, +10, +20, +30)', () => {
    for (const base of [0, 1, 2, 3]) {
      for (const plus of [0, 10, 20, 30]) expect(code(itmP2PTls({ ...P2P, mdvar: base + plus }))).toBe(0);
    }
  });

  it('area: non-positive or NaN distance → PATH_DISTANCE', () => {
    for (const d of [0, -3, NaN, Infinity]) expect(code(itmAreaTls({ ...AREA, distanceKm: d }))).toBe(ITM_ERROR.PATH_DISTANCE);
  });

  it('area: negative or NaN Δh → DELTA_H', () => {
    for (const dh of [-1, NaN]) expect(code(itmAreaTls({ ...AREA, deltaHM: dh }))).toBe(ITM_ERROR.DELTA_H);
  });

  it('area: siting criteria outside 0–2 → TX/RX_SITING_CRITERIA', () => {
    expect(code(itmAreaTls({ ...AREA, txSiting: 3 }))).toBe(ITM_ERROR.TX_SITING_CRITERIA);
    expect(code(itmAreaTls({ ...AREA, rxSiting: -1 }))).toBe(ITM_ERROR.RX_SITING_CRITERIA);
  });

  it('p2p: zero, negative or NaN profile spacing → PATH_DISTANCE', () => {
    for (const xi of [0, -100, NaN]) {
      const profile = hillyProfile();
      profile[1] = xi;
      expect(code(itmP2PTls({ ...P2P, profile }))).toBe(ITM_ERROR.PATH_DISTANCE);
    }
  });

  it('p2p: malformed profile → TERRAIN_PROFILE (FANplan extension code)', () => {
    const nanElevation = hillyProfile();
    nanElevation[50] = NaN;
    for (const profile of [nanElevation, [0, 100, 5], [2.5, 100, 1, 2, 3], [10, 100, 1, 2, 3], [] as number[]]) {
      expect(code(itmP2PTls({ ...P2P, profile }))).toBe(ITM_ERROR.TERRAIN_PROFILE);
    }
  });

  it('p2p: surface refractivity out of range from the path elevation → 1021 / 1022', () => {
    expect(code(itmP2PTls({ ...P2P, profile: flatProfile(100, 100, 7000) }))).toBe(ITM_ERROR.SURFACE_REFRACTIVITY_SMALL);
    expect(code(itmP2PTls({ ...P2P, refractivityNUnits: 400, profile: flatProfile(100, 100, -500) })))
      .toBe(ITM_ERROR.SURFACE_REFRACTIVITY_LARGE);
  });

  it('confidence/reliability errors are renamed from situation/time errors', () => {
    const cr = { ...P2P, confidencePct: 50, reliabilityPct: 50 };
    expect(code(itmP2PCr({ ...cr, confidencePct: 0 }))).toBe(ITM_ERROR.INVALID_CONFIDENCE);
    expect(code(itmP2PCr({ ...cr, reliabilityPct: 100 }))).toBe(ITM_ERROR.INVALID_RELIABILITY);
    expect(code(itmAreaCr({ ...AREA, confidencePct: NaN, reliabilityPct: 50 }))).toBe(ITM_ERROR.INVALID_CONFIDENCE);
    expect(code(itmAreaCr({ ...AREA, confidencePct: 50, reliabilityPct: -1 }))).toBe(ITM_ERROR.INVALID_RELIABILITY);
  });

  it('failures carry a readable message', () => {
    const r = itmP2PTls({ ...P2P, freqMHz: 5 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Frequency/);
  });
});

describe('ITM warning bits', () => {
  it('no warnings for a well-conditioned path', () => {
    const r = itmAreaTls(AREA);
    expect(r.ok && r.warnings).toBe(0);
  });

  it('terminal heights and frequency near their limits', () => {
    const r = itmAreaTls({ ...AREA, txHeightM: 0.7, rxHeightM: 1500, freqMHz: 30 });
    expect(r.ok).toBe(true);
    const w = r.warnings;
    expect(w & ITM_WARNING.TX_TERMINAL_HEIGHT).toBeTruthy();
    expect(w & ITM_WARNING.RX_TERMINAL_HEIGHT).toBeTruthy();
    expect(w & ITM_WARNING.FREQUENCY).toBeTruthy();
    expect(itmWarningMessages(w)).toHaveLength(popcount(w));
  });

  it('distance limits', () => {
    expect(itmAreaTls({ ...AREA, distanceKm: 0.5 }).warnings & ITM_WARNING.PATH_DISTANCE_TOO_SMALL_2).toBeTruthy();
    const far = itmAreaTls({ ...AREA, distanceKm: 2500 }).warnings;
    expect(far & ITM_WARNING.PATH_DISTANCE_TOO_BIG_1).toBeTruthy();
    expect(far & ITM_WARNING.PATH_DISTANCE_TOO_BIG_2).toBeTruthy();
  });

  it('extreme variabilities beyond |z| > 3.1', () => {
    expect(itmAreaTls({ ...AREA, timePct: 0.05 }).warnings & ITM_WARNING.EXTREME_VARIABILITIES).toBeTruthy();
    expect(itmAreaTls({ ...AREA, timePct: 5 }).warnings & ITM_WARNING.EXTREME_VARIABILITIES).toBeFalsy();
  });

  it('small surface refractivity on a high path', () => {
    const r = itmP2PTls({ ...P2P, profile: flatProfile(100, 100, 2000) });
    expect(r.ok).toBe(true);
    expect(r.warnings & ITM_WARNING.SURFACE_REFRACTIVITY).toBeTruthy();
  });
});

describe('ITM confidence/reliability and modes of variability', () => {
  it('CR equals TLS with time = reliability, location = 50, situation = confidence', () => {
    const tls = loss(itmP2PTls({ ...P2P, mdvar: 1, timePct: 10, locationPct: 50, situationPct: 90 }));
    expect(loss(itmP2PCr({ ...P2P, mdvar: 1, confidencePct: 90, reliabilityPct: 10 }))).toBe(tls);
    const atls = loss(itmAreaTls({ ...AREA, mdvar: 2, timePct: 95, locationPct: 50, situationPct: 70 }));
    expect(loss(itmAreaCr({ ...AREA, mdvar: 2, confidencePct: 70, reliabilityPct: 95 }))).toBe(atls);
  });

  it('itmMdvar builds the NTIA codes', () => {
    expect(itmMdvar(2, { eliminateLocation: true })).toBe(12);
    expect(itmMdvar(3, { eliminateLocation: true, eliminateSituation: true })).toBe(33);
    expect(itmMdvar(0)).toBe(0);
  });

  it('single message mode ignores time and location; accidental and mobile ignore location', () => {
    const at = (mdvar: number, t: number, l: number) => loss(itmAreaTls({ ...AREA, mdvar, timePct: t, locationPct: l, situationPct: 80 }));
    expect(at(0, 10, 90)).toBe(at(0, 90, 10));
    expect(at(1, 10, 90)).toBe(at(1, 10, 10));
    expect(at(2, 10, 90)).toBe(at(2, 10, 10));
    expect(at(3, 10, 90)).not.toBe(at(3, 10, 10));
  });

  it('+10 eliminates location variability, +20 removes direct situation variability', () => {
    const at = (mdvar: number, l: number, s = 50) => loss(itmAreaTls({ ...AREA, mdvar, timePct: 50, locationPct: l, situationPct: s }));
    expect(at(13, 5)).toBe(at(13, 95));
    expect(at(3, 5)).toBeLessThan(at(3, 95));
    // with σ_S = 0 the situation spread shrinks to the residual from Y_T and Y_L
    const spread = (mdvar: number) => at(mdvar, 50, 95) - at(mdvar, 50, 5);
    expect(spread(23)).toBeLessThan(spread(3));
    expect(spread(23)).toBeGreaterThanOrEqual(0);
  });

  it('all modes agree at the median (50/50/50) up to the Q⁻¹ approximation error', () => {
    const ref = loss(itmP2PTls({ ...P2P, mdvar: 3 }));
    for (const mdvar of [0, 1, 2, 10, 11, 12, 13, 20, 21, 22, 23, 30, 33]) {
      expect(Math.abs(loss(itmP2PTls({ ...P2P, mdvar })) - ref)).toBeLessThan(0.02);
    }
  });
});

describe('ITM intermediate values', () => {
  it('reports horizons, Δh and mode consistently', () => {
    const r = itmP2PTls(P2P);
    if (!r.ok) throw new Error('unexpected error');
    const m = r.intermediate;
    expect(m.dLosM).toBeCloseTo(m.horizonDistancesM[0] + m.horizonDistancesM[1], 6);
    expect(m.distanceKm).toBeCloseTo(30, 9);
    expect(m.deltaHM).toBeGreaterThan(0);
    expect(m.aFsDb).toBeCloseTo(32.45 + 20 * Math.log10(920) + 20 * Math.log10(30), 9);
    expect(m.effectiveEarthRadiusM).toBeGreaterThan(6.37e6);
    expect([1, 2, 3]).toContain(m.propagationMode);
  });

  it('a long flat path beyond the radio horizon is diffraction or troposcatter', () => {
    const r = itmP2PTls({ ...P2P, txHeightM: 10, rxHeightM: 2, profile: flatProfile(400, 500, 0) });
    expect(r.ok && r.intermediate.propagationMode).toBeGreaterThanOrEqual(2);
    const far = itmAreaTls({ ...AREA, distanceKm: 600, deltaHM: 0 });
    expect(far.ok && far.intermediate.propagationMode).toBe(3);
  });
});

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}
