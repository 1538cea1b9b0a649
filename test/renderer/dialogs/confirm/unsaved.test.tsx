// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../../../renderer/commands';
import { ConfirmHost } from '../../../../renderer/dialogs/confirm/ConfirmHost';
import { confirmReplaceDocument } from '../../../../renderer/dialogs/confirm/unsaved';
import { createAppStore, isDirty } from '../../../../renderer/state/app-state';
import { updaters } from '../../../../renderer/state/updaters';
import { smallTown } from '../../fixture';
import { memoryPlatform } from '../../recovery/memory-platform';

afterEach(cleanup);

function dirtyStore() {
  const p = smallTown();
  const store = createAppStore(p);
  store.set({ fileName: 'tama.fanplan' });
  store.edit((d) => updaters.addMeter(d, { id: 'new-1', lon: 139.47, lat: 35.75 }));
  return store;
}
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('unsaved-changes prompt (jsdom)', () => {
  it('asks nothing when there are no unsaved changes', async () => {
    render(<ConfirmHost />);
    expect(await confirmReplaceDocument(createAppStore(smallTown()), memoryPlatform())).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks "Save changes to <name>?" with Save focused; Cancel and Esc keep the document', async () => {
    render(<ConfirmHost />);
    const store = dirtyStore();
    const doc = store.getState().doc;
    const answer = confirmReplaceDocument(store, memoryPlatform());
    await flush();
    const dialog = screen.getByTestId('confirm-unsaved');
    expect(dialog.textContent).toContain('Save changes to tama.fanplan?');
    expect(document.activeElement?.getAttribute('data-choice')).toBe('save'); // Enter picks Save
    fireEvent.click(screen.getByText('Cancel'));
    expect(await answer).toBe(false);
    const again = confirmReplaceDocument(store, memoryPlatform());
    await flush();
    fireEvent.keyDown(screen.getByTestId('confirm-unsaved'), { key: 'Escape' });
    expect(await again).toBe(false);
    expect(store.getState().doc).toBe(doc);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Save saves first (a failed save cancels the replacement); Don\'t save goes on', async () => {
    render(<ConfirmHost />);
    const store = dirtyStore();
    const platform = memoryPlatform();
    platform.saveResult = 'error';
    let answer = confirmReplaceDocument(store, platform);
    await flush();
    fireEvent.click(screen.getByText('Save'));
    expect(await answer).toBe(false);
    expect(isDirty(store.getState())).toBe(true);
    platform.saveResult = 'saved';
    answer = confirmReplaceDocument(store, platform);
    await flush();
    fireEvent.click(screen.getByText('Save'));
    expect(await answer).toBe(true);
    expect(Object.keys(platform.saved)).toEqual(['tama.fanplan']);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('File › New empty with unsaved changes: Cancel keeps the project, Don\'t save replaces it', async () => {
    render(<ConfirmHost />);
    const store = dirtyStore();
    const platform = memoryPlatform();
    const meters = store.getState().doc.meters.length;
    runCommand(store, platform, 'file:new-empty');
    await flush();
    fireEvent.click(screen.getByText('Cancel'));
    await flush();
    expect(store.getState().doc.meters).toHaveLength(meters);
    runCommand(store, platform, 'file:new-empty');
    await flush();
    fireEvent.click(screen.getByText('Don’t save'));
    await flush();
    expect(store.getState().doc.meters).toHaveLength(0);
    expect(platform.calls).toContain('newDocument');
    expect(Object.keys(platform.saved)).toEqual([]);
  });

  it('File › Open with unsaved changes asks before the file picker', async () => {
    render(<ConfirmHost />);
    const store = dirtyStore();
    const platform = memoryPlatform();
    runCommand(store, platform, 'file:open');
    await flush();
    expect(platform.calls).not.toContain('open');
    fireEvent.click(screen.getByText('Don’t save'));
    await flush();
    expect(platform.calls).toContain('open');
  });
});
