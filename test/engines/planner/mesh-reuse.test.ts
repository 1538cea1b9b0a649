import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileProject } from '../../../workers/engines/compile/compile-project';
import { generateDemoProject } from '../../../workers/engines/demo';
import { candidateSites, evaluateMesh, meshGraphBuilder, metersByArea, subScenario, withCollectorsAt } from '../../../workers/engines/planner';
import type { MeshProfile } from '../../../workers/model';

const s = compileProject(generateDemoProject({ seed: 6, meters: 3000 }));
const profile = s.profiles.find((p) => p.id === 'mesh-wisun-jp') as MeshProfile;
const pi = s.profiles.indexOf(profile);

describe('mesh link reuse across layouts (planner)', () => {
  for (const areaId of ['area-dense-residential', 'area-high-rise', 'area-mountainous']) {
    it(`gives exactly the full build's results on ${areaId} for random collector sets`, () => {
      const sub = subScenario(s, metersByArea(s)[s.areas.ids.indexOf(areaId)]);
      const all = Int32Array.from({ length: sub.meters.count }, (_, i) => i);
      const cand = candidateSites(sub, all, profile.maxRangeM, profile.maxRangeM / 4).sites;
      expect(cand.length).toBeGreaterThan(2);
      const links = meshGraphBuilder(sub, profile.id);
      fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: cand.length - 1 }), { minLength: 1, maxLength: Math.min(12, cand.length) }), (pick) => {
        const layout = withCollectorsAt(sub, pick.map((k) => cand[k]), 'mesh', pi);
        const reused = evaluateMesh(layout, profile.id, {}, undefined, links);
        const full = evaluateMesh(layout, profile.id);
        expect(Array.from(reused.collector)).toEqual(Array.from(full.collector));
        expect(Array.from(reused.hops)).toEqual(Array.from(full.hops));
        expect(Array.from(reused.dailyReadSuccess)).toEqual(Array.from(full.dailyReadSuccess));
      }), { numRuns: 8, seed: 11 });
    });
  }

  it('also matches with link-model overrides (sigma offset, indoor losses)', () => {
    const sub = subScenario(s, metersByArea(s)[s.areas.ids.indexOf('area-high-rise')]);
    const all = Int32Array.from({ length: sub.meters.count }, (_, i) => i);
    const cand = candidateSites(sub, all, profile.maxRangeM, profile.maxRangeM / 4).sites;
    const over = { sigmaDeltaDb: 2, indoor: { meterRoomExtraLossDb: 5 } };
    const layout = withCollectorsAt(sub, Array.from(cand).slice(0, 5), 'mesh', pi);
    const reused = evaluateMesh(layout, profile.id, over, undefined, meshGraphBuilder(sub, profile.id, over));
    expect(Array.from(reused.dailyReadSuccess)).toEqual(Array.from(evaluateMesh(layout, profile.id, over).dailyReadSuccess));
  });
});
