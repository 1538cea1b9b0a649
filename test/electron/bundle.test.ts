/**
 * The built main process and preload (electron/vite.config.ts), run in Node
 * against a fake `electron` module: the build never loads Electron, the
 * preload is one self-contained file, and main.ts wires the tested policy,
 * protocol, IPC guard, menu and document handlers into Electron as intended.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { createBuilder } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MENU_EVENT_CHANNEL } from '../../contract/ipc';
import { buildCsp } from '../../electron/csp';
import { secureWebPreferences } from '../../electron/policy';
import { createFakeElectron } from './fake-electron';

const ROOT = path.resolve(__dirname, '../..');
const nodeRequire = createRequire(import.meta.url);
let dir = '';
let out = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fanplan-bundle-'));
  out = path.join(dir, 'dist-electron');
  const builder = await createBuilder({
    configFile: path.join(ROOT, 'electron/vite.config.ts'),
    logLevel: 'silent',
    environments: { main: { build: { outDir: out, sourcemap: false } }, preload: { build: { outDir: out, sourcemap: false } } },
  });
  await builder.buildApp();
  await mkdir(path.join(dir, 'dist'));
  await writeFile(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>FANplan</title>');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const requires = (code: string) => [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);

describe('electron build', () => {
  it('emits main.cjs and preload.cjs that require only electron and Node built-ins, without loading electron', async () => {
    const main = await readFile(path.join(out, 'main.cjs'), 'utf8');
    const preload = await readFile(path.join(out, 'preload.cjs'), 'utf8');
    expect(new Set(requires(preload))).toEqual(new Set(['electron']));
    for (const id of requires(main)) expect(id === 'electron' || id.startsWith('node:') || nodeRequire('node:module').builtinModules.includes(id), id).toBe(true);
    expect(requires(main)).toContain('electron');
    expect(Object.keys(nodeRequire.cache).filter((k) => k.includes(`${path.sep}node_modules${path.sep}electron${path.sep}`))).toEqual([]);
  });

  it('preload runs with no Node globals and exposes exactly window.fanplan', async () => {
    const { electron, exposed } = createFakeElectron(dir);
    const code = await readFile(path.join(out, 'preload.cjs'), 'utf8');
    const module = { exports: {} };
    const sandboxRequire = (id: string) => {
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return electron;
    };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
    expect(exposed.map(([k]) => k)).toEqual(['fanplan']);
    const api = exposed[0][1] as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(api).sort()).toEqual(['clearRecovery', 'listRecent', 'newDocument', 'onMenuCommand', 'openProject', 'openRecent', 'printReportPdf', 'readRecovery', 'saveProject', 'saveProjectAs', 'setDocumentState', 'writeRecovery']);
    await api.openRecent(3);
    expect(electron.ipcRenderer.invoked).toEqual([[IPC_CHANNELS.openRecent, 3]]);
  });
});

describe('main.cjs wiring (fake electron)', () => {
  async function startMain() {
    const userData = await mkdtemp(path.join(dir, 'userData-'));
    const fake = createFakeElectron(userData);
    const code = await readFile(path.join(out, 'main.cjs'), 'utf8');
    const module = { exports: {} };
    const req = (id: string) => (id === 'electron' ? fake.electron : nodeRequire(id));
    new Function('require', 'module', 'exports', '__filename', '__dirname', code)(req, module, module.exports, path.join(out, 'main.cjs'), out);
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    return { ...fake, win: fake.windows[0], userData };
  }

  it('registers app:// as privileged before ready and enables the sandbox', async () => {
    const { electron } = await startMain();
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, stream: true }) }]);
    expect(electron.app.sandboxed).toBe(true);
  });

  it('opens one secure window on app://fanplan with the built preload', async () => {
    const { win } = await startMain();
    expect(win.url).toBe('app://fanplan/index.html');
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: path.join(out, 'preload.cjs') });
    // main.ts writes webPreferences out literally (for Electronegativity); it must stay equal to the tested policy.
    expect(win.options.webPreferences).toEqual(secureWebPreferences(path.join(out, 'preload.cjs')));
  });

  it('serves the renderer directory with the CSP', async () => {
    const { electron } = await startMain();
    const res = await electron.protocol.handlers.get('app')!({ url: 'app://fanplan/', method: 'GET' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>FANplan</title>');
    expect(res.headers.get('content-security-policy')).toBe(buildCsp());
  });

  it('denies navigation away, new windows and permissions', async () => {
    const { electron, win } = await startMain();
    expect(win.webContents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(win.webContents.navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(win.webContents.navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(win.webContents.navigate('will-navigate', 'app://fanplan/index.html')).toBe(false);
    expect(win.webContents.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const answers: boolean[] = [];
    electron.session.defaultSession.requestHandler!(win.webContents, 'geolocation', (ok) => answers.push(ok), { requestingUrl: 'app://fanplan/' });
    expect(answers).toEqual([false]);
    expect(electron.session.defaultSession.checkHandler!(win.webContents, 'media', 'app://fanplan')).toBe(false);
  });

  it('guards every IPC channel and updates the window title from the renderer', async () => {
    const { electron, win } = await startMain();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const handler = (c: string) => electron.ipcMain.handlers.get(c)!;
    const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    await expect(handler(IPC_CHANNELS.listRecent)(trusted)).resolves.toEqual([]);
    await expect(handler(IPC_CHANNELS.listRecent)({ sender: win.webContents, senderFrame: { ...win.webContents.mainFrame, url: 'https://evil.example/' } })).rejects.toThrow(/not on the app origin/);
    await expect(handler(IPC_CHANNELS.openRecent)(trusted, '0')).rejects.toThrow(/invalid arguments/);
    await handler(IPC_CHANNELS.setDocumentState)(trusted, { title: 'Tokyo', dirty: true });
    expect(win.title).toBe('• Tokyo — FANplan');
  });

  it('sends menu commands to the renderer', async () => {
    const { electron, win } = await startMain();
    type Item = { label?: string; submenu?: Item[]; click?: () => void };
    const file = (electron.Menu.current as Item[]).find((m) => m.label === '&File')!;
    file.submenu!.find((i) => i.label === 'Save')!.click!();
    expect(win.webContents.sent).toEqual([[MENU_EVENT_CHANNEL, 'file:save']]);
  });

  it('asks before closing a window with unsaved changes', async () => {
    const { electron, win, messageBoxes } = await startMain();
    const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const setState = electron.ipcMain.handlers.get(IPC_CHANNELS.setDocumentState)!;
    await setState(trusted, { title: 'Tokyo', dirty: true });
    expect(win.close()).toBe(false);
    await vi.waitFor(() => expect(messageBoxes).toHaveLength(1));
    expect(messageBoxes[0]).toMatchObject({ message: 'Discard unsaved changes?' });
    // The fake dialog answers Cancel: the window stays. Once saved, it closes without asking.
    await setState(trusted, { title: 'Tokyo', dirty: false });
    expect(win.close()).toBe(true);
    expect(messageBoxes).toHaveLength(1);
  });
});
