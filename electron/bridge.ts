/**
 * The `window.fanplan` API, built over an `ipcRenderer`-like object so it can
 * be tested without Electron. preload.ts exposes exactly this object through
 * `contextBridge`: one method per contract operation, `invoke` only, and a
 * menu subscription that listens on the menu channel alone and passes on
 * only known commands (never the raw IPC event, which would leak `sender`).
 */
import { IPC_CHANNELS, MENU_COMMANDS, MENU_EVENT_CHANNEL, type FanplanBridge, type MenuCommand } from '../contract/ipc';

/** The parts of Electron's `ipcRenderer` the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const COMMANDS: ReadonlySet<string> = new Set(MENU_COMMANDS);

/** Whether a value received on the menu channel is a known command. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && COMMANDS.has(value);
}

/** Build the bridge; each method forwards to its `app:` channel. */
export function createBridge(ipc: IpcRendererLike): FanplanBridge {
  const invoke = <T>(channel: string, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<T>;
  const bridge: FanplanBridge = {
    openProject: () => invoke(IPC_CHANNELS.openProject),
    openRecent: (index) => invoke(IPC_CHANNELS.openRecent, index),
    listRecent: () => invoke(IPC_CHANNELS.listRecent),
    saveProject: (bytes) => invoke(IPC_CHANNELS.saveProject, bytes),
    saveProjectAs: (bytes, suggestedName) => invoke(IPC_CHANNELS.saveProjectAs, bytes, suggestedName),
    setDocumentState: (state) => invoke<void>(IPC_CHANNELS.setDocumentState, { title: state.title, dirty: state.dirty }),
    newDocument: () => invoke<void>(IPC_CHANNELS.newDocument),
    printReportPdf: (html, suggestedName) => invoke(IPC_CHANNELS.printReportPdf, html, suggestedName),
    writeRecovery: (copy) => invoke<void>(IPC_CHANNELS.writeRecovery, { meta: { title: copy.meta.title, fileName: copy.meta.fileName, meters: copy.meta.meters, savedAtMs: copy.meta.savedAtMs }, bytes: copy.bytes }),
    readRecovery: () => invoke(IPC_CHANNELS.readRecovery),
    clearRecovery: () => invoke<void>(IPC_CHANNELS.clearRecovery),
    onMenuCommand(listener) {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand expects a function');
      const wrapped = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_EVENT_CHANNEL, wrapped);
      return () => {
        ipc.removeListener(MENU_EVENT_CHANNEL, wrapped);
      };
    },
  };
  return Object.freeze(bridge);
}
