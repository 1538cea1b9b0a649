import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileProject } from '../../../workers/engines/compile/compile-project';
import { createLocalProjection } from '../../../workers/engines/geo/local-projection';
import { CancelledError } from '../../../workers/engines/run-control';
import { createEmptyProject, INDOOR_CLASSES, readProjectFile, type Project } from '../../../workers/model';

const fixture = (() => {
  const r = readProjectFile(readFileSync(new URL('../../fixtures/project/v1-small-town.fanplan', import.meta.url)));
  if (!r.ok) throw r.error;
  return r.project;
})();

describe('compile Project → Scenario', () => {
  it('encodes meters as typed arrays in local metres that round-trip within 1 cm over 50 km', () => {
    const lonLat = fc.tuple(fc.double({ min: 139.0, max: 140.1, noNaN: true }), fc.double({ min: 35.3, max: 36.1, noNaN: true }));
    fc.assert(fc.property(fc.array(lonLat, { minLength: 2, maxLength: 50 }), (pts) => {
      const p: Project = { ...createEmptyProject(), meters: pts.map(([lon, lat], i) => ({ id: `m${i}`, lon, lat })) };
      const s = compileProject(p);
      const proj = createLocalProjection(s.origin.lon0Deg, s.origin.lat0Deg);
      for (let i = 0; i < pts.length; i++) {
        const [lon, lat] = proj.toLonLat(s.meters.xM[i], s.meters.yM[i]);
        const [x, y] = proj.toLocal(pts[i][0], pts[i][1]);
        expect(Math.hypot(x - s.meters.xM[i], y - s.meters.yM[i])).toBeLessThan(0.01);
        expect(Math.abs(lon - pts[i][0]) * 90_000 + Math.abs(lat - pts[i][1]) * 111_000).toBeLessThan(0.01);
      }
    }), { numRuns: 100 });
  });

  it('assigns meters to areas, encodes enums and resolves references', () => {
    const s = compileProject(fixture);
    expect(s.meters.count).toBe(520);
    expect(s.meters.xM).toBeInstanceOf(Float64Array);
    const inDense = Array.from(s.meters.areaIndex).filter((a) => a === 0).length;
    const inSub = Array.from(s.meters.areaIndex).filter((a) => a === 1).length;
    expect(inDense + inSub).toBeGreaterThan(500);
    expect(inDense).toBeGreaterThan(inSub);
    const i = fixture.meters.findIndex((m) => m.indoor === 'indoor');
    expect(INDOOR_CLASSES[s.meters.indoorCode[i]]).toBe('indoor');
    expect(s.meters.transformerIndex[0]).toBe(fixture.grid.transformers.findIndex((t) => t.id === fixture.meters[0].transformerId));
    expect(s.collectors.profileIndex[0]).toBe(fixture.profiles.findIndex((p) => p.id === fixture.collectors[0].profileId));
    expect(s.areas.rings[0][0].length).toBe(fixture.areas[0].polygon[0].length * 2);
  });

  it('reports progress and stops when cancelled', () => {
    const stages: string[] = [];
    compileProject(fixture, { progress: (p) => stages.push(p.stage) });
    expect(stages).toContain('compile');
    expect(() => compileProject(fixture, { isCancelled: () => true })).toThrow(CancelledError);
  });
});
