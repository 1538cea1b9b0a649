import { describe, expect, it } from 'vitest';
import { applyLocale } from '../../../renderer/i18n/messages';
import { isPlanRunning, runPlanFromUi, stageLabel } from '../../../renderer/plan/run-controller';
import { createAppStore } from '../../../renderer/state/app-state';
import { createEmptyProject } from '../../../workers/model';
import { smallTown } from '../fixture';

describe('plan run controller', () => {
  it('refuses a project without meters with a clear error, leaving the document and history untouched', async () => {
    const doc = createEmptyProject();
    const store = createAppStore(doc);
    await runPlanFromUi(store);
    const s = store.getState();
    expect(s.plan.error).toBe('The project has no meters to plan.');
    expect(s.plan.job).toBeNull();
    expect(s.plan.entry).toBeNull();
    expect(s.doc).toBe(doc);
    expect(store.canUndo).toBe(false);
    expect(isPlanRunning()).toBe(false);
  });

  it('refuses a project without technology profiles', async () => {
    const store = createAppStore({ ...smallTown(), profiles: [] });
    await runPlanFromUi(store);
    expect(store.getState().plan.error).toMatch(/no technology profiles/);
  });

  it('translates known engine stages and passes unknown ones through', () => {
    expect(stageLabel('regional')).toBe('public networks and PLC');
    expect(stageLabel('something new')).toBe('something new');
    applyLocale('ja');
    try { expect(stageLabel('routing')).toBe('経路計算'); } finally { applyLocale('en'); }
  });
});
