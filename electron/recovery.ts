/**
 * The autosave recovery store of the desktop app: the renderer's copy of
 * unsaved work is kept in `<userData>/recovery/` as two files written with
 * {@link atomicWriteFile} — `recovery.fanplan` (the project bytes) and
 * `recovery.json` (what the start-up prompt shows). The project bytes are
 * written first and the description last, so a description always names a
 * complete copy; a crash between the two leaves the previous pair or a
 * description that fails the byte-length check (reported as corrupt, never
 * trusted). The renderer sends no path: file names are fixed here.
 */
import path from 'node:path';
import type { RecoveryCopy, RecoveryMeta } from '../contract/ipc';
import { MAX_IPC_PROJECT_BYTES } from '../contract/ipc';

/** File operations the store uses, injected (tests use a temp directory and Node's fs). */
export interface RecoveryDeps {
  /** The recovery folder, e.g. `<userData>/recovery`. */
  dir: string;
  mkdir(dir: string): Promise<unknown>;
  readFile(file: string): Promise<Uint8Array>;
  /** Atomic write (atomic-write.ts). */
  writeFile(file: string, bytes: Uint8Array): Promise<unknown>;
  /** Remove a file; a missing file is not an error. */
  removeFile(file: string): Promise<void>;
}

/** The handlers behind the recovery IPC channels (arguments already validated by ipc-guard.ts). */
export interface RecoveryHandlers {
  writeRecovery(copy: RecoveryCopy): Promise<void>;
  readRecovery(): Promise<RecoveryCopy | null>;
  clearRecovery(): Promise<void>;
}

/** Fixed file names inside the recovery folder. */
export const RECOVERY_FILES = { bytes: 'recovery.fanplan', meta: 'recovery.json' } as const;

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/** A description read back from disk, checked field by field (it may be truncated or hand-edited). */
export function parseRecoveryMeta(text: string): (RecoveryMeta & { byteLength: number }) | null {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return null; }
  const o = raw as Record<string, unknown> | null;
  if (!o || typeof o !== 'object') return null;
  const str = (v: unknown) => typeof v === 'string' && v.length <= 300;
  const nat = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (!str(o.title) || !(o.fileName === null || str(o.fileName)) || !nat(o.meters) || !nat(o.byteLength) || typeof o.savedAtMs !== 'number' || !Number.isFinite(o.savedAtMs)) return null;
  return { title: o.title as string, fileName: o.fileName as string | null, meters: o.meters as number, savedAtMs: o.savedAtMs, byteLength: o.byteLength as number };
}

/** Create the recovery handlers over injected file operations. Calls run one at a time. */
export function createRecoveryStore(deps: RecoveryDeps): RecoveryHandlers {
  const bytesFile = path.join(deps.dir, RECOVERY_FILES.bytes);
  const metaFile = path.join(deps.dir, RECOVERY_FILES.meta);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = queue.then(fn);
    queue = p.catch(() => undefined);
    return p;
  };
  const clear = async () => {
    // the description goes first: without it a leftover bytes file is never offered
    for (const f of [metaFile, `${metaFile}.bak`, bytesFile, `${bytesFile}.bak`]) await deps.removeFile(f);
  };
  return {
    writeRecovery: (copy) => serial(async () => {
      await deps.mkdir(deps.dir);
      await deps.writeFile(bytesFile, copy.bytes);
      const meta = { ...copy.meta, byteLength: copy.bytes.byteLength };
      await deps.writeFile(metaFile, new TextEncoder().encode(JSON.stringify(meta)));
    }),
    readRecovery: () => serial(async () => {
      let metaBytes: Uint8Array;
      try { metaBytes = await deps.readFile(metaFile); } catch (e) { if (isMissing(e)) return null; throw e; }
      const meta = metaBytes.byteLength <= 4096 ? parseRecoveryMeta(new TextDecoder().decode(metaBytes)) : null;
      if (!meta || meta.byteLength > MAX_IPC_PROJECT_BYTES) throw new Error(`${RECOVERY_FILES.meta}: the recovery description is damaged`);
      let bytes: Uint8Array;
      try { bytes = await deps.readFile(bytesFile); } catch (e) { if (isMissing(e)) throw new Error(`${RECOVERY_FILES.bytes}: the recovery copy is missing`, { cause: e }); throw e; }
      if (bytes.byteLength !== meta.byteLength) throw new Error(`${RECOVERY_FILES.bytes}: the recovery copy is incomplete (${bytes.byteLength} of ${meta.byteLength} bytes)`);
      const { byteLength: _n, ...rest } = meta;
      return { meta: rest, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    }),
    clearRecovery: () => serial(clear),
  };
}
