import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OpenOutcome, SaveOutcome } from '../../../contract/ipc';
import type { Platform } from '../../../renderer/platform';
import { createAppStore, isDirty } from '../../../renderer/state/app-state';
import { openProject, saveProject, suggestedFileName } from '../../../renderer/state/document-actions';
import { updaters } from '../../../renderer/state/updaters';
import { readProjectFile } from '../../../workers/model';

const fixtureBytes = readFileSync(new URL('../../fixtures/project/v1-small-town.fanplan', import.meta.url));

/** An in-memory platform: a fake file system behind the Platform interface (not a domain object). */
function memoryPlatform(files: Record<string, Uint8Array>, next: { open?: string; saveFails?: boolean } = {}): Platform & { written: Record<string, Uint8Array> } {
  const written: Record<string, Uint8Array> = {};
  const save = async (bytes: Uint8Array, name: string): Promise<SaveOutcome> => {
    if (next.saveFails) return { status: 'error', message: `${name}: disk full` };
    written[name] = bytes;
    return { status: 'saved', name };
  };
  return {
    kind: 'web', written,
    async openProject(): Promise<OpenOutcome> { return next.open ? { status: 'opened', file: { name: next.open, bytes: files[next.open] } } : { status: 'cancelled' }; },
    saveProject: save, saveProjectAs: save,
    async listRecent() { return []; },
    async openRecent() { return { status: 'cancelled' }; },
    setDocumentState() {},
    newDocument() {},
    onMenuCommand() { return () => undefined; },
    async pickFiles() { return []; },
    saveFile: save,
    async writeRecovery() {},
    async readRecovery() { return null; },
    async clearRecovery() {},
  };
}

describe('document actions', () => {
  it('open → edit → save → reopen gives an identical project', async () => {
    const store = createAppStore();
    expect(await openProject(store, memoryPlatform({ 'a.fanplan': fixtureBytes }, { open: 'a.fanplan' }))).toBe(true);
    store.edit((p) => updaters.addMeter(p, { id: 'extra', lon: 139.47, lat: 35.75 }));
    expect(isDirty(store.getState())).toBe(true);
    const platform = memoryPlatform({});
    expect(await saveProject(store, platform)).toBe(true);
    expect(isDirty(store.getState())).toBe(false);
    const again = createAppStore();
    await openProject(again, memoryPlatform(platform.written, { open: 'a.fanplan' }));
    expect(again.getState().doc).toEqual(store.getState().doc);
  });

  it('a malformed file leaves the open project untouched and names the problem', async () => {
    const store = createAppStore();
    await openProject(store, memoryPlatform({ 'a.fanplan': fixtureBytes }, { open: 'a.fanplan' }));
    const before = store.getState().doc;
    const bad = new TextEncoder().encode(new TextDecoder().decode(fixtureBytes).replace(/"lat": [0-9.]+/, '"lat": NaN'));
    expect(await openProject(store, memoryPlatform({ 'bad.fanplan': bad }, { open: 'bad.fanplan' }))).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().notice?.title).toBe('Cannot open bad.fanplan');
    expect(store.getState().notice?.lines[0]).toMatch(/^meters\[0\]\.lat: expected a finite number, got NaN/);
  });

  it('a failed save keeps the document dirty and says so', async () => {
    const store = createAppStore();
    store.edit((p) => updaters.renameProject(p, 'Renamed'));
    expect(await saveProject(store, memoryPlatform({}, { saveFails: true }))).toBe(false);
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().notice?.lines.join(' ')).toMatch(/disk full/);
  });

  it('suggests file names from the file or project name', () => {
    const p = readProjectFile(fixtureBytes);
    if (!p.ok) throw p.error;
    expect(suggestedFileName(null, p.project)).toBe('Small town _hand-made fixture_.fanplan');
    expect(suggestedFileName('x.json', p.project)).toBe('x.fanplan');
    expect(suggestedFileName('y.fanplan', p.project)).toBe('y.fanplan');
  });
});
