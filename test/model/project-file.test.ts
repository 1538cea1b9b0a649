import { gzipSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmptyProject, readProjectFile, writeProjectFile, type Project } from '../../workers/model';
import { gunzipBounded } from '../../workers/model/gunzip';

const fixture = readFileSync(new URL('../fixtures/project/v1-small-town.fanplan', import.meta.url), 'utf8');
const doc = () => JSON.parse(fixture) as Record<string, unknown> & { meters: Record<string, unknown>[] };

function errorOf(data: string | Uint8Array, name = 'f.fanplan'): string {
  const r = readProjectFile(data, name);
  if (r.ok) throw new Error('expected a failure');
  return r.error.message;
}

describe('.fanplan reading', () => {
  it('reads the fixture and writes it back byte-identically', () => {
    const r = readProjectFile(fixture);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(new TextDecoder().decode(writeProjectFile(r.project))).toBe(fixture);
  });

  it('reads gzip-compressed files', () => {
    const r = readProjectFile(gzipSync(strToU8(fixture)));
    expect(r.ok && r.project.meters.length).toBe(520);
  });

  it('names the file and the problem for bad JSON, with line and column', () => {
    const msg = errorOf('{\n  "formatVersion": 1,\n  "meta": {', 'broken.fanplan');
    expect(msg).toMatch(/^broken\.fanplan: not valid JSON at line 3/);
  });

  it('rejects unknown and future versions', () => {
    expect(errorOf(JSON.stringify({ ...doc(), formatVersion: 2 }))).toMatch(/formatVersion: this file is version 2, newer than this FANplan/);
    expect(errorOf(JSON.stringify({ ...doc(), formatVersion: 0 }))).toMatch(/formatVersion: unknown version 0/);
    expect(errorOf(JSON.stringify({ ...doc(), formatVersion: '1' }))).toMatch(/formatVersion: expected an integer format version/);
  });

  it('names the path of a NaN, Infinity or text coordinate', () => {
    expect(errorOf(fixture.replace(/"lon": [0-9.]+/, '"lon": NaN'))).toMatch(/meters\[0\]\.lon: expected a finite number, got NaN/);
    expect(errorOf(fixture.replace(/"lat": [0-9.]+/, '"lat": -Infinity'))).toMatch(/meters\[0\]\.lat: expected a finite number, got -Infinity/);
    const d = doc();
    d.meters[3].lon = 'east';
    expect(errorOf(JSON.stringify(d))).toMatch(/meters\[3\]\.lon: expected a finite number, got the text "east"/);
  });

  it('keeps NaN inside strings as text', () => {
    const d = doc();
    (d.meta as Record<string, unknown>).description = 'NaN and Infinity are words here';
    const r = readProjectFile(JSON.stringify(d));
    expect(r.ok && r.project.meta.description).toBe('NaN and Infinity are words here');
  });

  it('names a missing field', () => {
    const d = doc();
    delete d.meters[7].lon;
    expect(errorOf(JSON.stringify(d))).toMatch(/meters\[7\]\.lon: required/);
  });

  it('checks references and unique ids', () => {
    const d = doc() as Record<string, unknown> & { collectors: Record<string, unknown>[]; meters: Record<string, unknown>[] };
    d.collectors[0].profileId = 'nope';
    d.meters[1].id = d.meters[0].id;
    const msg = errorOf(JSON.stringify(d));
    expect(msg).toMatch(/collectors\[0\]\.profileId: unknown profile "nope"/);
    expect(msg).toMatch(/meters\[1\]\.id: duplicate id/);
  });

  it('reports empty files, truncated gzip and non-object JSON', () => {
    expect(errorOf(new Uint8Array())).toMatch(/empty/);
    expect(errorOf(gzipSync(strToU8(fixture)).slice(0, 40))).toMatch(/gzip stream is corrupt or truncated/);
    expect(errorOf('[1,2,3]')).toMatch(/does not hold a FANplan project object/);
    // a gzip bomb: 64 MiB of zeros compresses to ~64 KiB; with a small limit it is refused without inflating it all
    const bomb = gzipSync(new Uint8Array(64 << 20));
    expect(bomb.length).toBeLessThan(200_000);
    expect(gunzipBounded(bomb, 1 << 20)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('round-trips arbitrary valid meters exactly (property)', () => {
    const meter = fc.record({
      // JSON has no negative zero, so −0 is written as 0: generate +0 only.
      lon: fc.double({ min: -180, max: 180, noNaN: true }).map((v) => v + 0),
      lat: fc.double({ min: -90, max: 90, noNaN: true }).map((v) => v + 0),
      floor: fc.option(fc.integer({ min: -10, max: 200 }), { nil: undefined }),
    });
    fc.assert(fc.property(fc.array(meter, { maxLength: 30 }), fc.boolean(), (ms, gzip) => {
      const p: Project = { ...createEmptyProject('prop'), meters: ms.map((m, i) => ({ id: `m${i}`, lon: m.lon, lat: m.lat, ...(m.floor === undefined ? {} : { floor: m.floor }) })) };
      const r = readProjectFile(writeProjectFile(p, { gzip }));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.project).toEqual(p);
    }), { numRuns: 60 });
  });

  it('writes deterministic bytes', () => {
    const p = createEmptyProject('det');
    expect(writeProjectFile(p, { gzip: true })).toEqual(writeProjectFile(p, { gzip: true }));
  });
});
