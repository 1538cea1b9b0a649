/**
 * The desktop recovery store (electron/recovery.ts) over real files in a temp
 * directory, and its IPC channels through the guard: round trip, clearing,
 * damaged and incomplete copies, a write stopped at every step, invalid and
 * oversized arguments, and senders other than the main window.
 */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type RecoveryCopy } from '../../contract/ipc';
import { atomicWriteFile } from '../../electron/atomic-write';
import { registerIpcHandlers, type FrameLike, type InvokeEventLike, type IpcHandlers } from '../../electron/ipc-guard';
import { createRecoveryStore, parseRecoveryMeta, RECOVERY_FILES, type RecoveryDeps } from '../../electron/recovery';
import { createEmptyProject, readProjectFile, writeProjectFile } from '../../workers/model';

let root = '';
beforeEach(async () => { root = await mkdtemp(path.join(tmpdir(), 'fanplan-recovery-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const deps = (over: Partial<RecoveryDeps> = {}): RecoveryDeps => ({
  dir: path.join(root, 'userData', 'recovery'),
  mkdir: (d) => mkdir(d, { recursive: true }),
  readFile: (f) => readFile(f),
  writeFile: (f, b) => atomicWriteFile(f, b),
  removeFile: (f) => rm(f, { force: true }),
  ...over,
});
const copyOf = (name: string, savedAtMs = 1_700_000_000_000): RecoveryCopy => {
  const p = createEmptyProject(name);
  return { meta: { title: name, fileName: `${name}.fanplan`, meters: p.meters.length, savedAtMs }, bytes: writeProjectFile(p) };
};
const nameIn = (c: RecoveryCopy | null) => {
  const r = readProjectFile(c!.bytes);
  if (!r.ok) throw r.error;
  return r.project.meta.name;
};

describe('recovery store (real files)', () => {
  it('writes, reads back and clears a copy under userData/recovery', async () => {
    const store = createRecoveryStore(deps());
    expect(await store.readRecovery()).toBeNull();
    await store.writeRecovery(copyOf('Tama'));
    await store.writeRecovery(copyOf('Tama 2', 1_700_000_060_000));
    const got = await store.readRecovery();
    expect(got?.meta).toEqual({ title: 'Tama 2', fileName: 'Tama 2.fanplan', meters: 0, savedAtMs: 1_700_000_060_000 });
    expect(nameIn(got)).toBe('Tama 2');
    expect((await readdir(deps().dir)).sort()).toEqual([RECOVERY_FILES.meta, `${RECOVERY_FILES.meta}.bak`, RECOVERY_FILES.bytes, `${RECOVERY_FILES.bytes}.bak`].sort());
    await store.clearRecovery();
    expect(await readdir(deps().dir)).toEqual([]);
    expect(await store.readRecovery()).toBeNull();
    await store.clearRecovery(); // clearing twice is fine
  });

  it('reports a damaged description and an incomplete or missing copy instead of returning them', async () => {
    const store = createRecoveryStore(deps());
    await store.writeRecovery(copyOf('Kodaira'));
    const dir = deps().dir;
    const bytes = await readFile(path.join(dir, RECOVERY_FILES.bytes));
    await writeFile(path.join(dir, RECOVERY_FILES.bytes), bytes.subarray(0, bytes.length - 7));
    await expect(store.readRecovery()).rejects.toThrow(/recovery\.fanplan: the recovery copy is incomplete/);
    await rm(path.join(dir, RECOVERY_FILES.bytes));
    await expect(store.readRecovery()).rejects.toThrow(/recovery\.fanplan: the recovery copy is missing/);
    await writeFile(path.join(dir, RECOVERY_FILES.meta), '{"title": "x", "meters": -1');
    await expect(store.readRecovery()).rejects.toThrow(/recovery\.json: the recovery description is damaged/);
  });

  it('parses only well-formed descriptions', () => {
    expect(parseRecoveryMeta('{"title":"a","fileName":null,"meters":3,"savedAtMs":5,"byteLength":9}')).toEqual({ title: 'a', fileName: null, meters: 3, savedAtMs: 5, byteLength: 9 });
    for (const bad of ['', 'null', '[]', '{"title":"a","fileName":null,"meters":1.5,"savedAtMs":5,"byteLength":9}', '{"title":7,"fileName":null,"meters":1,"savedAtMs":5,"byteLength":9}', `{"title":"${'x'.repeat(301)}","fileName":null,"meters":1,"savedAtMs":5,"byteLength":9}`]) {
      expect(parseRecoveryMeta(bad)).toBeNull();
    }
  });

  it.each([0, 1, 2])('a write stopped dead at file operation %i leaves the old copy, the new copy, or a clear error — never a mix', async (stopAt) => {
    await createRecoveryStore(deps()).writeRecovery(copyOf('old'));
    let ops = 0;
    const frozen = createRecoveryStore(deps({
      writeFile: (f, b) => (ops++ === stopAt ? new Promise(() => undefined) : atomicWriteFile(f, b)),
    }));
    void frozen.writeRecovery(copyOf('a much longer new name'));
    await new Promise((r) => setTimeout(r, 50));
    // a fresh process reads what is on disk
    const after = await createRecoveryStore(deps()).readRecovery().then((c) => ({ c }), (e: Error) => ({ e }));
    if ('e' in after) expect(after.e.message).toMatch(/recovery\.(json|fanplan): /);
    else {
      const name = nameIn(after.c);
      expect(['old', 'a much longer new name']).toContain(name);
      expect(after.c!.meta.title).toBe(name);
    }
  });
});

describe('recovery IPC channels', () => {
  const webContents = { id: 1 };
  const mainFrame: FrameLike = { url: 'app://fanplan/index.html', parent: null, processId: 7, routingId: 1 };
  function setup() {
    const listeners = new Map<string, (e: InvokeEventLike, ...a: unknown[]) => Promise<unknown>>();
    const recovery = createRecoveryStore(deps());
    const handlers = { ...recovery } as unknown as IpcHandlers;
    registerIpcHandlers({ handle: (c, l) => listeners.set(c, l) }, handlers, () => ({ webContents, mainFrame }));
    const call = (channel: string, event: InvokeEventLike, ...args: unknown[]) => listeners.get(channel)!(event, ...args);
    return { call, trusted: { sender: webContents, senderFrame: mainFrame } as InvokeEventLike };
  }
  const huge = () => Object.defineProperty(new Uint8Array(1), 'byteLength', { value: 2 ** 31 });

  it('round-trips through the guard from the main window', async () => {
    const { call, trusted } = setup();
    const c = copyOf('Higashimurayama');
    await call(IPC_CHANNELS.writeRecovery, trusted, c);
    const got = (await call(IPC_CHANNELS.readRecovery, trusted)) as RecoveryCopy;
    expect(nameIn(got)).toBe('Higashimurayama');
    await call(IPC_CHANNELS.clearRecovery, trusted);
    expect(await call(IPC_CHANNELS.readRecovery, trusted)).toBeNull();
  });

  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['empty bytes', [{ ...copyOf('x'), bytes: new Uint8Array(0) }]],
    ['oversized bytes', [{ ...copyOf('x'), bytes: huge() }]],
    ['bytes as an array', [{ ...copyOf('x'), bytes: [1, 2, 3] }]],
    ['a path smuggled into meta', [{ ...copyOf('x'), meta: { ...copyOf('x').meta, path: '/etc/passwd' } }]],
    ['negative meters', [{ ...copyOf('x'), meta: { ...copyOf('x').meta, meters: -1 } }]],
    ['a title over 300 characters', [{ ...copyOf('x'), meta: { ...copyOf('x').meta, title: 'x'.repeat(301) } }]],
    ['NaN time', [{ ...copyOf('x'), meta: { ...copyOf('x').meta, savedAtMs: Number.NaN } }]],
    ['an extra argument', [copyOf('x'), 'extra']],
  ])('refuses invalid arguments (%s) and writes nothing', async (_label, args) => {
    const { call, trusted } = setup();
    await expect(call(IPC_CHANNELS.writeRecovery, trusted, ...args)).rejects.toThrow(/^app:write-recovery refused: invalid arguments: /);
    await expect(readdir(deps().dir)).rejects.toThrow(/ENOENT/);
  });

  it('refuses every recovery channel from a sender other than the main window', async () => {
    const { call } = setup();
    const others: InvokeEventLike[] = [
      { sender: { id: 2 }, senderFrame: mainFrame },
      { sender: webContents, senderFrame: { ...mainFrame, url: 'https://evil.example/' } },
      { sender: webContents, senderFrame: { ...mainFrame, parent: mainFrame } },
      { sender: webContents, senderFrame: null },
    ];
    for (const event of others) {
      await expect(call(IPC_CHANNELS.writeRecovery, event, copyOf('x'))).rejects.toThrow(/^app:write-recovery refused: /);
      await expect(call(IPC_CHANNELS.readRecovery, event)).rejects.toThrow(/^app:read-recovery refused: /);
      await expect(call(IPC_CHANNELS.clearRecovery, event)).rejects.toThrow(/^app:clear-recovery refused: /);
    }
    await expect(readdir(deps().dir)).rejects.toThrow(/ENOENT/);
  });
});
