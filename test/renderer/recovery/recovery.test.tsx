// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmHost } from '../../../renderer/dialogs/confirm/ConfirmHost';
import { autosaveDelayFromUrl, recoveryCopyOf, startAutosave } from '../../../renderer/recovery/autosave';
import { offerRecovery } from '../../../renderer/recovery/recovery-start';
import { createAppStore, isDirty } from '../../../renderer/state/app-state';
import { newProject } from '../../../renderer/state/document-actions';
import { updaters } from '../../../renderer/state/updaters';
import { readProjectFile } from '../../../workers/model';
import { smallTown } from '../fixture';
import { memoryPlatform } from './memory-platform';

afterEach(cleanup);
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const wait = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

function editedStore() {
  const store = createAppStore(smallTown());
  store.set({ fileName: 'tama.fanplan' });
  store.edit((d) => updaters.addMeter(d, { id: 'recover-me', lon: 139.47, lat: 35.75 }));
  return store;
}

describe('autosave', () => {
  it('writes a copy of unsaved work after the quiet time and removes it after a save-like reset', async () => {
    const store = createAppStore(smallTown());
    const platform = memoryPlatform();
    const stop = startAutosave(store, platform, { quietMs: 20 });
    store.edit((d) => updaters.addMeter(d, { id: 'x1', lon: 139.47, lat: 35.75 }));
    await wait(80);
    expect(platform.recovery?.meta.meters).toBe(store.getState().doc.meters.length);
    const r = readProjectFile(platform.recovery!.bytes);
    expect(r.ok && r.project.meters.some((m) => m.id === 'x1')).toBe(true);
    store.set({ savedDoc: store.getState().doc }); // what a successful save does
    await flush();
    expect(platform.recovery).toBeNull();
    expect(platform.calls.at(-1)).toBe('clearRecovery');
    stop();
  });

  it('clears the copy when a new document replaces the edited one, and writes nothing while clean', async () => {
    const store = createAppStore(smallTown());
    const platform = memoryPlatform();
    const stop = startAutosave(store, platform, { quietMs: 20 });
    store.set({ selection: [{ kind: 'meter', id: 'M1' }] }); // not an edit
    await wait(60);
    expect(platform.calls).toEqual([]);
    store.edit((d) => updaters.addMeter(d, { id: 'x1', lon: 139.47, lat: 35.75 }));
    await wait(60);
    expect(platform.recovery).not.toBeNull();
    newProject(store);
    await flush();
    expect(platform.recovery).toBeNull();
    stop();
  });

  it('describes the copy with the file name, meters and time; reads the delay from ?autosaveMs', () => {
    const s = editedStore().getState();
    const c = recoveryCopyOf(s, 1234);
    expect(c.meta).toEqual({ title: 'tama.fanplan', fileName: 'tama.fanplan', meters: s.doc.meters.length, savedAtMs: 1234 });
    expect(autosaveDelayFromUrl('?start=fixture&autosaveMs=1500')).toBe(1500);
    expect(autosaveDelayFromUrl('?autosaveMs=5')).toBeUndefined();
    expect(autosaveDelayFromUrl('?autosaveMs=abc')).toBeUndefined();
    expect(autosaveDelayFromUrl('')).toBeUndefined();
  });
});

describe('recovery at start (jsdom)', () => {
  it('offers nothing when there is no copy', async () => {
    render(<ConfirmHost />);
    expect(await offerRecovery(createAppStore(), memoryPlatform())).toBe('none');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Recover loads the copy as an unsaved document under its file name', async () => {
    render(<ConfirmHost />);
    const platform = memoryPlatform();
    const edited = editedStore().getState();
    platform.recovery = recoveryCopyOf(edited, Date.UTC(2026, 10, 21, 3, 4));
    const store = createAppStore();
    const outcome = offerRecovery(store, platform);
    await flush();
    const text = screen.getByTestId('confirm-recovery').textContent ?? '';
    expect(text).toContain(`(tama.fanplan, ${edited.doc.meters.length} meters)?`);
    expect(text).toMatch(/Recover unsaved work from .*2026/);
    fireEvent.click(screen.getByText('Recover'));
    expect(await outcome).toBe('recovered');
    const s = store.getState();
    expect(s.doc.meters.some((m) => m.id === 'recover-me')).toBe(true);
    expect(s.fileName).toBe('tama.fanplan');
    expect(isDirty(s)).toBe(true);
    expect(platform.recovery).not.toBeNull(); // kept until the work is saved
  });

  it('Discard removes the copy and keeps the start document', async () => {
    render(<ConfirmHost />);
    const platform = memoryPlatform();
    platform.recovery = recoveryCopyOf(editedStore().getState(), 1);
    const store = createAppStore();
    const doc = store.getState().doc;
    const outcome = offerRecovery(store, platform);
    await flush();
    fireEvent.click(screen.getByText('Discard'));
    expect(await outcome).toBe('discarded');
    expect(platform.recovery).toBeNull();
    expect(store.getState().doc).toBe(doc);
  });

  it('a damaged copy is reported and discarded, never a crash', async () => {
    render(<ConfirmHost />);
    const platform = memoryPlatform();
    const good = recoveryCopyOf(editedStore().getState(), 1);
    platform.recovery = { meta: good.meta, bytes: good.bytes.slice(0, 200) };
    const store = createAppStore();
    const outcome = offerRecovery(store, platform);
    await flush();
    fireEvent.click(screen.getByText('Recover'));
    expect(await outcome).toBe('corrupt');
    expect(store.getState().notice?.title).toBe('The recovery copy could not be read and was discarded');
    expect(store.getState().notice?.lines[0]).toMatch(/^tama\.fanplan: /);
    expect(platform.recovery).toBeNull();
    expect(store.getState().doc.meters).toHaveLength(0);
  });

  it('a store that cannot be read, or a record of the wrong shape, is reported and discarded', async () => {
    const platform = memoryPlatform();
    platform.readError = new Error('recovery.json: the recovery description is damaged');
    const store = createAppStore();
    expect(await offerRecovery(store, platform)).toBe('corrupt');
    expect(store.getState().notice?.lines[0]).toBe('recovery.json: the recovery description is damaged');
    expect(platform.calls).toContain('clearRecovery');
    const other = memoryPlatform();
    other.recovery = { meta: { title: 5 }, bytes: 'x' } as never;
    expect(await offerRecovery(createAppStore(), other)).toBe('corrupt');
    expect(other.recovery).toBeNull();
  });
});
