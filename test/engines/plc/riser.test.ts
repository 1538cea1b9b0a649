import { describe, expect, it } from 'vitest';
import { LV_EDGE_KIND, runPlcDetailed } from '../../../workers/engines/plc';
import { makeInput, plcProfile, SETTINGS } from './helpers';

/**
 * A building of N floors, storey height 3 m, one meter per floor 1…N at 4 m
 * from the riser foot. Transformer (concentrator) at (0, 0); a 5 m CVT 60
 * feeder to the foot at (5, 0).
 *
 * CENELEC-A, centre 63 kHz, √63 = 7.937254:
 *   α(CVT 60)  = 13.802 + 2.066·7.937254 = 30.20043 dB/km → 5 m feeder     0.15100 dB
 *   α(CVT 38)  = 18.802 + 2.066·7.937254 = 35.20043 dB/km → 3 m per storey 0.10560 dB
 *   α(drop)    = 18.027 + 2.324·7.937254 = 36.47318 dB/km → 4 m branch     0.14589 dB
 *   coupling 6 dB at each end: 12 dB
 *   branch loss 2 dB·log2(degree − 1): riser nodes 1…f−1 are passed (degree 3 → 2 dB each);
 *   node f is where the path turns into the branch: degree 3 (2 dB) below the top, 2 (0 dB) at the top;
 *   the foot has degree 2 (feeder + riser): 0 dB.
 *   A(f) = 12 + 0.15100 + 0.10560·f + 0.14589 + 2·(f − 1 + [f < N])
 */
function riser(N: number, building = true) {
  const meters = Array.from({ length: N }, (_, k) => ({ x: 5, y: 4, t: 0, floor: k + 1, heightM: (k + 1) * 3 + 1.5, ...(building ? { building: 0 } : {}) }));
  const input = makeInput({ transformers: [{ x: 0, y: 0, mount: 'indoor' }], feeders: [{ t: 0, xy: [0, 0, 5, 0] }], meters, buildingFloorHeightM: [3] });
  return runPlcDetailed(input, { profile: plcProfile(), settings: SETTINGS, nMinusOne: false });
}

const expected = (f: number, N: number) => 12 + 0.151002 + 0.1056013 * f + 0.1458927 + 2 * (f - 1 + (f < N ? 1 : 0));

describe('PLC riser model', () => {
  it.each([1, 2, 5, 12])('gives the hand-computed attenuation on every floor of a %i-storey riser', (N) => {
    const run = riser(N);
    for (let f = 1; f <= N; f++) expect(run.result.meters.directAttenuationDb[f - 1]).toBeCloseTo(expected(f, N), 3);
    // one riser node per storey, each storey 3 m of riser cable; one floor branch per meter
    const lv = run.topology.lv;
    const risers = Array.from(lv.kind).filter((k) => k === LV_EDGE_KIND.riser).length;
    const branches = Array.from(lv.kind).filter((k) => k === LV_EDGE_KIND.floorBranch).length;
    expect(risers).toBe(N);
    expect(branches).toBe(N);
    for (let e = 0; e < lv.edgeCount; e++) if (lv.kind[e] === LV_EDGE_KIND.riser) expect(lv.lengthM[e]).toBeCloseTo(3, 5);
  });

  it('uses the default storey height for meters without a building (one riser each, sharing the foot)', () => {
    const run = riser(3, false);
    // three risers of default 3 m storeys start at the same foot: degree 1 (feeder) + 3 = 4 → 2·log2(3) = 3.16993 dB;
    // no branch points on a single-meter riser: A(f) = 12 + 0.15100 + 0.10560·f + 0.14589 + 3.16993
    for (let f = 1; f <= 3; f++) expect(run.result.meters.directAttenuationDb[f - 1]).toBeCloseTo(12 + 0.151002 + 0.1056013 * f + 0.1458927 + 2 * Math.log2(3), 3);
  });

  it('attenuation rises floor by floor, so the upper floors relay once the direct link fails', () => {
    const run = riser(12);
    const a = run.result.meters.directAttenuationDb;
    for (let f = 1; f < 12; f++) expect(a[f]).toBeGreaterThan(a[f - 1] - 1e-6);
    expect(run.result.summary.routed).toBe(12);
  });
});
