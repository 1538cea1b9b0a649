/**
 * Hostile IPC (RELIABILITY.md §1): every contract channel gets arbitrary
 * structured-clonable arguments (what `ipcRenderer.invoke` can deliver) from
 * trusted and untrusted senders. The guard must answer each with either the
 * handler's result (arguments that match the schema) or an `app:… refused:`
 * error, and never call a handler for a bad sender or bad arguments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, ipcArgs } from '../../contract/ipc';
import { registerIpcHandlers, type FrameLike, type InvokeEventLike, type IpcHandlers, type IpcOperation } from '../../electron/ipc-guard';

/** Runs per property; recorded in RELIABILITY.md. */
export const IPC_FUZZ_RUNS = 300;

const webContents = { id: 1 };
const mainFrame: FrameLike = { url: 'app://fanplan/index.html', parent: null, processId: 7, routingId: 1 };
const ops = Object.keys(IPC_CHANNELS) as IpcOperation[];

function setup() {
  const calls: [string, unknown[]][] = [];
  const handlers = Object.fromEntries(ops.map((op) => [op, (...args: unknown[]) => {
    calls.push([op, args]);
    return Promise.resolve({ status: 'cancelled' });
  }])) as unknown as IpcHandlers;
  const listeners = new Map<string, (e: InvokeEventLike, ...a: unknown[]) => Promise<unknown>>();
  registerIpcHandlers({ handle: (c, l) => listeners.set(c, l) }, handlers, () => ({ webContents, mainFrame }));
  return { calls, listeners };
}

const clonable = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true, maxDepth: 4 });
/** Arguments that look almost right: near-valid values, type confusions, huge and odd numbers and strings. */
const nearValid = fc.oneof(
  fc.integer({ min: -5, max: 30 }), fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 2 ** 53, 1e308),
  fc.string({ maxLength: 400 }), fc.constantFrom('../../etc/passwd', 'C:\\x', 'a/b', '\0', '__proto__', 'x'.repeat(201)),
  fc.uint8Array({ maxLength: 64 }), fc.constant(new Uint8Array(0)), fc.constant(new ArrayBuffer(8)), fc.constant(new Uint16Array(4)),
  fc.record({ title: fc.oneof(fc.string({ maxLength: 400 }), clonable), dirty: fc.oneof(fc.boolean(), clonable) }, { requiredKeys: [] }),
  fc.constant(JSON.parse('{"title":"x","dirty":true,"__proto__":{"polluted":1}}')),
  fc.constant({ title: 'x', dirty: true, extra: '/tmp/evil' }),
  clonable,
);

describe('IPC channels under hostile arguments', () => {
  it('answers every call from the trusted frame with the handler (valid args) or a refusal (invalid args)', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...ops), fc.array(nearValid, { maxLength: 4 }), async (op, args) => {
      const { calls, listeners } = setup();
      const valid = ipcArgs[op].safeParse(args).success;
      const out = await listeners.get(IPC_CHANNELS[op])!({ sender: webContents, senderFrame: mainFrame }, ...args).then(
        (v) => ({ ok: true as const, v }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      if (valid) {
        expect(out.ok).toBe(true);
        expect(calls.map(([name]) => name)).toEqual([op]);
      } else {
        expect(out.ok).toBe(false);
        if (!out.ok) expect((out.e as Error).message).toMatch(new RegExp(`^${IPC_CHANNELS[op]} refused: invalid arguments: `));
        expect(calls).toEqual([]);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), { numRuns: IPC_FUZZ_RUNS });
  });

  it('never runs a handler for a sender other than the main window\'s top frame on app://fanplan', async () => {
    const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 60 }), fc.constantFrom('app://fanplan.evil/', 'app://evil/index.html', 'file:///index.html', 'app://user@fanplan/', 'APP://FANPLAN/', 'app://fanplan/index.html'));
    const frame = fc.record({ url, parent: fc.oneof(fc.constant(null), fc.constant(mainFrame)), processId: fc.constantFrom(7, 8), routingId: fc.constantFrom(1, 2) });
    const sender = fc.constantFrom(webContents, { id: 1 }, null);
    await fc.assert(fc.asyncProperty(fc.constantFrom(...ops), fc.oneof(frame, fc.constant(null)), sender, async (op, senderFrame, s) => {
      const { calls, listeners } = setup();
      const okArgs: Record<IpcOperation, unknown[]> = { openProject: [], listRecent: [], openRecent: [0], saveProject: [new Uint8Array([1])], saveProjectAs: [new Uint8Array([1]), 'a'], setDocumentState: [{ title: 't', dirty: false }], newDocument: [], printReportPdf: ['<p>r</p>', 'r.pdf'], writeRecovery: [{ meta: { title: 't', fileName: null, meters: 0, savedAtMs: 1 }, bytes: new Uint8Array([1]) }], readRecovery: [], clearRecovery: [] };
      const trustedFrame = senderFrame !== null && new URL(senderFrame.url, 'x:/').href.startsWith('app://fanplan/') && !senderFrame.url.includes('@') && senderFrame.parent === null && senderFrame.processId === 7 && senderFrame.routingId === 1 && s === webContents;
      const result = listeners.get(IPC_CHANNELS[op])!({ sender: s, senderFrame: senderFrame as FrameLike | null }, ...okArgs[op]);
      if (trustedFrame) await expect(result).resolves.toBeDefined();
      else {
        await expect(result).rejects.toThrow(new RegExp(`^${IPC_CHANNELS[op]} refused: `));
        expect(calls).toEqual([]);
      }
    }), { numRuns: IPC_FUZZ_RUNS });
  });
});
