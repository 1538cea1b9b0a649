import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCommand } from '../../cli/commands/generate';
import { UsageError, type CliIo } from '../../cli/command';
import { readProjectFile } from '../../workers/model';

let dir: string;
let out: string[];
let io: CliIo;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fanplan-generate-'));
  out = [];
  io = { cwd: dir, stdout: (t) => out.push(t), stderr: (t) => out.push(t) };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('fanplan generate', () => {
  it('writes a valid synthetic project, byte-identical for the same seed', async () => {
    expect(await generateCommand.run(['--seed', '7', '--meters', '2000', '--out', 'a.fanplan'], io)).toBe(0);
    expect(await generateCommand.run(['--seed', '7', '--meters', '2000', '--out', 'b.fanplan'], io)).toBe(0);
    expect(await generateCommand.run(['--seed', '8', '--meters', '2000', '--out', 'c.fanplan'], io)).toBe(0);
    const a = readFileSync(join(dir, 'a.fanplan')), b = readFileSync(join(dir, 'b.fanplan')), c = readFileSync(join(dir, 'c.fanplan'));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
    const r = readProjectFile(a, 'a.fanplan');
    expect(r.ok && r.project.meters.length).toBe(2000);
    expect(r.ok && r.project.meta.synthetic).toBe(true);
    expect(out.join('')).toMatch(/2000 meters/);
  });

  it('gzips on request', async () => {
    expect(await generateCommand.run(['--seed', '1', '--meters', '600', '--out', 'z.fanplan', '--gzip'], io)).toBe(0);
    const z = readFileSync(join(dir, 'z.fanplan'));
    expect([z[0], z[1]]).toEqual([0x1f, 0x8b]);
    expect(readProjectFile(z).ok).toBe(true);
  });

  it('reports usage errors', async () => {
    await expect(generateCommand.run(['--meters', '1000', '--out', 'x.fanplan'], io)).rejects.toThrow(/--seed is required/);
    await expect(generateCommand.run(['--seed', '1.5', '--out', 'x.fanplan'], io)).rejects.toThrow(UsageError);
    await expect(generateCommand.run(['--seed', '1', '--meters', '10', '--out', 'x.fanplan'], io)).rejects.toThrow(/--meters/);
    await expect(generateCommand.run(['--seed', '1'], io)).rejects.toThrow(/--out is required/);
  });

  it('fails cleanly when the file cannot be written', async () => {
    expect(await generateCommand.run(['--seed', '1', '--meters', '600', '--out', 'no/such/dir/x.fanplan'], io)).toBe(1);
    expect(out.join('')).toMatch(/cannot write/);
  });
});
