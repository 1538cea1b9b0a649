import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../renderer/commands';
import type { Platform } from '../../../renderer/platform';
import { createAppStore } from '../../../renderer/state/app-state';
import { addDraftVertex, focusArea, placementProfile, setTool } from '../../../renderer/state/tool-actions';
import { smallTown } from '../fixture';

const noPlatform = {} as Platform;

describe('tool actions and commands', () => {
  it('draws an area: Enter adds it as one undo step and selects it; Escape cancels a draft', () => {
    const store = createAppStore(smallTown());
    runCommand(store, noPlatform, 'tool:draw-area');
    addDraftVertex(store, [139.46, 35.75]);
    addDraftVertex(store, [139.47, 35.75]);
    runCommand(store, noPlatform, 'enter');
    expect(store.getState().doc.areas).toHaveLength(2);
    addDraftVertex(store, [139.47, 35.76]);
    addDraftVertex(store, [139.46, 35.76]);
    runCommand(store, noPlatform, 'delete');
    expect(store.getState().draft).toHaveLength(3);
    runCommand(store, noPlatform, 'enter');
    const s = store.getState();
    expect(s.doc.areas).toHaveLength(3);
    expect(s.selection).toEqual([{ kind: 'area', id: s.doc.areas[2].id }]);
    expect(s.draft).toBeNull();
    store.undo();
    expect(store.getState().doc.areas).toHaveLength(2);
    addDraftVertex(store, [139.46, 35.75]);
    runCommand(store, noPlatform, 'escape');
    expect(store.getState().draft).toBeNull();
    expect(store.getState().tool).toBe('draw-area');
    runCommand(store, noPlatform, 'escape');
    expect(store.getState().tool).toBe('select');
  });

  it('leaving the area tool drops the draft; focusArea selects and requests a frame', () => {
    const store = createAppStore(smallTown());
    setTool(store, 'draw-area');
    addDraftVertex(store, [139.46, 35.75]);
    setTool(store, 'select');
    expect(store.getState().draft).toBeNull();
    focusArea(store, 'A2');
    expect(store.getState().selection).toEqual([{ kind: 'area', id: 'A2' }]);
    expect(store.getState().focus?.seq).toBe(1);
    expect(store.canUndo).toBe(false);
  });

  it('placementProfile keeps the chosen profile of the medium, else the first', () => {
    const p = smallTown();
    const stars = p.profiles.filter((x) => x.medium === 'star');
    expect(placementProfile(p, 'star', null)).toBe(stars[0].id);
    expect(placementProfile(p, 'star', stars[1].id)).toBe(stars[1].id);
    expect(placementProfile(p, 'mesh', stars[1].id)).toBe('mesh-wisun-jp');
  });

  it('delete removes the selection in one undo step; language and layer commands do not touch history', () => {
    const store = createAppStore(smallTown());
    store.set({ selection: [{ kind: 'meter', id: store.getState().doc.meters[0].id }, { kind: 'collector', id: 'C1' }] });
    runCommand(store, noPlatform, 'delete');
    expect(store.getState().selection).toEqual([]);
    runCommand(store, noPlatform, 'view:toggle-sites');
    expect(store.getState().layers.sites).toBe(false);
    runCommand(store, noPlatform, 'lang:ja');
    expect(store.getState().locale).toBe('ja');
    runCommand(store, noPlatform, 'lang:en');
    store.undo();
    expect(store.getState().doc.collectors.some((c) => c.id === 'C1')).toBe(true);
    expect(store.canUndo).toBe(false);
  });
});
