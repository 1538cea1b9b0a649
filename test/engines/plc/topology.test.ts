import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LV_EDGE_KIND, PLC_DETAIL, PLC_DETAIL_REASON, buildPlcTopology, plcPresets, runPlcDetailed, type LvGraph } from '../../../workers/engines/plc';
import { REASON } from '../../../workers/engines/routing';
import { makeInput, plcProfile, SETTINGS, type InputSpec } from './helpers';

const P = plcPresets();
const ALPHA_OW = 16.901 + 1.033 * Math.sqrt(63); // 25.10018 dB/km at 63 kHz
const ALPHA_DROP = 18.027 + 2.324 * Math.sqrt(63); // 36.47318 dB/km

/** Nodes reachable from `src` in the LV graph. */
function reach(lv: LvGraph, src: number): Uint8Array {
  const seen = new Uint8Array(lv.nodeCount), stack = [src];
  seen[src] = 1;
  while (stack.length) {
    const v = stack.pop() as number;
    for (let k = lv.adjOffsets[v]; k < lv.adjOffsets[v + 1]; k++) if (!seen[lv.adjNode[k]]) { seen[lv.adjNode[k]] = 1; stack.push(lv.adjNode[k]); }
  }
  return seen;
}

/** A street grid of nx × ny lines `pitch` apart, random transformers and meters near the streets. */
const arbStreetTown = fc.record({
  nx: fc.integer({ min: 1, max: 5 }), ny: fc.integer({ min: 1, max: 5 }), pitch: fc.integer({ min: 40, max: 120 }),
  transformers: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 4 }),
  meters: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 40 }),
}).map(({ nx, ny, pitch, transformers, meters }): InputSpec => {
  const w = (nx + 1) * pitch, h = (ny + 1) * pitch, roads: number[][] = [];
  for (let i = 0; i <= nx + 1; i++) roads.push([i * pitch, 0, i * pitch, h]);
  for (let j = 0; j <= ny + 1; j++) roads.push([0, j * pitch, w, j * pitch]);
  return {
    roads,
    transformers: transformers.map(([u, v]) => ({ x: u * w, y: v * h })),
    meters: meters.map(([u, v, t, has]) => ({ x: u * w, y: v * h, t: has ? t % transformers.length : -1 })),
  };
});

describe('PLC LV topology', () => {
  it('synthesises a street route for every meter with a transformer, and keeps networks isolated (property)', () => {
    fc.assert(fc.property(arbStreetTown, (spec) => {
      const input = makeInput(spec);
      const topo = buildPlcTopology(input, P);
      const lv = topo.lv;
      for (let e = 0; e < lv.edgeCount; e++) expect(lv.network[lv.edgeA[e]]).toBe(lv.network[lv.edgeB[e]]);
      const reached = spec.transformers.map((_, t) => (topo.transformerNode[t] >= 0 ? reach(lv, topo.transformerNode[t]) : null));
      spec.meters.forEach((m, i) => {
        if (m.t < 0) { expect(topo.meterNode[i]).toBe(-1); return; }
        expect(topo.meterNode[i]).toBeGreaterThanOrEqual(0);
        expect(lv.network[topo.meterNode[i]]).toBe(m.t);
        expect(reached[m.t]?.[topo.meterNode[i]]).toBe(1);
      });
      const run = runPlcDetailed(input, { profile: plcProfile(), settings: SETTINGS, nMinusOne: false, dominators: false });
      const g = run.graph, M = spec.meters.length;
      const netOfNode = (v: number) => (v < M ? run.result.meters.network[v] : run.placement.transformerIndex[v - M]);
      for (let u = 0; u < M; u++) for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) expect(netOfNode(g.targets[e])).toBe(netOfNode(u));
      spec.meters.forEach((m, i) => { if (m.t < 0) expect(run.result.meters.detail[i]).toBe(PLC_DETAIL.noTransformer); });
    }), { numRuns: 40 });
  });

  it('routes along a straight street: lead + street + service drop (hand-computed)', () => {
    const input = makeInput({ roads: [[0, 0, 1000, 0]], transformers: [{ x: 0, y: 5 }], meters: [{ x: 500, y: 8, t: 0 }] });
    const run = runPlcDetailed(input, { profile: plcProfile(), settings: SETTINGS });
    // overhead OW (pole transformer): 5 m lead + 500 m street; drop 8 m + |1.5 m| = 9.5 m; no branch points; 12 dB coupling
    expect(run.result.meters.directAttenuationDb[0]).toBeCloseTo(12 + 0.505 * ALPHA_OW + 0.0095 * ALPHA_DROP, 3);
    expect(run.result.summary.synthesizedNetworks).toBe(1);
    expect(run.result.segments.count).toBeGreaterThan(0);
    expect(Array.from(run.result.segments.kind).every((k) => k === LV_EDGE_KIND.synthesized)).toBe(true);
  });

  it('routes around a corner of crossing streets (noded at the crossing)', () => {
    const input = makeInput({ roads: [[0, 0, 200, 0], [100, -100, 100, 100]], transformers: [{ x: 0, y: 6 }], meters: [{ x: 100, y: 90, t: 0 }] });
    const run = runPlcDetailed(input, { profile: plcProfile(), settings: SETTINGS });
    // 6 m lead + 100 m east + 90 m north = 196 m OW; drop max(3 m, 0 + 1.5 m) = 3 m
    expect(run.result.meters.directAttenuationDb[0]).toBeCloseTo(12 + 0.196 * ALPHA_OW + 0.003 * ALPHA_DROP, 3);
  });

  it('snaps feeder T-junctions and the pole offset of the transformer, and joins stray pieces', () => {
    const input = makeInput({
      transformers: [{ x: 50, y: 1.5 }],
      feeders: [{ t: 0, xy: [0, 0, 100, 0] }, { t: 0, xy: [60, 1, 60, 80] }, { t: 0, xy: [300, 0, 400, 0] }],
      meters: [{ x: 60, y: 80, t: 0 }, { x: 0, y: 0, t: 0 }, { x: 400, y: 0, t: 0 }],
    });
    const run = runPlcDetailed(input, { profile: plcProfile(), settings: SETTINGS });
    expect(run.result.warnings.some((w) => /joined to it by a straight lead/.test(w))).toBe(true);
    const lv = run.topology.lv;
    const seen = reach(lv, run.topology.transformerNode[0]);
    for (let i = 0; i < 3; i++) expect(seen[run.topology.meterNode[i]]).toBe(1);
    expect(run.result.summary.routed).toBe(3);
    // segments of the imported feeders are keyed by feeder index and vertex
    expect(new Set(Array.from(run.result.segments.feederIndex).filter((f) => f >= 0))).toEqual(new Set([0, 1, 2]));
    expect(Array.from(run.result.segments.feederMaxAttenuationDb).every(Number.isFinite)).toBe(true);
  });

  it('couples across transformers only when the profile says so', () => {
    const spec: InputSpec = {
      transformers: [{ x: 0, y: 0 }, { x: 150, y: 0 }],
      feeders: [{ t: 0, xy: [0, 0, 70, 0] }, { t: 1, xy: [150, 0, 80, 0] }],
      meters: [{ x: 30, y: 5, t: 0 }, { x: 60, y: 5, t: 0 }, { x: 90, y: 5, t: 1 }, { x: 120, y: 5, t: 1 }],
    };
    const cross = (coupling: boolean) => {
      const run = runPlcDetailed(makeInput(spec), { profile: plcProfile('plc-g3-cenelec-a', { crossTransformerCoupling: coupling }), settings: SETTINGS });
      const g = run.graph, net = run.result.meters.network;
      let n = 0;
      for (let u = 0; u < 4; u++) for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) {
        const v = g.targets[e];
        if ((v < 4 ? net[v] : run.placement.transformerIndex[v - 4]) !== net[u]) n++;
      }
      return n;
    };
    expect(cross(false)).toBe(0);
    expect(cross(true)).toBeGreaterThan(0);
  });

  it('explains unconnected meters: no transformer, no LV path, no concentrator, weak signal', () => {
    const input = makeInput({
      transformers: [{ x: 0, y: 0 }, { x: 5000, y: 0 }, { x: 9000, y: 0 }],
      feeders: [{ t: 0, xy: [0, 0, 100, 0] }, { t: 2, xy: [9000, 0, 13000, 0] }],
      meters: [{ x: 50, y: 3, t: -1 }, { x: 5050, y: 3, t: 1 }, { x: 12990, y: 3, t: 2 }, { x: 60, y: 3, t: 0 }],
      roads: [[20000, 0, 20100, 0]], // the only street is 15 km away: no synthesised route for transformer 1
      collectors: [{ x: 0, y: 0 }],
    });
    const run = runPlcDetailed(input, { profile: plcProfile(), settings: SETTINGS, presetOverrides: { cables: { 'lv-underground-cvt-60': { a0DbPerKm: 30, a1DbPerKm: 3, k: 0.5 } } } });
    const d = Array.from(run.result.meters.detail), r = Array.from(run.result.meters.reason);
    expect(d).toEqual([PLC_DETAIL.noTransformer, PLC_DETAIL.noLvPath, PLC_DETAIL.noConcentrator, PLC_DETAIL.ok]);
    expect(r[0]).toBe(REASON.noUsableLink);
    expect(r[1]).toBe(REASON.noUsableLink);
    expect(r[3]).toBe(REASON.routed);
    expect(run.result.concentratorSource).toBe('collectors');
    // the same long feeder with a concentrator at its transformer: too weak at 4 km of lossy cable
    const own = runPlcDetailed(input, { profile: plcProfile(), settings: SETTINGS, concentrators: 'transformers', presetOverrides: { cables: { 'lv-underground-cvt-60': { a0DbPerKm: 30, a1DbPerKm: 3, k: 0.5 } } } });
    expect(own.result.meters.detail[2]).toBe(PLC_DETAIL.weakSignal);
    // every detail is reported under its routing reason (or the router's own noUsableLink / noPath)
    for (const res of [run.result, own.result]) {
      res.meters.detail.forEach((d, i) => {
        const want = PLC_DETAIL_REASON[d];
        if (want >= 0) expect(res.meters.reason[i]).toBe(want);
        else expect([REASON.noUsableLink, REASON.noPath]).toContain(res.meters.reason[i]);
      });
    }
  });
});
