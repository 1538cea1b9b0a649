import { describe, expect, it } from 'vitest';
import { applyPatch, commonValue } from '../../../renderer/state/multi-edit';
import { createAppStore } from '../../../renderer/state/app-state';
import { updaters } from '../../../renderer/state/updaters';
import { projectSchema } from '../../../workers/model';
import { smallTown } from '../fixture';

describe('multi-edit', () => {
  it('commonValue reports same, mixed or none', () => {
    expect(commonValue([{ a: 1 }, { a: 1 }], 'a')).toEqual({ kind: 'same', value: 1 });
    expect(commonValue([{ a: 1 }, { a: 2 }], 'a')).toEqual({ kind: 'mixed' });
    expect(commonValue<{ a?: number }, 'a'>([{}, {}], 'a')).toEqual({ kind: 'same', value: undefined });
    expect(commonValue<{ a: number }, 'a'>([], 'a')).toEqual({ kind: 'none' });
  });

  it('applyPatch sets, removes with null, and keeps the object when nothing changes', () => {
    const o: { a: number; b?: string } = { a: 1, b: 'x' };
    expect(applyPatch(o, { a: 1 })).toBe(o);
    expect(applyPatch(o, { b: null })).toEqual({ a: 1 });
    expect(applyPatch(o, { a: 2, b: undefined })).toEqual({ a: 2, b: 'x' });
    expect(o).toEqual({ a: 1, b: 'x' });
  });

  it('sets indoor class and floor on 200 meters in one undo step, leaving the others alone', () => {
    const p = smallTown();
    const store = createAppStore(p);
    const ids = p.meters.slice(0, 200).map((m) => m.id);
    store.edit((d) => updaters.updateMeters(d, ids, { indoor: 'basement', floor: -1 }));
    const s = store.getState().doc;
    expect(s.meters.slice(0, 200).every((m) => m.indoor === 'basement' && m.floor === -1)).toBe(true);
    expect(s.meters.slice(200)).toEqual(p.meters.slice(200));
    expect(s.meters[250]).toBe(p.meters[250]);
    expect(projectSchema.safeParse(s).success).toBe(true);
    store.undo();
    expect(store.getState().doc).toBe(p);
    expect(updaters.updateMeters(p, [], { floor: 2 })).toBe(p);
    const cleared = updaters.updateMeters(updaters.updateMeters(p, ids, { floor: 3 }), ids, { floor: null });
    expect(cleared.meters.slice(0, 200).every((m) => !('floor' in m) || m.floor === p.meters.find((x) => x.id === m.id)?.floor)).toBe(true);
  });

  it('a collector profile change sets medium and profile together (the project stays valid)', () => {
    const p = smallTown();
    const star = p.profiles.find((x) => x.medium === 'star')!;
    const ids = p.collectors.map((c) => c.id);
    const a = updaters.setCollectorProfile(p, ids, star.id);
    expect(a.collectors.every((c) => c.medium === 'star' && c.profileId === star.id)).toBe(true);
    expect(projectSchema.safeParse(a).success).toBe(true);
    expect(updaters.setCollectorProfile(p, ids, 'nope')).toBe(p);
  });

  it('sets class and medium on several areas', () => {
    const p = smallTown();
    const a = updaters.updateAreas(p, ['A1', 'A2'], { class: 'high-rise', medium: 'plc', readSuccessTarget: 0.99 });
    expect(a.areas.every((x) => x.class === 'high-rise' && x.medium === 'plc' && x.readSuccessTarget === 0.99)).toBe(true);
    expect(projectSchema.safeParse(a).success).toBe(true);
  });
});
