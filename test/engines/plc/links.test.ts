import { describe, expect, it } from 'vitest';
import { plcPresets, runPlcDetailed } from '../../../workers/engines/plc';
import { selectNeighbours, type Candidate } from '../../../workers/engines/plc/neighbour-select';
import { makeInput, plcProfile, SETTINGS, type MeterSpec } from './helpers';

/** A 900 m feeder with a cluster of 8 meters on each tap every 75 m: far clusters must relay. */
function clusteredFeeder() {
  const meters: MeterSpec[] = [];
  for (let tap = 1; tap <= 12; tap++) for (let k = 0; k < 8; k++) meters.push({ x: tap * 75, y: 5 + k, t: 0 });
  return makeInput({ transformers: [{ x: 0, y: 0 }], feeders: [{ t: 0, xy: [0, 0, 900, 0] }], meters });
}

describe('PLC link selection', () => {
  it('keeps upstream relays, so clustered taps far down a feeder still reach the concentrator with few neighbours', () => {
    const presets = plcPresets({ maxNeighbours: 3, cables: { 'lv-underground-cvt-60': { a0DbPerKm: 40, a1DbPerKm: 4, k: 0.5 } } });
    const run = runPlcDetailed(clusteredFeeder(), { profile: plcProfile('plc-g3-cenelec-a', { hopLimit: 12 }), settings: SETTINGS, presets });
    const m = run.result.meters;
    expect(Math.max(...Array.from(m.hops))).toBeGreaterThan(1); // the far taps cannot reach directly
    expect(run.result.summary.routed).toBe(96);
    for (let u = 0; u < 96; u++) expect(run.graph.offsets[u + 1] - run.graph.offsets[u]).toBeLessThanOrEqual(3);
  });

  it('selects the concentrator first, then the most progress and the most reliable upstream, then laterals', () => {
    const c = (g: number, att: number, progress: number, up: boolean): Candidate => ({ g, att, snr: 30 - att, progress, up });
    const usable = [c(1, 1, 20, false), c(2, 2, 9, true), c(3, 3, 8, true), c(4, 4, 30, false), c(5, 5, 1, true), c(9, 9, -Infinity, true), c(6, 6, 0.5, true)];
    const pick = selectNeighbours(usable, 5).map((x) => x.g);
    expect(pick[0]).toBe(9);
    expect(pick).toContain(6); // most progress
    expect(pick).toContain(2); // most reliable upstream
    expect(pick).toContain(1); // best lateral
    expect(pick).toHaveLength(5);
    expect(selectNeighbours(usable, 1).map((x) => x.g)).toEqual([9]);
  });
});

describe('PLC run control', () => {
  it('reports progress by stage and stops when cancelled', async () => {
    const { CancelledError } = await import('../../../workers/engines/run-control');
    const stages = new Set<string>();
    runPlcDetailed(clusteredFeeder(), { profile: plcProfile(), settings: SETTINGS }, { progress: (p) => stages.add(p.stage) });
    for (const s of ['topology', 'channel', 'routing', 'reliability']) expect(stages.has(s)).toBe(true);
    let calls = 0;
    expect(() => runPlcDetailed(clusteredFeeder(), { profile: plcProfile(), settings: SETTINGS }, { isCancelled: () => ++calls > 2 })).toThrow(CancelledError);
  });
});
