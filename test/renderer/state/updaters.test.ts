import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextId, updaters } from '../../../renderer/state/updaters';
import { readProjectFile, projectSchema } from '../../../workers/model';

const project = (() => {
  const r = readProjectFile(readFileSync(new URL('../../fixtures/project/v1-small-town.fanplan', import.meta.url)));
  if (!r.ok) throw r.error;
  return r.project;
})();

describe('project updaters', () => {
  it('are pure: inputs are never mutated and results stay valid projects', () => {
    const before = JSON.stringify(project);
    const a = updaters.addMeter(project, { id: 'new', lon: 139.47, lat: 35.755 });
    const b = updaters.moveEntities(a, 'meter', new Map([['new', [139.471, 35.756]]]));
    const c = updaters.deleteEntities(b, [{ kind: 'transformer', id: 'T1' }, { kind: 'collector', id: 'C1' }]);
    expect(JSON.stringify(project)).toBe(before);
    expect(c.meters.at(-1)).toEqual({ id: 'new', lon: 139.471, lat: 35.756 });
    expect(c.grid.feeders.some((f) => f.transformerId === 'T1')).toBe(false);
    expect(c.collectors.some((x) => x.id === 'C1')).toBe(false);
    expect(projectSchema.safeParse(c).success).toBe(true);
  });

  it('return the same object when nothing changes (so no undo step is recorded)', () => {
    expect(updaters.moveEntities(project, 'meter', new Map([['nope', [0, 0]]]))).toBe(project);
    expect(updaters.deleteEntities(project, [])).toBe(project);
    expect(updaters.renameProject(project, project.meta.name)).toBe(project);
  });

  it('share unchanged arrays (structural sharing keeps history cheap)', () => {
    const moved = updaters.moveEntities(project, 'collector', new Map([['C1', [139.5, 35.8]]]));
    expect(moved.meters).toBe(project.meters);
    expect(moved.collectors).not.toBe(project.collectors);
    expect(moved.collectors[1]).toBe(project.collectors[1]);
  });

  it('nextId avoids collisions', () => {
    expect(nextId('M', [{ id: 'M-3' }, { id: 'M-10' }, { id: 'x' }])).toBe('M-11');
    expect(nextId('C', [])).toBe('C-1');
  });
});
