import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/command';
import { main } from '../../cli/main';

const fixture = new URL('../fixtures/project/v1-small-town.fanplan', import.meta.url).pathname;

async function run(argv: string[]) {
  let out = '', err = '';
  const io: CliIo = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('fanplan CLI', () => {
  it('prints help and exits 2 without a command', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Usage: fanplan <command>/);
    expect(r.out).toMatch(/validate/);
  });

  it('validate prints a summary and exits 0 for a valid file', async () => {
    const r = await run(['validate', fixture]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid FANplan project, format version 1/);
    expect(r.out).toMatch(/meters\s+520/);
    const j = await run(['validate', fixture, '--json']);
    expect(JSON.parse(j.out)).toMatchObject({ valid: true, meters: 520, collectors: { mesh: 2, star: 1, plc: 0 } });
  });

  it('validate names the bad field and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-cli-'));
    const bad = join(dir, 'bad.fanplan');
    writeFileSync(bad, JSON.stringify({ formatVersion: 1, meta: { name: 'x' }, meters: [{ id: 'a', lon: 'east', lat: 35 }] }));
    const r = await run(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/meters\[0\]\.lon: expected a finite number, got the text "east"/);
    const missing = await run(['validate', join(dir, 'nope.fanplan')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read the file \(ENOENT\)/);
  });

  it('reports usage errors with exit 2', async () => {
    expect((await run(['validate'])).code).toBe(2);
    expect((await run(['validate', fixture, '--bogus'])).code).toBe(2);
    expect((await run(['nope'])).code).toBe(2);
  });

  it('stats runs the engines in a worker thread', async () => {
    const r = await run(['stats', fixture, '--json', '--radius', '100']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.counts.meters).toBe(520);
    expect(j.perArea).toHaveLength(2);
  });
});
