import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addRecent, loadRecent, MAX_RECENT, recentEntries, removeRecent, saveRecent } from '../../electron/recent';

const abs = (...p: string[]) => path.resolve('/projects', ...p);

describe('recent list operations', () => {
  it('puts the newest file first without duplicates', () => {
    let list: string[] = [];
    list = addRecent(list, abs('a.fanplan'));
    list = addRecent(list, abs('b.fanplan'));
    list = addRecent(list, abs('a.fanplan'));
    expect(list).toEqual([abs('a.fanplan'), abs('b.fanplan')]);
  });

  it(`keeps at most ${MAX_RECENT}`, () => {
    let list: string[] = [];
    for (let i = 0; i < 15; i++) list = addRecent(list, abs(`p${i}.fanplan`));
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(abs('p14.fanplan'));
    expect(list.at(-1)).toBe(abs('p5.fanplan'));
  });

  it('removes a file', () => {
    expect(removeRecent([abs('a'), abs('b')], abs('a'))).toEqual([abs('b')]);
  });

  it('exposes names and indices only, disambiguating equal names by folder', () => {
    const entries = recentEntries([abs('tokyo', 'plan.fanplan'), abs('osaka', 'plan.fanplan'), abs('x', 'rural.fanplan')]);
    expect(entries).toEqual([
      { index: 0, name: 'plan.fanplan (tokyo)' },
      { index: 1, name: 'plan.fanplan (osaka)' },
      { index: 2, name: 'rural.fanplan' },
    ]);
    for (const e of entries) expect(e.name).not.toContain(path.sep);
  });
});

describe('recent list persistence (real files)', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fanplan-recent-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through a JSON file, creating the userData dir', async () => {
    const file = path.join(dir, 'userData', 'recent-files.json');
    const list = [abs('a.fanplan'), abs('b.fanplan')];
    await saveRecent(file, list);
    expect(await loadRecent(file)).toEqual(list);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, files: list });
  });

  it('gives an empty list for a missing, corrupt or foreign file', async () => {
    expect(await loadRecent(path.join(dir, 'missing.json'))).toEqual([]);
    await writeFile(path.join(dir, 'corrupt.json'), '{"version":1,"files":[');
    expect(await loadRecent(path.join(dir, 'corrupt.json'))).toEqual([]);
    await writeFile(path.join(dir, 'foreign.json'), JSON.stringify({ version: 1, files: [42] }));
    expect(await loadRecent(path.join(dir, 'foreign.json'))).toEqual([]);
  });

  it('drops relative paths and caps a hand-edited list', async () => {
    const file = path.join(dir, 'recent.json');
    const many = Array.from({ length: 12 }, (_, i) => abs(`p${i}.fanplan`));
    await writeFile(file, JSON.stringify({ version: 1, files: ['relative/plan.fanplan', ...many] }));
    expect(await loadRecent(file)).toEqual(many.slice(0, MAX_RECENT));
  });
});
