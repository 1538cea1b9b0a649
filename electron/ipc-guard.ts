/**
 * The single gate every renderer → main call passes (DESIGN.md §4). Each
 * `ipcMain.handle` listener is wrapped so that, before any handler runs:
 * (a) the sender must be the main window's top frame on the app origin, and
 * (b) the arguments must match the contract's zod schemas (`ipcArgs`).
 * Everything else is rejected with an error that says why.
 */
import type { z } from 'zod';
import { IPC_CHANNELS, ipcArgs, type FanplanBridge } from '../contract/ipc';
import { isAppOrigin } from './app-protocol';

/** The parts of Electron's `WebFrameMain` the guard reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/** The parts of Electron's `IpcMainInvokeEvent` the guard reads. */
export interface InvokeEventLike {
  readonly sender: unknown;
  readonly senderFrame: FrameLike | null;
}

/** The window IPC is accepted from: its `webContents` and that contents' main frame. */
export interface TrustedWindow {
  webContents: unknown;
  mainFrame: FrameLike;
}

/** An operation name of the contract (`openProject`, `saveProject`, ...). */
export type IpcOperation = keyof typeof ipcArgs;

/** The plain handlers, typed from the contract: the bridge's arguments (validated by `ipcArgs` first) in, its result out. */
export type IpcHandlers = {
  [K in IpcOperation]: (...args: Parameters<FanplanBridge[K]>) => ReturnType<FanplanBridge[K]>;
};

/** Something with `ipcMain.handle`'s shape. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** Why `event` may not call the main process, or null when it may. */
export function senderRejection(event: InvokeEventLike, trusted: TrustedWindow | null): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame no longer exists';
  if (!isAppOrigin(frame.url)) return 'the sender is not on the app origin';
  if (frame.parent !== null) return 'the sender is a sub-frame';
  if (!trusted || event.sender !== trusted.webContents) return 'the sender is not the main window';
  const main = trusted.mainFrame;
  if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId)) return "the sender is not the main window's main frame";
  return null;
}

/** Validate `args` against the operation's schema; returns the parsed tuple or a readable error message. */
export function validateIpcArgs<K extends IpcOperation>(op: K, args: unknown[]): { ok: true; args: z.infer<(typeof ipcArgs)[K]> } | { ok: false; message: string } {
  const parsed = ipcArgs[op].safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data as z.infer<(typeof ipcArgs)[K]> };
  const issues = parsed.error.issues.slice(0, 3).map((i) => {
    const [index, ...rest] = i.path;
    if (typeof index !== 'number') return `wrong number of arguments (got ${args.length}): ${i.message}`;
    return `argument ${index + 1}${rest.length ? ` (${rest.map(String).join('.')})` : ''}: ${i.message}`;
  });
  return { ok: false, message: issues.join('; ') };
}

/** Wrap one plain handler with the sender check and argument validation. */
export function guardHandler<K extends IpcOperation>(op: K, handler: IpcHandlers[K], trusted: () => TrustedWindow | null) {
  const channel = IPC_CHANNELS[op];
  return async (event: InvokeEventLike, ...args: unknown[]): Promise<unknown> => {
    const rejection = senderRejection(event, trusted());
    if (rejection) throw new Error(`${channel} refused: ${rejection}`);
    const valid = validateIpcArgs(op, args);
    if (!valid.ok) throw new Error(`${channel} refused: invalid arguments: ${valid.message}`);
    return (handler as (...a: unknown[]) => unknown)(...(valid.args as unknown[]));
  };
}

/** Register every contract operation on `ipc`, each through {@link guardHandler}. */
export function registerIpcHandlers(ipc: IpcMainLike, handlers: IpcHandlers, trusted: () => TrustedWindow | null): void {
  for (const op of Object.keys(IPC_CHANNELS) as IpcOperation[]) {
    ipc.handle(IPC_CHANNELS[op], guardHandler(op, handlers[op], trusted));
  }
}
