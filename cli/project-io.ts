/** Reading project files from disk for CLI commands. */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { readProjectFile, type ReadResult } from '../workers/model';

/** Read and validate a `.fanplan` file; IO errors become a failed ReadResult-like message. */
export async function loadProjectFile(path: string, cwd: string): Promise<ReadResult | { ok: false; ioError: string }> {
  const full = resolve(cwd, path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(full);
  } catch (e) {
    return { ok: false, ioError: `${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return readProjectFile(bytes, basename(full));
}
