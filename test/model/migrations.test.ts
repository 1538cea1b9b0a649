import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, migrate, MIGRATIONS, readProjectFile, type Migration } from '../../workers/model';

describe('format migrations', () => {
  it('every past and current version has a fixture that loads to the current version', () => {
    const dir = new URL('../fixtures/project/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.fanplan'));
    const versions = new Set<number>();
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      versions.add(JSON.parse(text).formatVersion);
      const r = readProjectFile(text, f);
      expect(r.ok, f).toBe(true);
      if (r.ok) expect(r.project.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    }
    const oldest = MIGRATIONS.length ? Math.min(...MIGRATIONS.map((m) => m.from)) : CURRENT_FORMAT_VERSION;
    for (let v = oldest; v <= CURRENT_FORMAT_VERSION; v++) expect(versions.has(v), `fixture for version ${v}`).toBe(true);
  });

  it('applies a chain of steps in order and reports them', () => {
    const steps: Migration[] = [
      { from: 1, describe: 'rename a to b', up: (d) => { const { a, ...rest } = d; return { ...rest, b: a }; } },
      { from: 2, describe: 'double b', up: (d) => ({ ...d, b: (d.b as number) * 2 }) },
    ];
    const r = migrate({ formatVersion: 1, a: 21 }, steps, 3);
    expect(r).toEqual({ ok: true, doc: { formatVersion: 3, b: 42 }, from: 1, applied: ['rename a to b', 'double b'] });
  });

  it('refuses gaps in the chain and versions older than any step', () => {
    const steps: Migration[] = [{ from: 2, describe: 'x', up: (d) => d }];
    expect(migrate({ formatVersion: 1 }, steps, 3)).toMatchObject({ ok: false, message: expect.stringMatching(/unknown version 1/) });
    expect(migrate({ formatVersion: 2 }, steps, 4)).toMatchObject({ ok: false, message: expect.stringMatching(/no migration from version 3/) });
  });
});
