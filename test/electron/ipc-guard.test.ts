import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, MAX_IPC_PROJECT_BYTES } from '../../contract/ipc';
import { guardHandler, registerIpcHandlers, senderRejection, validateIpcArgs, type FrameLike, type InvokeEventLike, type IpcHandlers, type TrustedWindow } from '../../electron/ipc-guard';

const webContents = { id: 1 };
const mainFrame: FrameLike = { url: 'app://fanplan/index.html', parent: null, processId: 7, routingId: 1 };
const trusted: TrustedWindow = { webContents, mainFrame };
const event = (over: Partial<InvokeEventLike> = {}): InvokeEventLike => ({ sender: webContents, senderFrame: mainFrame, ...over });

/** Handlers that record their calls. */
function recordingHandlers() {
  const calls: [string, unknown[]][] = [];
  const rec = (name: string, result: unknown) => (...args: unknown[]) => {
    calls.push([name, args]);
    return Promise.resolve(result);
  };
  const handlers = {
    openProject: rec('openProject', { status: 'cancelled' }),
    openRecent: rec('openRecent', { status: 'cancelled' }),
    listRecent: rec('listRecent', []),
    saveProject: rec('saveProject', { status: 'cancelled' }),
    saveProjectAs: rec('saveProjectAs', { status: 'cancelled' }),
    setDocumentState: rec('setDocumentState', undefined),
  } as unknown as IpcHandlers;
  return { handlers, calls };
}

describe('senderRejection', () => {
  it('accepts the main frame of the main window on the app origin', () => {
    expect(senderRejection(event(), trusted)).toBeNull();
    // A different wrapper object for the same frame is still the main frame.
    expect(senderRejection(event({ senderFrame: { ...mainFrame } }), trusted)).toBeNull();
  });

  it.each([
    ['https://evil.example/', /not on the app origin/],
    ['file:///tmp/x.html', /not on the app origin/],
    ['http://localhost:5173/', /not on the app origin/],
    ['app://evil/index.html', /not on the app origin/],
    ['', /not on the app origin/],
  ])('rejects a frame on %s', (url, why) => {
    expect(senderRejection(event({ senderFrame: { ...mainFrame, url } }), trusted)).toMatch(why);
  });

  it('rejects a sub-frame, even on the app origin', () => {
    const sub: FrameLike = { url: 'app://fanplan/embed.html', parent: mainFrame, processId: 7, routingId: 5 };
    expect(senderRejection(event({ senderFrame: sub }), trusted)).toMatch(/sub-frame/);
  });

  it('rejects a destroyed frame, another webContents, another top frame and a missing window', () => {
    expect(senderRejection(event({ senderFrame: null }), trusted)).toMatch(/no longer exists/);
    expect(senderRejection(event({ sender: { id: 2 } }), trusted)).toMatch(/not the main window/);
    expect(senderRejection(event({ senderFrame: { ...mainFrame, routingId: 9 } }), trusted)).toMatch(/main frame/);
    expect(senderRejection(event(), null)).toMatch(/not the main window/);
  });
});

describe('validateIpcArgs', () => {
  const bytes = new Uint8Array([123, 125]);

  it('accepts valid arguments', () => {
    expect(validateIpcArgs('openProject', [])).toMatchObject({ ok: true });
    expect(validateIpcArgs('openRecent', [3])).toEqual({ ok: true, args: [3] });
    expect(validateIpcArgs('saveProject', [bytes])).toMatchObject({ ok: true });
    expect(validateIpcArgs('saveProjectAs', [bytes, 'Tokyo plan.fanplan'])).toMatchObject({ ok: true });
    expect(validateIpcArgs('setDocumentState', [{ title: 'Tokyo', dirty: true }])).toMatchObject({ ok: true });
  });

  it.each([
    ['openRecent', ['1'], /argument 1/],
    ['openRecent', [1.5], /argument 1/],
    ['openRecent', [-1], /argument 1/],
    ['openRecent', [1e308], /argument 1/],
    ['openRecent', [Number.NaN], /argument 1/],
    ['openRecent', [], /wrong number of arguments \(got 0\)/],
    ['openProject', ['/etc/passwd'], /wrong number of arguments \(got 1\)/],
    ['saveProject', ['{"formatVersion":1}'], /argument 1/],
    ['saveProject', [[123, 125]], /argument 1/],
    ['saveProject', [{ 0: 123, length: 1 }], /argument 1/],
    ['saveProject', [new ArrayBuffer(4)], /argument 1/],
    ['saveProject', [new Uint8Array(0)], /out of range/],
    ['saveProjectAs', [new Uint8Array([1]), '../../.bashrc'], /bare file name/],
    ['saveProjectAs', [new Uint8Array([1]), '/etc/cron.d/x'], /bare file name/],
    ['saveProjectAs', [new Uint8Array([1]), 'C:\\Windows\\x.fanplan'], /bare file name/],
    ['saveProjectAs', [new Uint8Array([1]), 'x'.repeat(201)], /argument 2/],
    ['saveProjectAs', [new Uint8Array([1])], /wrong number of arguments/],
    ['setDocumentState', [{ title: 'x', dirty: 'yes' }], /argument 1 \(dirty\)/],
    ['setDocumentState', [{ title: 'x', dirty: false, path: '/tmp/x' }], /argument 1/],
  ] as const)('rejects %s(%j)', (op, args, why) => {
    const r = validateIpcArgs(op, [...args]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(why);
  });

  it('rejects a project larger than the IPC limit without copying it', () => {
    const huge = { byteLength: MAX_IPC_PROJECT_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(validateIpcArgs('saveProject', [huge]).ok).toBe(false);
  });
});

describe('guardHandler / registerIpcHandlers', () => {
  it('registers every contract channel, and only those', () => {
    const channels: string[] = [];
    registerIpcHandlers({ handle: (c) => channels.push(c) }, recordingHandlers().handlers, () => trusted);
    expect(channels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    for (const c of channels) expect(c.startsWith('app:')).toBe(true);
  });

  it('calls the handler with validated arguments from a trusted sender', async () => {
    const { handlers, calls } = recordingHandlers();
    const listeners = new Map<string, (e: InvokeEventLike, ...a: unknown[]) => Promise<unknown>>();
    registerIpcHandlers({ handle: (c, l) => listeners.set(c, l) }, handlers, () => trusted);
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(listeners.get(IPC_CHANNELS.saveProjectAs)!(event(), bytes, 'plan.fanplan')).resolves.toEqual({ status: 'cancelled' });
    await expect(listeners.get(IPC_CHANNELS.listRecent)!(event())).resolves.toEqual([]);
    expect(calls).toEqual([['saveProjectAs', [bytes, 'plan.fanplan']], ['listRecent', []]]);
  });

  it('rejects untrusted senders and invalid arguments before the handler runs', async () => {
    const { handlers, calls } = recordingHandlers();
    const open = guardHandler('openRecent', handlers.openRecent, () => trusted);
    await expect(open(event({ senderFrame: { ...mainFrame, url: 'https://evil.example/' } }), 0)).rejects.toThrow('app:open-recent refused: the sender is not on the app origin');
    await expect(open(event({ senderFrame: { ...mainFrame, parent: mainFrame } }), 0)).rejects.toThrow(/sub-frame/);
    await expect(open(event(), 99)).rejects.toThrow(/app:open-recent refused: invalid arguments: argument 1/);
    await expect(open(event(), 0, 'extra')).rejects.toThrow(/invalid arguments: wrong number of arguments \(got 2\)/);
    const save = guardHandler('saveProject', handlers.saveProject, () => trusted);
    await expect(save(event(), 'not bytes')).rejects.toThrow(/invalid arguments: argument 1/);
    expect(calls).toEqual([]);
  });

  it('rejects when the main window is gone', async () => {
    const { handlers, calls } = recordingHandlers();
    await expect(guardHandler('listRecent', handlers.listRecent, () => null)(event())).rejects.toThrow(/not the main window/);
    expect(calls).toEqual([]);
  });
});
