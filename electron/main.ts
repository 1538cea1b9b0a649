/**
 * Electron main-process entry: wires the plain, tested modules of this folder
 * into Electron. No decisions are made here; policy, serving, IPC checks,
 * menus and file handling live in their own modules (DESIGN.md §4).
 * This is the only main-process file that imports `electron`.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type WebPreferences } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MENU_EVENT_CHANNEL, type MenuCommand, type RecentEntry } from '../contract/ipc';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol';
import { atomicWriteFile } from './atomic-write';
import { createDocumentController, mayClose, windowTitle, type DocumentInfo } from './documents';
import { openDialogOptions, saveDialogOptions } from './file-names';
import { registerIpcHandlers } from './ipc-guard';
import { buildMenuTemplate } from './menu';
import { isAllowedNavigation, permissionPolicy, windowOpenPolicy } from './policy';
import { loadRecent, saveRecent } from './recent';
import { createReportPrinter, pdfSaveDialogOptions } from './report-print';
import { createRecoveryStore } from './recovery';
import { loadShellSettings } from './settings';

const RENDERER_DIR = path.join(__dirname, '..', 'dist');
const PRELOAD = path.join(__dirname, 'preload.cjs');
const SMOKE = process.env.FANPLAN_SMOKE === '1';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();
if (!SMOKE && !app.requestSingleInstanceLock()) app.quit();

let win: BrowserWindow | null = null;
const userFile = (name: string) => path.join(app.getPath('userData'), name);

const documents = createDocumentController({
  dialogs: {
    async showOpen() {
      const r = win ? await dialog.showOpenDialog(win, openDialogOptions()) : await dialog.showOpenDialog(openDialogOptions());
      return r.canceled ? null : r.filePaths[0] ?? null;
    },
    async showSave(fileName, dir) {
      const options = saveDialogOptions(dir ?? app.getPath('documents'), fileName);
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  },
  readFile: (f) => fs.readFile(f),
  stat: (f) => fs.stat(f),
  writeFile: (f, bytes) => atomicWriteFile(f, bytes),
  loadRecent: () => loadRecent(userFile('recent-files.json')),
  saveRecent: (list) => saveRecent(userFile('recent-files.json'), list),
  onDocumentChanged: showDocument,
  onRecentChanged: setMenu,
});

const recovery = createRecoveryStore({
  dir: userFile('recovery'),
  mkdir: (d) => fs.mkdir(d, { recursive: true }),
  readFile: (f) => fs.readFile(f),
  writeFile: (f, bytes) => atomicWriteFile(f, bytes),
  removeFile: (f) => fs.rm(f, { force: true }),
});

const printReportPdf = createReportPrinter({
  // Hidden, sandboxed, JavaScript off: the report is static HTML + SVG, printed from a private temp file.
  createWindow() {
    const w = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false, devTools: false, webviewTag: false, navigateOnDragDrop: false, disableBlinkFeatures: 'Auxclick' } });
    // the report is loaded once from its temp file; it may not open windows or navigate anywhere else
    w.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    w.webContents.on('will-navigate', (e) => e.preventDefault());
    return { loadURL: (url) => w.loadURL(url), printToPDF: (o) => w.webContents.printToPDF(o), destroy: () => w.destroy() };
  },
  async showSave(fileName) {
    const options = pdfSaveDialogOptions(app.getPath('documents'), fileName);
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath;
  },
  writeFile: (f, bytes) => atomicWriteFile(f, bytes),
});

function send(command: MenuCommand): void {
  win?.webContents.send(MENU_EVENT_CHANNEL, command);
}

function setMenu(recent: RecentEntry[]): void {
  const template = buildMenuTemplate({ platform: process.platform, recent, dev: !app.isPackaged }, send, {
    open: (index) => {
      documents.requestOpenRecent(index);
      send('file:open');
    },
    clear: () => void documents.clearRecent(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function showDocument(doc: DocumentInfo): void {
  if (!win) return;
  win.setTitle(windowTitle(doc));
  if (process.platform === 'darwin') {
    win.setDocumentEdited(doc.dirty);
    win.setRepresentedFilename(doc.filePath ?? '');
  }
}

function createWindow(): void {
  // Written out literally so reviewers and Electronegativity see every switch at the call;
  // test/electron/bundle.test.ts asserts it equals policy.ts's secureWebPreferences(), the tested source of truth.
  win = new BrowserWindow({
    width: 1440, height: 900, minWidth: 900, minHeight: 600, show: false, title: 'FANplan',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: true,
      disableBlinkFeatures: 'Auxclick',
    } satisfies WebPreferences,
  });
  const w = win;
  w.on('page-title-updated', (e) => e.preventDefault());
  w.once('ready-to-show', () => w.show());
  let closeConfirmed = false;
  w.on('close', (e) => {
    if (closeConfirmed || !documents.info().dirty) return;
    e.preventDefault();
    void mayClose(documents.info(), async () => {
      const r = await dialog.showMessageBox(w, { type: 'warning', buttons: ['Cancel', 'Discard Changes'], defaultId: 0, cancelId: 0, message: 'Discard unsaved changes?', detail: `“${documents.info().title}” has changes that are not saved.` });
      return r.response === 1;
    }).then(async (ok) => {
      if (ok) {
        closeConfirmed = true;
        await recovery.clearRecovery().catch(() => undefined); // the user chose to discard: nothing to offer next start
        w.close();
      }
    });
  });
  w.on('closed', () => {
    win = null;
  });
  if (SMOKE) runSmokeCheck(w);
  void w.loadURL(APP_INDEX_URL);
}

/** FANPLAN_SMOKE=1: report what the page sees of the shell, then quit (test/electron/smoke.test.ts). */
function runSmokeCheck(w: BrowserWindow): void {
  w.webContents.once('did-fail-load', (_e, code, desc) => {
    console.log(`FANPLAN_SMOKE ${JSON.stringify({ error: `${code} ${desc}` })}`);
    app.exit(1);
  });
  w.webContents.once('did-finish-load', async () => {
    const probe = 'JSON.stringify({ keys: Object.keys(window.fanplan ?? {}).sort(), require: typeof require, process: typeof process, isolated: globalThis.crossOriginIsolated, origin: location.origin })';
    console.log(`FANPLAN_SMOKE ${await w.webContents.executeJavaScript(probe)}`);
    app.exit(0);
  });
}

app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(windowOpenPolicy);
  const guard = (e: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(e.url)) e.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

app.on('window-all-closed', () => app.quit());

void app.whenReady().then(async () => {
  const { settings, warning } = await loadShellSettings(userFile('settings.json'));
  if (warning) console.warn(`FANplan: ${warning}`);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, { rootDir: RENDERER_DIR, basemapOrigin: settings.basemapOrigin }));
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) => callback(permissionPolicy(permission, details.requestingUrl)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission, origin) => permissionPolicy(permission, origin));
  registerIpcHandlers(ipcMain, { ...documents, ...recovery, printReportPdf }, () => (win ? { webContents: win.webContents, mainFrame: win.webContents.mainFrame } : null));
  setMenu(await documents.recentEntries());
  createWindow();
  app.on('activate', () => {
    if (!win) createWindow();
  });
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
});
