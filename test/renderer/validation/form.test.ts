import { describe, expect, it } from 'vitest';
import { fieldErrors, parseInput, tryEdit } from '../../../renderer/validation/form';
import { COST_FIELDS, PROFILE_FIELDS, SETTINGS_FIELDS } from '../../../renderer/validation/field-specs';
import { costAssumptionsSchema, defaultProfiles, simulationSettingsSchema, technologyProfileSchema } from '../../../workers/model';
import { smallTown } from '../fixture';

const spec = (list: typeof COST_FIELDS, key: string) => list.find((f) => f.key === key)!;

describe('form validation', () => {
  it('parses numbers, integers, percentages and optional blanks', () => {
    expect(parseInput(spec(COST_FIELDS, 'discountRate'), '4')).toEqual({ ok: true, value: 0.04 });
    expect(parseInput(spec(SETTINGS_FIELDS, 'seed'), '1.5')).toMatchObject({ ok: false });
    expect(parseInput(spec(SETTINGS_FIELDS, 'seed'), 'x')).toMatchObject({ ok: false, error: 'Enter a number' });
    const opt = PROFILE_FIELDS.star.find((f) => f.key === 'mclDb')!;
    expect(parseInput(opt, '')).toEqual({ ok: true, value: undefined });
  });

  it('puts schema errors on the edited field and keeps valid edits', () => {
    const p = smallTown();
    const bad = tryEdit(costAssumptionsSchema, p.costs, spec(COST_FIELDS, 'currency'), 'yen', COST_FIELDS);
    expect(bad).toMatchObject({ ok: false });
    expect((bad as { error: string }).error).toMatch(/ISO 4217/);
    const good = tryEdit(simulationSettingsSchema, p.settings, spec(SETTINGS_FIELDS, 'readSuccessTarget'), '99.9', SETTINGS_FIELDS);
    expect(good).toMatchObject({ ok: true });
    expect((good as { value: { readSuccessTarget: number } }).value.readSuccessTarget).toBeCloseTo(0.999, 12);
    const mesh = defaultProfiles()[0];
    const hop = tryEdit(technologyProfileSchema, mesh, PROFILE_FIELDS.mesh.find((f) => f.key === 'hopLimit')!, '500');
    expect(hop).toEqual({ ok: false, error: 'Must be at most 64' });
  });

  it('fieldErrors maps each issue to its top-level field', () => {
    const errs = fieldErrors(simulationSettingsSchema, { ...smallTown().settings, readsPerDay: 0, seed: -1 }, SETTINGS_FIELDS);
    expect(Object.keys(errs).sort()).toEqual(['readsPerDay', 'seed']);
  });
});
