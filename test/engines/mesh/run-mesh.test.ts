import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProject } from '../../../workers/engines/compile/compile-project';
import { generateDemoProject } from '../../../workers/engines/demo/generate';
import { explainMeshReason } from '../../../workers/engines/mesh/mesh-results';
import { runMesh, updateMeshForCollector } from '../../../workers/engines/mesh/run-mesh';
import { REASON } from '../../../workers/engines/routing';
import { AREA_CLASSES, createEmptyProject, INDOOR_CLASSES, type MeshProfile, type Project } from '../../../workers/model';

const demo = generateDemoProject({ seed: 2, meters: 10_000 });

function randomProject(points: [number, number][], collectors: [number, number][], txDelta = 0, maxNeighbours?: number): Project {
  const p = createEmptyProject('random');
  const dLon = 1 / 90_000, dLat = 1 / 111_000;
  return {
    ...p,
    profiles: p.profiles.map((x) => (x.medium === 'mesh' ? { ...x, txPowerDbm: x.txPowerDbm + txDelta, ...(maxNeighbours ? { maxNeighbours } : {}) } : x)),
    meters: points.map(([x, y], i) => ({ id: `m${i}`, lon: 139.5 + x * dLon, lat: 35.7 + y * dLat })),
    collectors: collectors.map(([x, y], i) => ({ id: `c${i}`, lon: 139.5 + x * dLon, lat: 35.7 + y * dLat, heightM: 10, medium: 'mesh' as const, profileId: 'mesh-wisun-jp' })),
  };
}

describe('RF mesh engine on the demo region', () => {
  const s = compileProject(demo);
  const { run } = runMesh(s);
  const share = (cls: string, pred: (i: number) => boolean) => {
    const a = AREA_CLASSES.indexOf(cls as never);
    let n = 0, k = 0;
    for (let i = 0; i < s.meters.count; i++) if (s.areas.classCode[s.meters.areaIndex[i]] === a) { n++; if (pred(i)) k++; }
    return k / n;
  };

  it('serves dense and suburban housing, with realistic hop counts', () => {
    expect(share('dense-residential', (i) => run.perMeter.reason[i] === REASON.routed)).toBeGreaterThan(0.99);
    expect(share('suburban', (i) => run.perMeter.reason[i] === REASON.routed)).toBeGreaterThan(0.99);
    const hops = Array.from(run.perMeter.hops).filter((h) => h > 0);
    expect(Math.max(...hops)).toBeLessThanOrEqual((demo.profiles.find((p) => p.medium === 'mesh') as MeshProfile).hopLimit);
    expect(hops.reduce((a, b) => a + b, 0) / hops.length).toBeGreaterThan(1.5);
    expect(hops.reduce((a, b) => a + b, 0) / hops.length).toBeLessThan(8);
  });

  it('leaves physically isolated meters unconnected, each with a reason', () => {
    expect(share('underground', (i) => run.perMeter.reason[i] !== REASON.routed)).toBeGreaterThan(0.8);
    // meter rooms and basements of high-rise blocks: +20 dB over the P.2109 entry loss
    const inMeterRoom = (i: number) => ['meter-room', 'basement'].includes(INDOOR_CLASSES[s.meters.indoorCode[i]]);
    let rooms = 0, roomOrphans = 0;
    for (let i = 0; i < s.meters.count; i++) if (inMeterRoom(i)) { rooms++; if (run.perMeter.reason[i] !== REASON.routed) roomOrphans++; }
    expect(rooms).toBeGreaterThan(500);
    expect(roomOrphans / rooms).toBeGreaterThan(0.5);
    for (let i = 0; i < s.meters.count; i++) {
      if (run.perMeter.reason[i] === REASON.routed) continue;
      expect(run.perMeter.collector[i]).toBe(-1);
      expect(run.perMeter.dailyReadSuccess[i]).toBe(0);
      expect(explainMeshReason(run.perMeter.reason[i], run.perMeter.marginDb[i], 24)).not.toMatch(/^connected|unknown/);
    }
  });

  it('a collector move, applied incrementally, equals a full run', () => {
    const { state } = runMesh(s);
    const c = 3;
    const moved = { ...demo, collectors: demo.collectors.map((x, i) => (i === c ? { ...x, lon: x.lon + 0.002, lat: x.lat - 0.0015 } : x)) };
    const s2 = compileProject(moved);
    const inc = updateMeshForCollector(s2, state, c).run;
    const full = runMesh(s2, { resilience: false }).run;
    expect(inc.mode).toBe('incremental');
    expect(inc.edgeCount).toBe(full.edgeCount);
    for (const k of ['collector', 'parent', 'hops', 'reason'] as const) expect(Array.from(inc.perMeter[k])).toEqual(Array.from(full.perMeter[k]));
    for (let i = 0; i < s2.meters.count; i++) {
      expect(inc.perMeter.pathEtx[i]).toBeCloseTo(full.perMeter.pathEtx[i], 5);
      expect(inc.perMeter.dailyReadSuccess[i]).toBeCloseTo(full.perMeter.dailyReadSuccess[i], 6);
    }
  });

  it('reports N-1 outages and single points of failure', () => {
    expect(run.resilience?.outages).toHaveLength(run.collectorIds.length);
    expect(run.resilience!.outages.some((o) => o.lost + o.rehomed > 0)).toBe(true);
  });
});

describe('RF mesh engine properties', () => {
  const pts = fc.array(fc.tuple(fc.double({ min: 0, max: 1500, noNaN: true }), fc.double({ min: 0, max: 1500, noNaN: true })), { minLength: 5, maxLength: 60 });
  const site = fc.tuple(fc.double({ min: 0, max: 1500, noNaN: true }), fc.double({ min: 0, max: 1500, noNaN: true }));

  it('adding a collector never disconnects a meter nor raises its path ETX', () => {
    fc.assert(fc.property(pts, site, site, (meters, c1, c2) => {
      const a = runMesh(compileProject(randomProject(meters, [c1])), { resilience: false }).run.perMeter;
      const b = runMesh(compileProject(randomProject(meters, [c1, c2])), { resilience: false }).run.perMeter;
      for (let i = 0; i < meters.length; i++) {
        if (a.reason[i] !== REASON.routed) continue;
        expect(b.reason[i]).toBe(REASON.routed);
        expect(b.pathEtx[i]).toBeLessThanOrEqual(a.pathEtx[i] + 1e-6);
      }
    }), { numRuns: 25 });
  });

  it('more transmit power never disconnects a meter nor raises its path ETX (no best-k truncation)', () => {
    fc.assert(fc.property(pts, site, fc.double({ min: 1, max: 10, noNaN: true }), (meters, c1, extraDb) => {
      const a = runMesh(compileProject(randomProject(meters, [c1], 0, 128)), { resilience: false }).run.perMeter;
      const b = runMesh(compileProject(randomProject(meters, [c1], extraDb, 128)), { resilience: false }).run.perMeter;
      for (let i = 0; i < meters.length; i++) {
        if (a.reason[i] !== REASON.routed) continue;
        expect(b.reason[i]).toBe(REASON.routed);
        expect(b.pathEtx[i]).toBeLessThanOrEqual(a.pathEtx[i] + 1e-5);
      }
    }), { numRuns: 25 });
  });
});
