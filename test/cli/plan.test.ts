import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCommand } from '../../cli/commands/plan';
import { generateDemoProject } from '../../workers/engines/demo';
import { writeProjectFile } from '../../workers/model';

function io() {
  const o = { out: '', err: '' };
  return { o, io: { stdout: (t: string) => { o.out += t; }, stderr: (t: string) => { o.err += t; }, cwd: process.cwd() } };
}

describe('fanplan plan', () => {
  it('writes the plan JSON (areas, options, recommendation, hybrid vs single-medium totals) and prints the numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-plan-'));
    const file = join(dir, 'demo.fanplan');
    writeFileSync(file, writeProjectFile(generateDemoProject({ seed: 1, meters: 3000 })));
    const { o, io: cio } = io();
    const code = await planCommand.run([file, '--out', join(dir, 'plan.json')], cio);
    expect(code, o.err).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    expect(plan.currency).toBe('JPY');
    expect(plan.areas.length).toBeGreaterThanOrEqual(5);
    for (const a of plan.areas) {
      expect(a).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), class: expect.any(String), meters: expect.any(Number) }));
      expect(a.recommended).toEqual({ medium: expect.any(String), profile: expect.any(String) });
      for (const x of a.options) {
        expect(Object.keys(x)).toEqual(expect.arrayContaining(['medium', 'profile', 'readSuccessMean', 'readSuccessP5', 'collectors', 'capex', 'opexPerYear', 'tco', 'tcoPerMeter', 'meetsTarget']));
        expect(x.tco).toBeGreaterThanOrEqual(x.capex);
      }
    }
    expect(plan.totals.hybrid).toEqual(expect.objectContaining({ tco: expect.any(Number), readSuccessMean: expect.any(Number) }));
    for (const m of ['mesh', 'plc', 'star']) {
      expect(plan.totals.singleMedium[m].tco).toBeGreaterThan(plan.totals.hybrid.tco);
      expect(o.out).toMatch(new RegExp(`\\n  ${m} +TCO +[\\d,]+ JPY`));
    }
    expect(o.out).toMatch(/\n {2}hybrid +TCO +[\d,]+ JPY, read success \d+\.\d+ %/);
  }, 120_000);

  it('rejects a bad cost preset naming the file and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-plan-'));
    const file = new URL('../fixtures/project/v1-small-town.fanplan', import.meta.url).pathname;
    const preset = JSON.parse(readFileSync(new URL('../../datasets/costs/default-costs-jpy.json', import.meta.url), 'utf8'));
    preset.profiles['mesh-wisun-jp'].meterModule = -1;
    writeFileSync(join(dir, 'costs.json'), JSON.stringify(preset));
    const { o, io: cio } = io();
    expect(await planCommand.run([file, '--costs', join(dir, 'costs.json')], cio)).toBe(1);
    expect(o.err).toMatch(/costs\.json: profiles\.mesh-wisun-jp\.meterModule: /);
  });

  it('plans only the profiles given with --profiles (a tender of three media) and names unknown ids', async () => {
    const file = new URL('../fixtures/project/v1-small-town.fanplan', import.meta.url).pathname;
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-plan-'));
    const { o, io: cio } = io();
    expect(await planCommand.run([file, '--profiles', 'mesh-wisun-jp, plc-g3-cenelec-a,star-lte-m', '--out', join(dir, 'plan.json')], cio), o.err).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    const used = new Set(plan.areas.flatMap((a: { options: { profile: string }[] }) => a.options.flatMap((x) => x.profile.split('+'))));
    expect([...used].sort()).toEqual(['mesh-wisun-jp', 'plc-g3-cenelec-a', 'star-lte-m']);
    const bad = io();
    await expect(planCommand.run([file, '--profiles', 'mesh-wisun-jp,no-such'], bad.io)).rejects.toThrow(/--profiles: no profile "no-such" in the project \(it has .*mesh-wisun-jp/);
  }, 120_000);
});
