/**
 * No lost work (RELIABILITY.md §3): the save is stopped dead at every point
 * of atomicWriteFile, and the file on disk must always be the whole old
 * version or the whole new one, with a whole backup.
 *
 * 1. In-process: an injected file system freezes for good at operation N
 *    (a writeFile first writes a random prefix, as a kill mid-write would).
 *    Nothing after the freeze runs, not even the cleanup, exactly as if the
 *    process had been killed there. fast-check picks N and the prefix.
 * 2. Real kills: a child process saving in a loop gets SIGKILL at random times.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomicWriteFile, nodeAtomicFs, type AtomicWriteFs } from '../../electron/atomic-write';

/** Counts recorded in RELIABILITY.md. */
export const FREEZE_RUNS = 250;
export const KILL_RUNS = 8;

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fanplan-crash-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A version's bytes: self-describing, so a torn file is recognisable. */
function version(n: number, size: number): Uint8Array {
  const head = `FANPLAN v${n} ${size}\n`;
  const body = new Uint8Array(size);
  body.set(new TextEncoder().encode(head));
  for (let i = head.length; i < size; i++) body[i] = (n * 31 + i) & 0xff;
  return body;
}
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

/** Node's fs that freezes forever at operation `freezeAt`; returns the fs and a way to close what it left open. */
function freezingFs(freezeAt: number, prefixFraction: number) {
  let ops = 0;
  const open: fs.FileHandle[] = [];
  const frozen = { at: '' };
  let signalFrozen: () => void = () => undefined;
  const hasFrozen = new Promise<string>((r) => (signalFrozen = () => r('frozen')));
  const never = <T>(): Promise<T> => {
    signalFrozen();
    return new Promise<T>(() => undefined);
  };
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    if (ops++ === freezeAt) {
      frozen.at = name;
      return never<T>();
    }
    return run();
  };
  const fsx: AtomicWriteFs = {
    realpath: (f) => step('realpath', () => nodeAtomicFs.realpath(f)),
    stat: (f) => step('stat', () => nodeAtomicFs.stat(f)),
    rename: (a, b) => step(`rename ${path.basename(b)}`, () => fs.rename(a, b)),
    link: (a, b) => step('link', () => fs.link(a, b)),
    copyFile: (a, b) => step('copyFile', () => fs.copyFile(a, b)),
    unlink: (f) => step('unlink', () => fs.unlink(f)),
    open: (f, flags, mode) => step('open', async () => {
      const fh = await fs.open(f, flags, mode);
      open.push(fh);
      return {
        writeFile: async (data: Uint8Array) => {
          if (ops++ === freezeAt) {
            frozen.at = 'writeFile';
            await fh.writeFile(data.subarray(0, Math.floor(data.length * prefixFraction)));
            return never<void>();
          }
          return fh.writeFile(data);
        },
        sync: () => step('sync', () => fh.sync()),
        close: () => step('close', () => fh.close()),
      };
    }),
  };
  return { fsx, frozen, hasFrozen, ops: () => ops, release: () => Promise.all(open.map((h) => h.close().catch(() => undefined))) };
}

describe('atomic save frozen at every operation', () => {
  it('always leaves the whole old or whole new file, and a whole backup', async () => {
    const points = new Set<string>();
    let runs = 0;
    await fc.assert(fc.asyncProperty(fc.nat({ max: 14 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.integer({ min: 64, max: 200_000 }), async (freezeAt, frac, existing, size) => {
      const dir = await mkdtemp(path.join(root, 'f-'));
      const file = path.join(dir, 'plan.fanplan');
      const v0 = version(0, 1000);
      const v1 = version(1, 1500);
      const v2 = version(2, size);
      if (existing) {
        await atomicWriteFile(file, v0);
        await atomicWriteFile(file, v1);
      }
      const f = freezingFs(freezeAt, frac);
      const done = atomicWriteFile(file, v2, f.fsx).then(() => 'done');
      await Promise.race([done, f.hasFrozen]);
      points.add(`${existing ? 'replace' : 'create'}@${f.frozen.at || 'completed'}`);
      runs++;
      const names = await readdir(dir);
      const target = names.includes('plan.fanplan') ? new Uint8Array(await readFile(file)) : null;
      const bak = names.includes('plan.fanplan.bak') ? new Uint8Array(await readFile(`${file}.bak`)) : null;
      if (existing) {
        expect(target && (same(target, v1) || same(target, v2))).toBe(true);
        expect(bak && (same(bak, v0) || same(bak, v1))).toBe(true);
        // Once the new version is in place, the backup is the version it replaced.
        if (target && same(target, v2)) expect(bak && same(bak, v1)).toBe(true);
      } else {
        expect(target === null || same(target, v2)).toBe(true);
        expect(bak).toBeNull();
      }
      await f.release();
      // The next save works over whatever the crash left, and keeps what was on disk as its backup.
      const before = target;
      const v3 = version(3, 700);
      await atomicWriteFile(file, v3);
      expect(same(new Uint8Array(await readFile(file)), v3)).toBe(true);
      if (before) expect(same(new Uint8Array(await readFile(`${file}.bak`)), before)).toBe(true);
      await rm(dir, { recursive: true, force: true });
    }), { numRuns: FREEZE_RUNS, seed: 20261121 });
    expect(runs).toBe(FREEZE_RUNS);
    // Every operation of both paths (create, replace) was a crash point at least once.
    for (const p of ['create@realpath', 'create@open', 'create@writeFile', 'create@sync', 'create@close', 'create@rename plan.fanplan', 'replace@link', 'replace@rename plan.fanplan.bak', 'replace@rename plan.fanplan', 'replace@writeFile']) expect(points).toContain(p);
    console.info(`atomic save: ${runs} frozen saves, ${points.size} distinct crash points: ${[...points].sort().join(', ')}`);
  });
});

describe('atomic save killed with SIGKILL', () => {
  const CHILD = `
    import { atomicWriteFile } from ${JSON.stringify(path.resolve(__dirname, '../../electron/atomic-write.ts'))};
    const [file, size] = [process.argv[2], Number(process.argv[3])];
    for (let n = 1; ; n++) {
      const head = 'FANPLAN v' + n + ' ' + size + '\\n';
      const b = new Uint8Array(size);
      b.set(new TextEncoder().encode(head));
      for (let i = head.length; i < size; i++) b[i] = (n * 31 + i) & 0xff;
      await atomicWriteFile(file, b);
      if (n === 1) process.stdout.write('saving\\n');
    }`;

  it('keeps a whole version and a whole backup however often the writer is killed', async () => {
    const script = path.join(root, 'saver.mts');
    await writeFile(script, CHILD);
    const file = path.join(root, 'killed.fanplan');
    const size = 400_000;
    const delays = fc.sample(fc.integer({ min: 0, max: 120 }), { numRuns: KILL_RUNS, seed: 42 });
    let survivedVersions = 0;
    for (const delay of delays) {
      const child = spawn(process.execPath, ['--import', 'tsx', script, file, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      for (const f of [file, `${file}.bak`]) {
        const b = new Uint8Array(await readFile(f));
        const m = /^FANPLAN v(\d+) (\d+)\n/.exec(Buffer.from(b.subarray(0, 40)).toString('latin1'));
        expect(m, `${path.basename(f)} has a version header`).not.toBeNull();
        expect(same(b, version(Number(m![1]), size)), `${path.basename(f)} is a whole version`).toBe(true);
        survivedVersions++;
      }
    }
    expect(survivedVersions).toBe(2 * KILL_RUNS);
  }, 60_000);
});
