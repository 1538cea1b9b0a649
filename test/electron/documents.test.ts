import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenOutcome } from '../../contract/ipc';
import { createEmptyProject, readProjectFile, writeProjectFile } from '../../workers/model';
import { atomicWriteFile } from '../../electron/atomic-write';
import { createDocumentController, mayClose, PENDING_RECENT_MS, titleNamesFile, windowTitle, type DocumentInfo } from '../../electron/documents';
import { loadRecent, saveRecent } from '../../electron/recent';

const project = (name: string) => writeProjectFile(createEmptyProject(name));
const projectName = (bytes: Uint8Array) => {
  const r = readProjectFile(bytes);
  if (!r.ok) throw r.error;
  return r.project.meta.name;
};
const opened = (r: OpenOutcome) => {
  if (r.status !== 'opened') throw new Error(`expected opened, got ${JSON.stringify(r)}`);
  return r.file;
};

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fanplan-docs-'));
  await mkdir(path.join(dir, 'userData'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A controller over real files; dialogs answer from queues and record what they were asked. */
function setup(options: { now?: () => number } = {}) {
  const openAnswers: (string | null)[] = [];
  const saveAnswers: (string | null)[] = [];
  const saveAsked: { fileName: string; dir: string | null }[] = [];
  const docs: DocumentInfo[] = [];
  const menus: string[][] = [];
  const recentFile = path.join(dir, 'userData', 'recent-files.json');
  const controller = createDocumentController({
    dialogs: {
      showOpen: async () => openAnswers.shift() ?? null,
      showSave: async (fileName, d) => {
        saveAsked.push({ fileName, dir: d });
        return saveAnswers.shift() ?? null;
      },
    },
    readFile: (f) => readFile(f),
    stat: (f) => stat(f),
    writeFile: (f, b) => atomicWriteFile(f, b),
    loadRecent: () => loadRecent(recentFile),
    saveRecent: (list) => saveRecent(recentFile, list),
    onDocumentChanged: (d) => docs.push(d),
    onRecentChanged: (entries) => menus.push(entries.map((e) => e.name)),
    ...(options.now ? { now: options.now } : {}),
  });
  return { controller, openAnswers, saveAnswers, saveAsked, docs, menus, recentFile };
}

describe('open', () => {
  it('opens the file the dialog picked, remembers it and lists it as recent', async () => {
    const file = path.join(dir, 'tokyo.fanplan');
    await writeFile(file, project('Tokyo'));
    const { controller, openAnswers, menus } = setup();
    openAnswers.push(file);
    const f = opened(await controller.openProject());
    expect(f.name).toBe('tokyo.fanplan');
    expect(projectName(f.bytes)).toBe('Tokyo');
    expect(controller.info()).toMatchObject({ filePath: file, dirty: false });
    expect(await controller.listRecent()).toEqual([{ index: 0, name: 'tokyo.fanplan' }]);
    expect(menus.at(-1)).toEqual(['tokyo.fanplan']);
  });

  it('returns cancelled when the dialog is dismissed', async () => {
    expect(await setup().controller.openProject()).toEqual({ status: 'cancelled' });
  });

  it('refuses an invalid project with an error naming the file, and keeps the current path', async () => {
    const good = path.join(dir, 'good.fanplan');
    const bad = path.join(dir, 'bad.fanplan');
    await writeFile(good, project('Good'));
    await writeFile(bad, '{"formatVersion":1,"meta":{"name":""}}');
    const { controller, openAnswers } = setup();
    openAnswers.push(good, bad);
    await controller.openProject();
    const r = await controller.openProject();
    expect(r.status).toBe('error');
    expect(r.status === 'error' && r.message).toMatch(/^bad\.fanplan: meta\.name/);
    expect(controller.info().filePath).toBe(good);
  });

  it('opens recent files by index and drops ones that were deleted', async () => {
    const a = path.join(dir, 'a.fanplan');
    const b = path.join(dir, 'b.fanplan');
    await writeFile(a, project('A'));
    await writeFile(b, project('B'));
    const { controller, openAnswers } = setup();
    openAnswers.push(a, b);
    await controller.openProject();
    await controller.openProject();
    expect((await controller.listRecent()).map((e) => e.name)).toEqual(['b.fanplan', 'a.fanplan']);
    expect(projectName(opened(await controller.openRecent(1)).bytes)).toBe('A');
    await rm(b);
    const r = await controller.openRecent(1);
    expect(r).toEqual({ status: 'error', message: 'b.fanplan: the file was moved or deleted' });
    expect((await controller.listRecent()).map((e) => e.name)).toEqual(['a.fanplan']);
    expect(await controller.openRecent(5)).toMatchObject({ status: 'error' });
  });

  it('persists the recent list across controllers (app restarts)', async () => {
    const a = path.join(dir, 'a.fanplan');
    await writeFile(a, project('A'));
    const first = setup();
    first.openAnswers.push(a);
    await first.controller.openProject();
    expect(await setup().controller.listRecent()).toEqual([{ index: 0, name: 'a.fanplan' }]);
  });

  it('opens a recent file picked in the menu on the next openProject, without a dialog, unless the request expired', async () => {
    const a = path.join(dir, 'a.fanplan');
    await writeFile(a, project('A'));
    let t = 1000;
    const { controller, openAnswers } = setup({ now: () => t });
    openAnswers.push(a);
    await controller.openProject();
    controller.requestOpenRecent(0);
    expect(projectName(opened(await controller.openProject()).bytes)).toBe('A');
    expect(await controller.openProject()).toEqual({ status: 'cancelled' }); // consumed: next call shows the dialog
    controller.requestOpenRecent(0);
    t += PENDING_RECENT_MS + 1;
    expect(await controller.openProject()).toEqual({ status: 'cancelled' });
  });
});

describe('save', () => {
  it('with no current file falls back to Save As, proposing a name from the title', async () => {
    const { controller, saveAnswers, saveAsked } = setup();
    await controller.setDocumentState({ title: 'Osaka: wards', dirty: true });
    saveAnswers.push(path.join(dir, 'osaka'));
    expect(await controller.saveProject(project('Osaka'))).toEqual({ status: 'saved', name: 'osaka.fanplan' });
    expect(saveAsked).toEqual([{ fileName: 'Osaka wards.fanplan', dir: null }]);
    expect(projectName(await readFile(path.join(dir, 'osaka.fanplan')))).toBe('Osaka');
    expect(controller.info()).toMatchObject({ filePath: path.join(dir, 'osaka.fanplan'), dirty: false });
  });

  it('then saves in place, keeping the previous version as .bak', async () => {
    const { controller, saveAnswers } = setup();
    saveAnswers.push(path.join(dir, 'plan.fanplan'));
    await controller.saveProjectAs(project('v1'), 'plan');
    expect(await controller.saveProject(project('v2'))).toEqual({ status: 'saved', name: 'plan.fanplan' });
    expect(projectName(await readFile(path.join(dir, 'plan.fanplan')))).toBe('v2');
    expect(projectName(await readFile(path.join(dir, 'plan.fanplan.bak')))).toBe('v1');
  });

  it('refuses to write bytes that are not a valid project, before asking where', async () => {
    const { controller, saveAsked } = setup();
    const junk = new TextEncoder().encode('{"formatVersion":1,"meta":{"name":"x"},"meters":[{"id":"m1"}]}');
    const r = await controller.saveProjectAs(junk, 'x.fanplan');
    expect(r.status).toBe('error');
    expect(r.status === 'error' && r.message).toMatch(/^Refusing to save an invalid project: x\.fanplan: meters\[0\]/);
    expect(saveAsked).toEqual([]);
    expect(await readdir(dir)).toEqual(['userData']);
  });

  it('refuses an invalid project on plain Save and leaves the file alone', async () => {
    const { controller, saveAnswers } = setup();
    saveAnswers.push(path.join(dir, 'plan.fanplan'));
    await controller.saveProjectAs(project('Good'), 'plan');
    const r = await controller.saveProject(new TextEncoder().encode('not json'));
    expect(r.status).toBe('error');
    expect(projectName(await readFile(path.join(dir, 'plan.fanplan')))).toBe('Good');
  });

  it('returns cancelled when the Save dialog is dismissed, and reports write errors', async () => {
    const { controller, saveAnswers } = setup();
    expect(await controller.saveProjectAs(project('P'), 'p')).toEqual({ status: 'cancelled' });
    saveAnswers.push(path.join(dir, 'missing-dir', 'p.fanplan'));
    const r = await controller.saveProjectAs(project('P'), 'p');
    expect(r).toMatchObject({ status: 'error' });
    expect(r.status === 'error' && r.message).toMatch(/^Could not save p\.fanplan: /);
    expect(controller.info().filePath).toBeNull();
  });

  it('forgets the path for a new document, so Save asks again in the same folder', async () => {
    const { controller, saveAnswers, saveAsked } = setup();
    saveAnswers.push(path.join(dir, 'plan.fanplan'));
    await controller.saveProjectAs(project('Old'), 'plan');
    controller.newDocument();
    await controller.setDocumentState({ title: 'Untitled', dirty: true });
    expect(await controller.saveProject(project('New'))).toEqual({ status: 'cancelled' });
    expect(saveAsked.at(-1)).toEqual({ fileName: 'Untitled.fanplan', dir });
    expect(projectName(await readFile(path.join(dir, 'plan.fanplan')))).toBe('Old');
  });

  it('saves in place only while the renderer title names the file; a new project in the renderer asks where to save', async () => {
    const { controller, saveAnswers, saveAsked } = setup();
    saveAnswers.push(path.join(dir, 'tokyo.fanplan'));
    await controller.saveProjectAs(project('Tokyo'), 'tokyo');
    await controller.setDocumentState({ title: 'tokyo.fanplan', dirty: true });
    expect(await controller.saveProject(project('Tokyo 2'))).toEqual({ status: 'saved', name: 'tokyo.fanplan' });
    expect(saveAsked).toHaveLength(1);
    // The renderer's own File > New: the title becomes the new project's name.
    await controller.setDocumentState({ title: 'Untitled', dirty: true });
    expect(await controller.saveProject(project('Fresh'))).toEqual({ status: 'cancelled' });
    expect(saveAsked.at(-1)).toEqual({ fileName: 'Untitled.fanplan', dir });
    expect(projectName(await readFile(path.join(dir, 'tokyo.fanplan')))).toBe('Tokyo 2');
    expect(titleNamesFile('• tokyo.fanplan', path.join(dir, 'tokyo.fanplan'))).toBe(true);
  });

  it('runs concurrent saves one after another', async () => {
    const { controller, saveAnswers } = setup();
    saveAnswers.push(path.join(dir, 'plan.fanplan'));
    await controller.saveProjectAs(project('v0'), 'plan');
    const results = await Promise.all([1, 2, 3].map((i) => controller.saveProject(project(`v${i}`))));
    expect(results.every((r) => r.status === 'saved')).toBe(true);
    expect(projectName(await readFile(path.join(dir, 'plan.fanplan')))).toBe('v3');
    expect(projectName(await readFile(path.join(dir, 'plan.fanplan.bak')))).toBe('v2');
  });
});

describe('document state', () => {
  it('reports title and dirty changes', async () => {
    const { controller, docs } = setup();
    await controller.setDocumentState({ title: 'Tokyo', dirty: true });
    expect(docs.at(-1)).toEqual({ title: 'Tokyo', dirty: true, filePath: null });
  });

  it('formats the window title and asks before closing a dirty document', async () => {
    expect(windowTitle({ title: 'Tokyo', dirty: false })).toBe('Tokyo — FANplan');
    expect(windowTitle({ title: ' ', dirty: true })).toBe('• Untitled — FANplan');
    let asked = 0;
    const ask = async () => (asked++, false);
    expect(await mayClose({ dirty: false }, ask)).toBe(true);
    expect(asked).toBe(0);
    expect(await mayClose({ dirty: true }, ask)).toBe(false);
    expect(asked).toBe(1);
  });
});
