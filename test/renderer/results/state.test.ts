import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/state/app-state';
import { autoRerunOn, isDrawable, isStale, mediaWithResults, setResults, shownEntry } from '../../../renderer/results/state';
import type { MediumEntry } from '../../../renderer/results/types';
import { summarise } from '../../../renderer/results/summary';
import { smallTown } from '../fixture';
import type { Project } from '../../../workers/model';

function entry(doc: Project, medium: MediumEntry['medium'] = 'mesh'): MediumEntry {
  const n = doc.meters.length;
  const meters = {
    count: n, simulated: n, serverIds: ['C1'],
    dailyReadSuccess: new Float32Array(n).fill(0.99), hops: new Float32Array(n).fill(2), marginDb: new Float32Array(n).fill(5),
    reason: new Uint8Array(n), connected: new Uint8Array(n).fill(1), server: new Int32Array(n), parent: new Int32Array(n).fill(n),
  };
  return { medium, key: 'k', doc, scope: { kind: 'project' }, mode: 'full', meters, loads: [], warnings: [], elapsedMs: 1, finishedAt: 0 };
}

describe('result state', () => {
  it('stores results without recording undo history', () => {
    const store = createAppStore(smallTown());
    setResults(store, { mesh: entry(store.getState().doc) });
    expect(store.canUndo).toBe(false);
    expect(mediaWithResults(store.getState().results)).toEqual(['mesh']);
    expect(shownEntry(store.getState())?.medium).toBe('mesh');
  });

  it('marks results stale on any document change, and undrawable when meters are added or deleted', () => {
    const store = createAppStore(smallTown());
    const doc = store.getState().doc;
    const e = entry(doc);
    expect(isStale(e, doc)).toBe(false);
    store.edit((p) => ({ ...p, collectors: p.collectors.map((c, i) => (i === 0 ? { ...c, lon: c.lon + 0.001 } : c)) }));
    const moved = store.getState().doc;
    expect(isStale(e, moved)).toBe(true);
    expect(isDrawable(e, moved)).toBe(true);
    store.edit((p) => ({ ...p, meters: p.meters.slice(1) }));
    expect(isDrawable(e, store.getState().doc)).toBe(false);
  });

  it('turns auto re-run on by default only up to 100k meters, and the user choice wins', () => {
    const store = createAppStore(smallTown());
    const r = store.getState().results;
    const doc = store.getState().doc;
    expect(autoRerunOn(r, doc)).toBe(true);
    const big = { ...doc, meters: Array.from({ length: 100_001 }, (_, i) => ({ id: `m${i}`, lon: 139, lat: 35 })) } as Project;
    expect(autoRerunOn(r, big)).toBe(false);
    expect(autoRerunOn({ ...r, autoRerun: true }, big)).toBe(true);
    expect(autoRerunOn({ ...r, autoRerun: false }, doc)).toBe(false);
  });

  it('summarises only simulated meters', () => {
    const doc = smallTown();
    const e = entry(doc);
    e.meters.reason[0] = 255;
    e.meters.connected[1] = 0;
    e.meters.dailyReadSuccess[1] = 0;
    const s = summarise(e.meters);
    expect(s.meters).toBe(doc.meters.length - 1);
    expect(s.connectedShare).toBeCloseTo((doc.meters.length - 2) / (doc.meters.length - 1));
    expect(s.p5Success).toBeCloseTo(0.99);
    expect(s.servers).toBe(1);
  });
});
