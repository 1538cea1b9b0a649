import { chmod, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile, backupPathFor, nodeAtomicFs, type AtomicWriteFs } from '../../electron/atomic-write';

const bytes = (s: string) => new TextEncoder().encode(s);
let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fanplan-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Node's fs with one operation replaced, recording the calls. */
function failing(op: 'none' | 'writeFile' | 'sync' | 'rename' | 'link+copy', calls: string[] = []): AtomicWriteFs {
  const boom = () => Promise.reject(Object.assign(new Error(`injected ${op} failure`), { code: 'EIO' }));
  return {
    ...nodeAtomicFs,
    async open(file, flags, mode) {
      const fh = await fs.open(file, flags, mode);
      calls.push(`open ${path.basename(file)} ${flags}`);
      return {
        writeFile: op === 'writeFile' ? async (data: Uint8Array) => { await fh.writeFile(data.subarray(0, 3)); return boom(); } : (data: Uint8Array) => fh.writeFile(data),
        sync: op === 'sync' ? boom : () => fh.sync(),
        close: () => fh.close(),
      };
    },
    rename: op === 'rename' ? (from: string, to: string) => (path.basename(to).endsWith('.bak') ? fs.rename(from, to) : boom()) : fs.rename,
    link: op === 'link+copy' ? boom : fs.link,
    copyFile: op === 'link+copy' ? boom : fs.copyFile,
  };
}

describe('atomicWriteFile', () => {
  it('creates a new file without a backup', async () => {
    const file = path.join(dir, 'plan.fanplan');
    expect(await atomicWriteFile(file, bytes('v1'))).toEqual({ backupPath: null });
    expect(await readFile(file, 'utf8')).toBe('v1');
    expect(await readdir(dir)).toEqual(['plan.fanplan']);
  });

  it('overwrites and keeps the previous content as <name>.bak', async () => {
    const file = path.join(dir, 'plan.fanplan');
    await atomicWriteFile(file, bytes('v1'));
    expect(await atomicWriteFile(file, bytes('v2'))).toEqual({ backupPath: backupPathFor(file) });
    expect(await readFile(file, 'utf8')).toBe('v2');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('v1');
    await atomicWriteFile(file, bytes('v3'));
    expect(await readFile(file, 'utf8')).toBe('v3');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('v2');
    expect((await readdir(dir)).sort()).toEqual(['plan.fanplan', 'plan.fanplan.bak']);
  });

  it('writes the temp file in the target directory, exclusively, and fsyncs it and the directory', async () => {
    const calls: string[] = [];
    const file = path.join(dir, 'plan.fanplan');
    await atomicWriteFile(file, bytes('v1'), failing('none', calls));
    expect(calls[0]).toMatch(/^open \.plan\.fanplan\.[0-9a-f]+\.tmp wx$/);
    expect(calls).toContain(`open ${path.basename(dir)} r`);
  });

  it('keeps the file mode of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    const file = path.join(dir, 'plan.fanplan');
    await writeFile(file, 'v1');
    await chmod(file, 0o600);
    await atomicWriteFile(file, bytes('v2'));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('writes through a symlink to the real file', async () => {
    if (process.platform === 'win32') return;
    const real = path.join(dir, 'real.fanplan');
    await writeFile(real, 'v1');
    await symlink(real, path.join(dir, 'link.fanplan'));
    await atomicWriteFile(path.join(dir, 'link.fanplan'), bytes('v2'));
    expect(await readFile(real, 'utf8')).toBe('v2');
    expect(await readFile(`${real}.bak`, 'utf8')).toBe('v1');
  });

  it.each(['writeFile', 'sync', 'rename', 'link+copy'] as const)('leaves the original intact and no temp file when %s fails', async (op) => {
    const file = path.join(dir, 'plan.fanplan');
    await writeFile(file, 'original');
    await expect(atomicWriteFile(file, bytes('new content'), failing(op))).rejects.toThrow(`injected ${op} failure`);
    expect(await readFile(file, 'utf8')).toBe('original');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no temp file when writing a new file fails', async () => {
    const file = path.join(dir, 'new.fanplan');
    await expect(atomicWriteFile(file, bytes('x'), failing('writeFile'))).rejects.toThrow(/injected/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('falls back to copying the backup where hard links are unsupported', async () => {
    const file = path.join(dir, 'plan.fanplan');
    await writeFile(file, 'v1');
    const noLinks: AtomicWriteFs = { ...nodeAtomicFs, link: () => Promise.reject(Object.assign(new Error('no links'), { code: 'EPERM' })) };
    await atomicWriteFile(file, bytes('v2'), noLinks);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('v1');
    expect(await readFile(file, 'utf8')).toBe('v2');
  });

  it('refuses to replace a directory and fails cleanly in a missing directory', async () => {
    await expect(atomicWriteFile(dir, bytes('x'))).rejects.toThrow(/not a regular file/);
    await expect(atomicWriteFile(path.join(dir, 'missing', 'plan.fanplan'), bytes('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });
});
