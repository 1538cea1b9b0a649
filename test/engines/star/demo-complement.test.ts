import { describe, expect, it } from 'vitest';
import { compileProject } from '../../../workers/engines/compile/compile-project';
import { generateDemoProject } from '../../../workers/engines/demo/generate';
import { runMesh } from '../../../workers/engines/mesh/run-mesh';
import { REASON } from '../../../workers/engines/routing';
import { runStar } from '../../../workers/engines/star';
import { AREA_CLASSES } from '../../../workers/model';

describe('star complements mesh on the demo region', () => {
  const demo = generateDemoProject({ seed: 2, meters: 10_000 });
  const s = compileProject(demo);
  const mesh = runMesh(s, { resilience: false }).run;
  const mountain = AREA_CLASSES.indexOf('mountainous'), rural = AREA_CLASSES.indexOf('rural');
  const orphans: number[] = [];
  for (let i = 0; i < s.meters.count; i++) {
    const c = s.areas.classCode[s.meters.areaIndex[i]];
    if ((c === mountain || c === rural) && mesh.perMeter.reason[i] !== REASON.routed) orphans.push(i);
  }

  it('mesh leaves orphans in the mountain valleys and farmland', () => {
    expect(orphans.length).toBeGreaterThan(300);
  });

  for (const profileId of ['star-private-280', 'star-lte-m']) {
    it(`${profileId} on an operator hex grid covers most of those orphans`, () => {
      const star = runStar(s, { profileId, sites: 'hex' });
      const covered = orphans.filter((i) => star.meters.dailyReadSuccess[i] >= 0.9).length;
      expect(covered / orphans.length).toBeGreaterThan(0.8);
    });
  }
});
