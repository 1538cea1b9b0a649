import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, MENU_EVENT_CHANNEL, type FanplanBridge, type MenuCommand } from '../../contract/ipc';
import { createBridge, isMenuCommand, type IpcRendererLike } from '../../electron/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** An in-memory ipcRenderer: records invokes, lets the test emit events. */
function fakeIpc() {
  const invoked: [string, unknown[]][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, args]);
      return `result of ${channel}`;
    },
    on: (channel, l) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    removeListener: (channel, l) => listeners.get(channel)?.delete(l),
  };
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({ sender: 'secret ipc event' }, ...args));
  return { ipc, invoked, listeners, emit };
}

describe('createBridge', () => {
  it('exposes exactly the FanplanBridge operations, frozen', () => {
    const bridge = createBridge(fakeIpc().ipc);
    const expected: (keyof FanplanBridge)[] = ['clearRecovery', 'listRecent', 'newDocument', 'onMenuCommand', 'openProject', 'openRecent', 'printReportPdf', 'readRecovery', 'saveProject', 'saveProjectAs', 'setDocumentState', 'writeRecovery'];
    expect(Object.keys(bridge).sort()).toEqual(expected);
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const k of expected) expect(typeof bridge[k]).toBe('function');
  });

  it('forwards each operation to its app: channel with invoke', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(ipc);
    const bytes = new Uint8Array([1, 2]);
    expect(await bridge.openProject()).toBe('result of app:open-project');
    await bridge.openRecent(2);
    await bridge.listRecent();
    await bridge.saveProject(bytes);
    await bridge.saveProjectAs(bytes, 'plan.fanplan');
    await bridge.setDocumentState({ title: 'T', dirty: true, extra: 'dropped' } as { title: string; dirty: boolean });
    expect(invoked).toEqual([
      [IPC_CHANNELS.openProject, []],
      [IPC_CHANNELS.openRecent, [2]],
      [IPC_CHANNELS.listRecent, []],
      [IPC_CHANNELS.saveProject, [bytes]],
      [IPC_CHANNELS.saveProjectAs, [bytes, 'plan.fanplan']],
      [IPC_CHANNELS.setDocumentState, [{ title: 'T', dirty: true }]],
    ]);
  });

  it('passes only known menu commands, without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const got: unknown[][] = [];
    const off = createBridge(ipc).onMenuCommand((...args: unknown[]) => got.push(args));
    expect([...listeners.keys()]).toEqual([MENU_EVENT_CHANNEL]);
    emit(MENU_EVENT_CHANNEL, 'file:save');
    emit(MENU_EVENT_CHANNEL, 'shell:rm -rf');
    emit(MENU_EVENT_CHANNEL, { command: 'file:save' });
    emit('app:other', 'file:open');
    expect(got).toEqual([['file:save']]);
    off();
    emit(MENU_EVENT_CHANNEL, 'file:open');
    expect(got).toHaveLength(1);
    expect(listeners.get(MENU_EVENT_CHANNEL)?.size).toBe(0);
  });

  it('rejects a non-function listener', () => {
    expect(() => createBridge(fakeIpc().ipc).onMenuCommand('x' as unknown as (c: MenuCommand) => void)).toThrow(TypeError);
  });

  it('recognises menu commands', () => {
    expect(isMenuCommand('view:toggle-meters')).toBe(true);
    expect(isMenuCommand('view:toggle-everything')).toBe(false);
    expect(isMenuCommand(1)).toBe(false);
  });
});
