/**
 * Crash-safe saving (DESIGN.md §4). The new content goes to a temp file in
 * the target's directory, is fsynced, and is renamed over the target; the
 * previous version is kept as `<name>.bak`. At every instant the target path
 * holds either the complete old file or the complete new one.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/** The file-system operations {@link atomicWriteFile} uses (a subset of `node:fs/promises`), injectable for tests. */
export interface AtomicWriteFs {
  open(file: string, flags: string, mode?: number): Promise<{ writeFile(data: Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  stat(file: string): Promise<{ mode: number; isFile(): boolean }>;
  realpath(file: string): Promise<string>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

/** Node's own file system. */
export const nodeAtomicFs: AtomicWriteFs = nodeFs;

/** Where the backup of `file` is kept. */
export function backupPathFor(file: string): string {
  return `${file}.bak`;
}

const isErrno = (e: unknown, code: string) => (e as NodeJS.ErrnoException | null)?.code === code;

/**
 * Atomically replace `file` with `bytes`, keeping the previous content in
 * `<file>.bak`. A symlinked target is written through to the real file. On
 * failure the original is untouched, no temp file is left behind, and the
 * error is rethrown. Returns the backup path, or null for a new file.
 */
export async function atomicWriteFile(file: string, bytes: Uint8Array, fs: AtomicWriteFs = nodeAtomicFs): Promise<{ backupPath: string | null }> {
  let target = path.resolve(file);
  let mode = 0o644;
  let exists = false;
  try {
    target = await fs.realpath(target);
    const st = await fs.stat(target);
    if (!st.isFile()) throw new Error(`${target} is not a regular file`);
    exists = true;
    mode = st.mode & 0o777;
  } catch (e) {
    if (!isErrno(e, 'ENOENT')) throw e;
  }
  const dir = path.dirname(target);
  const suffix = randomBytes(6).toString('hex');
  const tmp = path.join(dir, `.${path.basename(target)}.${suffix}.tmp`);
  const bakTmp = path.join(dir, `.${path.basename(target)}.${suffix}.bak.tmp`);
  const backup = backupPathFor(target);
  const cleanup = async () => {
    for (const f of [tmp, bakTmp]) await fs.unlink(f).catch(() => undefined);
  };

  try {
    const fh = await fs.open(tmp, 'wx', mode);
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (exists) {
      // A hard link is instant and leaves the target in place; copy where links are unsupported (FAT, some shares).
      try {
        await fs.link(target, bakTmp);
      } catch {
        await fs.copyFile(target, bakTmp);
      }
      await fs.rename(bakTmp, backup);
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await cleanup();
    throw e;
  }
  await syncDirectory(dir, fs);
  return { backupPath: exists ? backup : null };
}

/** fsync a directory so the renames are durable; not supported on Windows, where it is skipped. */
async function syncDirectory(dir: string, fs: AtomicWriteFs): Promise<void> {
  let fh: Awaited<ReturnType<AtomicWriteFs['open']>> | undefined;
  try {
    fh = await fs.open(dir, 'r');
    await fh.sync();
  } catch {
    // EISDIR/EPERM/EINVAL on platforms without directory fsync.
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
