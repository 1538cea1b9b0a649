/**
 * A stand-in for the `electron` module, just large enough to run the built
 * dist-electron/main.cjs and preload.cjs in Node and record how they wire
 * Electron. Tests never load the real `electron` package (its first load
 * downloads the binary). This fakes Electron, not FANplan's own objects.
 */
import { EventEmitter } from 'node:events';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { url: 'app://fanplan/index.html', parent: null, processId: 1, routingId: 1 };
  readonly sent: unknown[][] = [];
  openHandler: ((details: { url: string }) => unknown) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.openHandler = handler;
  }
  /** Emit a navigation-like event; returns whether the app prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

/** The fake `app`. */
export class FakeApp extends EventEmitter {
  isPackaged = false;
  sandboxed = false;
  quitCalls = 0;
  constructor(private readonly userData: string) {
    super();
  }
  getPath(_name: string): string {
    return this.userData;
  }
  enableSandbox(): void {
    this.sandboxed = true;
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return new Promise((r) => setTimeout(r, 0));
  }
  quit(): void {
    this.quitCalls++;
  }
  exit(): void {}
}

/** The fake `BrowserWindow`; each instance registers itself and announces its webContents, as Electron does. */
export class FakeBrowserWindow extends EventEmitter {
  static app: FakeApp | null = null;
  readonly webContents = new FakeWebContents();
  title = '';
  url = '';
  constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
    super();
    FakeBrowserWindow.app?.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.url = url;
    return Promise.resolve();
  }
  setTitle(t: string): void {
    this.title = t;
  }
  /** Like BrowserWindow.close(): emits `close`, which may be prevented. Returns whether the window closed. */
  close(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.emit('closed');
    return !prevented;
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  setDocumentEdited(): void {}
  setRepresentedFilename(): void {}
}

/** Build a fresh fake electron module; `userData` is where app.getPath points. */
export function createFakeElectron(userData: string) {
  const app = new FakeApp(userData);
  const windows: FakeBrowserWindow[] = [];
  // One fake module per test: a subclass keeps each test's windows apart.
  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: FakeBrowserWindow['options']) {
      FakeBrowserWindow.app = app;
      super(options);
      windows.push(this);
    }
  }
  const messageBoxes: unknown[] = [];
  const exposed: [string, unknown][] = [];
  const electron = {
    app,
    BrowserWindow: BrowserWindow as typeof FakeBrowserWindow,
    protocol: {
      privileged: [] as unknown[],
      handlers: new Map<string, (req: { url: string; method: string }) => Promise<Response>>(),
      registerSchemesAsPrivileged(list: unknown[]) {
        this.privileged.push(...list);
      },
      handle(scheme: string, fn: (req: { url: string; method: string }) => Promise<Response>) {
        this.handlers.set(scheme, fn);
      },
    },
    session: {
      defaultSession: {
        requestHandler: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void, details: { requestingUrl: string }) => void),
        checkHandler: null as null | ((wc: unknown, permission: string, origin: string) => boolean),
        setPermissionRequestHandler(h: typeof this.requestHandler) {
          this.requestHandler = h;
        },
        setPermissionCheckHandler(h: typeof this.checkHandler) {
          this.checkHandler = h;
        },
      },
    },
    ipcMain: {
      handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
      handle(channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) {
        this.handlers.set(channel, fn);
      },
    },
    Menu: {
      current: null as unknown,
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu(m: unknown) {
        this.current = m;
      },
    },
    dialog: {
      answers: [] as unknown[],
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      async showMessageBox(_w: unknown, options: unknown) {
        messageBoxes.push(options);
        return { response: 0 };
      },
    },
    // Renderer side, for the preload.
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        exposed.push([key, api]);
      },
    },
    ipcRenderer: {
      invoked: [] as unknown[][],
      invoke(channel: string, ...args: unknown[]) {
        this.invoked.push([channel, ...args]);
        return Promise.resolve(null);
      },
      on() {},
      removeListener() {},
    },
  };
  return { electron, windows, messageBoxes, exposed };
}
