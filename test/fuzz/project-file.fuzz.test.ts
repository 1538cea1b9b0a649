/**
 * Fuzzing the project-file reader (RELIABILITY.md §2): mutated `.fanplan`
 * text and gzip bytes, random JSON, NaN/Infinity, deep nesting, gzip bombs,
 * truncation, bad UTF-8 and 10^6 bad entities. readProjectFile must return
 * a structured ProjectFileError (or a valid project), never throw or hang.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectFileError, readProjectFile, writeProjectFile, type ReadResult } from '../../workers/model';
import { MAX_LIST_ISSUES } from '../../workers/model/schema-project';
import { mutatedBytes, mutatedText, POISON, Tally } from './fuzz-kit';

/** Runs per fuzzer (FANPLAN_FUZZ_RUNS overrides, for longer local runs); recorded in RELIABILITY.md. */
export const PROJECT_RUNS = Number(process.env.FANPLAN_FUZZ_RUNS) || 300;
const tally = new Tally();
afterAll(() => tally.print('project file fuzzed:'));

const ROOT = path.resolve(__dirname, '../..');
const SEEDS = ['test/fixtures/project/v1-small-town.fanplan', 'datasets/fixtures/small-town.fanplan'].map((f) => readFileSync(path.join(ROOT, f), 'utf8'));

/** A structured answer: a valid project, or a ProjectFileError with a kind, the file name and at most a capped list of issues. */
function expectStructured(r: ReadResult, file = 'p.fanplan'): void {
  if (r.ok) {
    expect(Array.isArray(r.project.meters)).toBe(true);
    for (const m of r.project.meters) expect(Number.isFinite(m.lon) && Number.isFinite(m.lat)).toBe(true);
    return;
  }
  expect(r.error).toBeInstanceOf(ProjectFileError);
  expect(['empty', 'compression', 'json', 'version', 'schema']).toContain(r.error.kind);
  expect(r.error.fileName ?? file).toBe(file);
  expect(r.error.issues.length).toBeGreaterThan(0);
  expect(r.error.issues.length).toBeLessThanOrEqual(MAX_LIST_ISSUES);
  expect(r.error.message.length).toBeGreaterThan(0);
}
const read = (data: Uint8Array | string) => tally.run('readProjectFile', () => readProjectFile(data, 'p.fanplan'));

const jsonValue = fc.jsonValue({ maxDepth: 4 });

describe('readProjectFile under fuzzing', () => {
  it('mutated project text', () => {
    fc.assert(fc.property(mutatedText(SEEDS), (text) => expectStructured(read(text))), { numRuns: PROJECT_RUNS });
  });

  it('mutated gzip bytes', () => {
    const gz = SEEDS.map((s) => gzipSync(new TextEncoder().encode(s)));
    fc.assert(fc.property(mutatedBytes(gz), (bytes) => expectStructured(read(bytes))), { numRuns: PROJECT_RUNS / 2 });
  });

  it('random JSON, and random values in every top-level member of a valid project', () => {
    const base = JSON.parse(SEEDS[0]) as Record<string, unknown>;
    const member = fc.constantFrom(...Object.keys(base), '__proto__', 'constructor', 'extra');
    fc.assert(fc.property(jsonValue, member, jsonValue, (random, key, value) => {
      expectStructured(read(JSON.stringify(random)));
      expectStructured(read(JSON.stringify({ ...base, [key]: value })));
    }), { numRuns: PROJECT_RUNS / 2 });
  });

  it('NaN, Infinity and huge numbers in coordinates', () => {
    for (const p of POISON) expectStructured(read(SEEDS[0].replace(/"lon": [\d.]+/, `"lon": ${p}`)));
  });

  it('deep nesting, truncation, bad UTF-8, BOM and empty input', () => {
    const inputs: (string | Uint8Array)[] = [
      '['.repeat(1_000_000), '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000),
      `{"formatVersion":1,"meta":{"name":"x"},"meters":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`,
      SEEDS[0].slice(0, SEEDS[0].length / 2), '\uFEFF' + SEEDS[0], '', '   ', 'null', '[]', '1e999',
      new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), new Uint8Array([0x1f, 0x8b]), new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]),
      new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]),
    ];
    for (const input of inputs) expectStructured(read(input));
  });

  it('a gzip bomb stops at the limit with a compression error', () => {
    const bomb = gzipSync(new Uint8Array(16 * 1024 * 1024), { level: 1 });
    expect(bomb.length).toBeLessThan(200_000);
    const r = tally.run('readProjectFile', () => readProjectFile(bomb, 'p.fanplan', { maxBytes: 4 * 1024 * 1024 }));
    expectStructured(r);
    expect(!r.ok && r.error.kind).toBe('compression');
    expect(!r.ok && r.error.message).toMatch(/more than the 4194304-byte limit/);
  });

  it('3·10^5 bad meters and 10^5 duplicate ids report a capped list of issues', () => {
    const bad = '{"formatVersion":1,"meta":{"name":"x"},"meters":[' + new Array(300_000).fill('{"lon":NaN}').join(',') + ']}';
    const r = read(bad);
    expectStructured(r);
    expect(!r.ok && r.error.issues.length).toBe(MAX_LIST_ISSUES);
    const dup = { formatVersion: 1, meta: { name: 'x' }, meters: Array.from({ length: 100_000 }, (_, i) => ({ id: 'same', lon: 139 + i * 1e-6, lat: 35 })) };
    const d = read(JSON.stringify(dup));
    expectStructured(d);
    expect(!d.ok && d.error.issues[0].message).toMatch(/duplicate id/);
  });

  it('round-trips what it accepts', () => {
    const r = readProjectFile(SEEDS[0]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(readProjectFile(writeProjectFile(r.project, { gzip: true })).ok).toBe(true);
  });
});
