import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../cli/commands/compare';
import { COMPARE_COLUMNS } from '../../cli/plan-format';
import { generateDemoProject } from '../../workers/engines/demo';
import { writeProjectFile } from '../../workers/model';

const examples = ['vendor-a-jpy.json', 'vendor-b-usd.json', 'vendor-c-eur.json'].map((f) => new URL(`../../datasets/proposals/examples/${f}`, import.meta.url).pathname);

function io() {
  const o = { out: '', err: '' };
  return { o, io: { stdout: (t: string) => { o.out += t; }, stderr: (t: string) => { o.err += t; }, cwd: process.cwd() } };
}

describe('fanplan compare', () => {
  it('plans the three example proposals side by side and flags the ARIB violation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-compare-'));
    const file = join(dir, 'demo.fanplan');
    writeFileSync(file, writeProjectFile(generateDemoProject({ seed: 1, meters: 1500 })));
    const { o, io: cio } = io();
    const code = await compareCommand.run([file, '--proposals', ...examples, '--out', join(dir, 'compare.csv')], cio);
    expect(code, o.err).toBe(0);
    const rows = readFileSync(join(dir, 'compare.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe(COMPARE_COLUMNS.join(','));
    const totals = rows.filter((r) => r.split(',')[2] === 'TOTAL');
    expect(totals).toHaveLength(3);
    expect(totals[2]).toMatch(/c-mesh-27dbm:violation:power-over-class/);
    expect(rows.some((r) => r.includes('c-mesh-27dbm') && r.includes('violation:power-over-class:txPowerDbm=27'))).toBe(true);
    expect(o.out).toMatch(/VIOLATION arib-std-t108 c-mesh-27dbm\.txPowerDbm/);
    for (const v of ['Sakura', 'Northwind', 'Apex']) expect(o.out).toMatch(new RegExp(`${v}.*TCO [\\d,]+ JPY`));
  }, 180_000);

  it('fails with errors naming the proposal file and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-compare-'));
    const file = new URL('../fixtures/project/v1-small-town.fanplan', import.meta.url).pathname;
    const bad = JSON.parse(readFileSync(examples[1], 'utf8'));
    bad.profiles[0].hopLimit = 0;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const { o, io: cio } = io();
    expect(await compareCommand.run([file, '--proposals', join(dir, 'bad.json')], cio)).toBe(1);
    expect(o.err).toMatch(/bad\.json: profiles\[0\]\.hopLimit: /);
  });
});
