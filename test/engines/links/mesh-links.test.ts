import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endLossesDb } from '../../../workers/engines/links/end-loss';
import { rfLinkDefaults } from '../../../workers/engines/links/link-defaults';
import type { LinkGraph } from '../../../workers/engines/links/link-graph';
import { buildMeshLinks, type MeshLinkInput } from '../../../workers/engines/links/mesh-links';
import { PathLossTable } from '../../../workers/engines/links/path-loss-table';
import { defaultIndoorParams } from '../../../workers/engines/propagation/presets';
import { defaultPropagationRegistry } from '../../../workers/engines/propagation/registry';
import { AREA_CLASSES, defaultProfiles, INDOOR_CLASSES, type MeshProfile } from '../../../workers/model';

const registry = defaultPropagationRegistry();
const profile = defaultProfiles().find((p) => p.medium === 'mesh') as MeshProfile;
const sigma = Object.fromEntries(AREA_CLASSES.map((c) => [c, 6.6])) as Record<(typeof AREA_CLASSES)[number], number>;

function lineInput(n: number, spacingM: number, indoor = 0): MeshLinkInput {
  return {
    meters: { count: n, xM: Float64Array.from({ length: n }, (_, i) => i * spacingM), yM: new Float64Array(n), heightM: new Float32Array(n).fill(1.5), floor: new Int16Array(n), indoorCode: new Uint8Array(n).fill(indoor), areaIndex: new Int32Array(n) },
    collectors: { count: 1, xM: Float64Array.of(-spacingM), yM: new Float64Array(1), heightM: Float32Array.of(10) },
    areaClassCode: Uint8Array.of(0),
  };
}

const build = (input: MeshLinkInput, p: MeshProfile = profile) =>
  buildMeshLinks(input, { profile: p, registry, sigmaDbByClass: sigma, outsideAreaClass: 'suburban', indoorSigmaDb: 4, indoor: defaultIndoorParams(), defaults: rfLinkDefaults() });

function edgeMap(g: LinkGraph): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < g.nodeCount; i++) for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) m.set(`${i}>${g.targets[e]}`, g.etx[e]);
  return m;
}

describe('mesh link graph', () => {
  it('keeps only links with ETX ≤ 4, never duplicates, and ETX ≥ 1', () => {
    const g = build(lineInput(60, 40)).graph;
    const seen = new Set<string>();
    for (let i = 0; i < g.nodeCount; i++) {
      for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) {
        expect(g.etx[e]).toBeGreaterThanOrEqual(1);
        expect(g.etx[e]).toBeLessThanOrEqual(4);
        const key = `${i}>${g.targets[e]}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
    expect(seen.size).toBeGreaterThan(60);
  });

  it('links the collector to its nearest meters, and nearer links have lower ETX', () => {
    const r = build(lineInput(40, 60));
    const m = edgeMap(r.graph);
    expect(m.has('0>40')).toBe(true);
    expect(m.get('0>1')!).toBeLessThanOrEqual(m.get('0>3') ?? Infinity);
  });

  it('caps neighbours at the profile maximum for a 300-meter block at one spot', () => {
    const n = 300;
    const input: MeshLinkInput = {
      meters: { count: n, xM: new Float64Array(n), yM: new Float64Array(n), heightM: Float32Array.from({ length: n }, (_, i) => 1.5 + 3 * Math.floor(i / 10)), floor: Int16Array.from({ length: n }, (_, i) => Math.floor(i / 10)), indoorCode: new Uint8Array(n).fill(INDOOR_CLASSES.indexOf('indoor')), areaIndex: new Int32Array(n) },
      collectors: { count: 1, xM: Float64Array.of(80), yM: new Float64Array(1), heightM: Float32Array.of(10) },
      areaClassCode: Uint8Array.of(AREA_CLASSES.indexOf('high-rise')),
    };
    const g = build(input).graph;
    // each node selects ≤ k neighbours; symmetric additions from others can at most double that
    let maxDeg = 0;
    for (let i = 0; i < n; i++) maxDeg = Math.max(maxDeg, g.offsets[i + 1] - g.offsets[i]);
    expect(maxDeg).toBeLessThanOrEqual(2 * profile.maxNeighbours + 1);
    expect(g.targets.length).toBeLessThan(n * 2 * profile.maxNeighbours + 1);
  });

  it('more transmit power never raises a link ETX nor removes a link (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 5, max: 40 }), fc.double({ min: 20, max: 150, noNaN: true }), fc.double({ min: 0.5, max: 10, noNaN: true }), (n, spacing, extraDb) => {
      const input = lineInput(n, spacing);
      const a = edgeMap(build(input).graph);
      const b = edgeMap(build(input, { ...profile, txPowerDbm: profile.txPowerDbm + extraDb }).graph);
      for (const [key, etx] of a) if (b.has(key)) expect(b.get(key)!).toBeLessThanOrEqual(etx + 1e-6);
      const degree = (m: Map<string, number>, i: number) => [...m.keys()].filter((k) => k.startsWith(`${i}>`)).length;
      for (let i = 0; i <= n; i++) expect(degree(b, i)).toBeGreaterThanOrEqual(Math.min(degree(a, i), profile.maxNeighbours));
    }), { numRuns: 25 });
  });

  it('indoor and basement meters lose more than outdoor ones; P.2109 median at 920 MHz is 14.3 dB', () => {
    const codes = Uint8Array.from(['outdoor', 'indoor', 'basement', 'underground', 'meter-room'].map((c) => INDOOR_CLASSES.indexOf(c as never)));
    const l = endLossesDb(codes, new Int16Array(5), { freqMHz: 920, indoor: defaultIndoorParams(), buildingType: 'traditional', entryLossProbability: 0.5 });
    expect(l[0]).toBe(0);
    expect(l[1]).toBeCloseTo(14.3, 1); // DOMAIN-PARAMETERS §4, DERIVED from P.2109
    expect(l[2]).toBeCloseTo(14.3 + 20, 1);
    expect(l[3]).toBe(40);
    expect(l[4]).toBeCloseTo(34.3, 1);
  });

  it('the path-loss table interpolates within 0.01 dB of direct evaluation', () => {
    const t = new PathLossTable(registry, 'p1411-urban', { freqMHz: 920, txHeightM: 1.5, rxHeightM: 1.5 }, 1, 600);
    for (let d = 1.3; d < 600; d *= 1.37) {
      const r = registry.evaluate('p1411-urban', { freqMHz: 920, distanceKm: d / 1000, txHeightM: 1.5, rxHeightM: 1.5 });
      expect(r.ok).toBe(true);
      if (r.ok) expect(Math.abs(t.at(d) - r.lossDb)).toBeLessThan(0.01);
    }
  });
});
