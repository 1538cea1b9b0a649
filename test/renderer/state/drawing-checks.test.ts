import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../renderer/commands';
import type { Platform } from '../../../renderer/platform';
import { createAppStore } from '../../../renderer/state/app-state';
import { closeRing, ringSelfIntersects } from '../../../renderer/state/area-updaters';
import { addDraftVertex, finishDraft, onGestureCancel, undoDraftVertex } from '../../../renderer/state/tool-actions';
import { updaters } from '../../../renderer/state/updaters';
import { smallTown } from '../fixture';

const noPlatform = {} as Platform;
const square: [number, number][] = [[139.46, 35.75], [139.47, 35.75], [139.47, 35.76], [139.46, 35.76]];
/** The same four corners in bow-tie order: edges 1 and 3 cross. */
const bowtie: [number, number][] = [[139.46, 35.75], [139.47, 35.76], [139.47, 35.75], [139.46, 35.76]];

describe('self-intersecting areas', () => {
  it('detects crossing outlines', () => {
    expect(ringSelfIntersects(closeRing(square)!)).toBe(false);
    expect(ringSelfIntersects(closeRing(bowtie)!)).toBe(true);
    expect(ringSelfIntersects(closeRing(square.slice(0, 3))!)).toBe(false);
  });

  it('finishing a crossing draft is refused with a message; the draft stays and can be fixed', () => {
    const store = createAppStore(smallTown());
    runCommand(store, noPlatform, 'tool:draw-area');
    for (const v of bowtie) addDraftVertex(store, v);
    const areas = store.getState().doc.areas.length;
    expect(finishDraft(store)).toBeNull();
    let s = store.getState();
    expect(s.doc.areas).toHaveLength(areas);
    expect(s.draft).toEqual(bowtie);
    expect(s.notice?.title).toBe('The area’s outline crosses itself');
    expect(store.canUndo).toBe(false);
    store.set({ notice: null });
    // fix it: drop the last two vertices and go round the other way
    undoDraftVertex(store); undoDraftVertex(store);
    addDraftVertex(store, [139.46, 35.76]);
    expect(finishDraft(store)).not.toBeNull();
    s = store.getState();
    expect(s.doc.areas).toHaveLength(areas + 1);
    expect(s.draft).toBeNull();
    expect(s.notice).toBeNull();
  });

  it('vertex edits that would cross the outline leave the project unchanged', () => {
    const p = updaters.addArea(smallTown(), { id: 'A9', name: 'x', class: 'rural', medium: 'auto', polygon: [closeRing(square)!] });
    // moving corner 1 across the opposite edge makes a bow tie
    expect(updaters.moveAreaVertex(p, 'A9', 1, [139.45, 35.755])).toBe(p);
    expect(updaters.moveAreaVertex(p, 'A9', 1, [139.475, 35.745])).not.toBe(p);
    // a notched pentagon: dropping corner 1 makes the chord (0,0)→(10,10) cut through the notch's edge
    const notched = updaters.addArea(smallTown(), { id: 'N', name: 'n', class: 'rural', medium: 'auto', polygon: [closeRing([[0, 0], [10, 0], [10, 10], [5, 2], [0, 10]])!] });
    expect(updaters.removeAreaVertex(notched, 'N', 1)).toBe(notched);
    expect(updaters.removeAreaVertex(notched, 'N', 3)).not.toBe(notched); // dropping the notch is fine
    expect(updaters.insertAreaVertex(p, 'A9', 2, [139.45, 35.755])).toBe(p); // a spike through the opposite edge
  });
});

describe('Esc during a box or lasso drag', () => {
  it('cancels the drag first and leaves selection and tool alone', () => {
    const store = createAppStore(smallTown());
    runCommand(store, noPlatform, 'tool:lasso');
    store.set({ selection: [{ kind: 'meter', id: store.getState().doc.meters[0].id }] });
    let dragging = true;
    const off = onGestureCancel(store, () => { const was = dragging; dragging = false; return was; });
    runCommand(store, noPlatform, 'escape');
    expect(dragging).toBe(false);
    expect(store.getState().tool).toBe('lasso');
    expect(store.getState().selection).toHaveLength(1);
    // no drag in progress: Esc behaves as before
    runCommand(store, noPlatform, 'escape');
    expect(store.getState().tool).toBe('select');
    expect(store.getState().selection).toHaveLength(0);
    off();
  });
});
