/**
 * Shared pieces of the input fuzzers (RELIABILITY.md §2): mutations of valid
 * seed files (truncation, byte flips, splices, number poisoning with NaN,
 * Infinity and huge values), adversarial shapes (deep nesting), a check that
 * an importer's answer is a well-formed structured result, and a tally of the
 * cases run and the slowest one, printed for RELIABILITY.md.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ImportResult } from '../../workers/engines/importers';

/** Values that break naive numeric code. */
export const POISON = ['NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '1e308', '-0', '0x1F', '""', 'null', 'true', '[]', '{}', '9007199254740993', '1e-400', '"\\u0000"', '"\uFFFF"'];

/** One edit of a text. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...POISON, '<', '>', '"', ',', '\n', '\r\n', '{', '[', ']', '}', '\u2028', '\uD800', '&amp;', '<!--', ']]>')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('poison' as const), nth: fc.nat(40), value: fc.constantFrom(...POISON) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: 50 }) }),
);

/** Apply edits to a seed text. */
export function mutateText(seed: string, edits: { kind: string; [k: string]: unknown }[]): string {
  let s = seed;
  for (const e of edits) {
    const pos = (x: unknown) => Math.floor((x as number) * s.length);
    if (e.kind === 'truncate') s = s.slice(0, pos(e.at));
    else if (e.kind === 'insert') s = s.slice(0, pos(e.at)) + (e.text as string) + s.slice(pos(e.at));
    else if (e.kind === 'delete') s = s.slice(0, pos(e.at)) + s.slice(pos(e.at) + (e.len as number));
    else if (e.kind === 'duplicate') { const a = pos(e.at); s = s.slice(0, a) + s.slice(a, a + (e.len as number)).repeat(e.times as number) + s.slice(a); }
    else if (e.kind === 'poison') {
      let n = -1;
      s = s.replace(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi, (m) => (++n === (e.nth as number) ? (e.value as string) : m));
    }
  }
  return s;
}

/** A mutated version of one of the seeds. */
export function mutatedText(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([seed, edits]) => mutateText(seed, edits));
}

/** Flip, drop or splice bytes of a binary seed, or truncate it. */
export function mutatedBytes(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constant('u32' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.constantFrom(0, 1, 0x7fffffff, 0xffffffff, 0x80000000, 65535) }),
  );
  return fc.tuple(fc.constantFrom(...seeds), fc.array(op, { minLength: 1, maxLength: 6 })).map(([seed, ops]) => {
    let b = seed.slice();
    for (const o of ops) {
      const at = Math.min(b.length - 1, Math.floor(o.at * b.length));
      if (b.length === 0) break;
      if (o.kind === 'flip') b[at] = o.value;
      else if (o.kind === 'truncate') b = b.slice(0, at);
      else if (at + 4 <= b.length) new DataView(b.buffer, b.byteOffset).setUint32(at, o.value, at % 2 === 0);
    }
    return b;
  });
}

/** Cases run per fuzzer and the slowest case, ms; printed after each suite. */
export class Tally {
  private readonly counts = new Map<string, { n: number; maxMs: number }>();
  /** Run one case, counting it and its time. */
  run<T>(name: string, fn: () => T): T {
    const t = performance.now();
    try {
      return fn();
    } finally {
      const c = this.counts.get(name) ?? { n: 0, maxMs: 0 };
      c.n++;
      c.maxMs = Math.max(c.maxMs, performance.now() - t);
      this.counts.set(name, c);
    }
  }
  /** Async version of {@link run}. */
  async runAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      const c = this.counts.get(name) ?? { n: 0, maxMs: 0 };
      c.n++;
      c.maxMs = Math.max(c.maxMs, performance.now() - t);
      this.counts.set(name, c);
    }
  }
  print(title: string): void {
    const rows = [...this.counts].map(([k, v]) => `${k}: ${v.n} cases, slowest ${v.maxMs.toFixed(0)} ms`);
    console.info(`${title}\n  ${rows.join('\n  ')}`);
  }
}

const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** An importer's answer is a structured result: issues with file and message, counts, a finite bbox, and finite coordinates in every entity. */
export function expectStructured(r: ImportResult<unknown>, file: string): void {
  expect(r).toBeTypeOf('object');
  expect(Array.isArray(r.errors) && Array.isArray(r.warnings)).toBe(true);
  for (const i of [...r.errors, ...r.warnings]) {
    expect(i.file).toBe(file);
    expect(typeof i.message === 'string' && i.message.length > 0).toBe(true);
  }
  for (const v of Object.values(r.counts)) expect(Number.isInteger(v) && v >= 0).toBe(true);
  if (r.bbox !== null) {
    expect(r.bbox.every(finite)).toBe(true);
    expect(r.bbox[0] <= r.bbox[2] && r.bbox[1] <= r.bbox[3]).toBe(true);
  }
  expect(typeof r.crs).toBe('string');
  expectFiniteCoordinates(r.entities);
}

/** Every lon/lat/position number inside `v` is finite and in range. */
export function expectFiniteCoordinates(v: unknown, depth = 0): void {
  if (depth > 12 || v === null || typeof v !== 'object') return;
  if (ArrayBuffer.isView(v)) return;
  if (Array.isArray(v)) {
    if (v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number' && v.length <= 3 && depth > 0) {
      expect(Math.abs(v[0]) <= 180 && Math.abs(v[1]) <= 90, `position ${JSON.stringify(v)}`).toBe(true);
    }
    for (const x of v.slice(0, 2000)) expectFiniteCoordinates(x, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  if ('lon' in o) expect(finite(o.lon) && Math.abs(o.lon as number) <= 180, `lon ${String(o.lon)}`).toBe(true);
  if ('lat' in o) expect(finite(o.lat) && Math.abs(o.lat as number) <= 90, `lat ${String(o.lat)}`).toBe(true);
  for (const k of Object.keys(o)) if (typeof o[k] === 'object') expectFiniteCoordinates(o[k], depth + 1);
}
