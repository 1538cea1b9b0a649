import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meterSchema } from '../../../workers/model';
import { importMetersCsv } from '../../../workers/engines/importers/meters-csv';
import { createLocalProjection } from '../../../workers/engines/geo/local-projection';

describe('meters from CSV', () => {
  it('reads lon/lat with a header, any delimiter, and the optional columns', () => {
    const text = 'meter_id;longitude;latitude;height_m;floor;indoor;transformer_id\nA1;139.70;35.69;1.5;0;outdoor;T1\nA2;139.71;35.70;;3;indoor;\n';
    const r = importMetersCsv(text, { fileName: 'm.csv' });
    expect(r.errors).toEqual([]);
    expect(r.entities).toEqual([
      { id: 'A1', lon: 139.7, lat: 35.69, heightM: 1.5, floor: 0, indoor: 'outdoor', transformerId: 'T1' },
      { id: 'A2', lon: 139.71, lat: 35.7, floor: 3, indoor: 'indoor' },
    ]);
    expect(r.bbox).toEqual([139.7, 35.69, 139.71, 35.7]);
    expect(r.crs).toBe('EPSG:4326');
    expect(r.counts).toMatchObject({ rows: 2, meters: 2, rejected: 0 });
    for (const m of r.entities) expect(meterSchema.safeParse(m).success).toBe(true);
  });

  it('reads a headerless file and generates ids', () => {
    const r = importMetersCsv('139.5,35.7\n139.6,35.8\n', { fileName: 'plain.csv' });
    expect(r.entities.map((m) => [m.id, m.lon, m.lat])).toEqual([['m1', 139.5, 35.7], ['m2', 139.6, 35.8]]);
  });

  it('reprojects x/y columns from a Japanese plane rectangular CRS', () => {
    // JGD2011 zone IX (EPSG:6677): origin 36°N 139°50′E, scale 0.9999, x east / y north
    const r = importMetersCsv('id,x,y\no,0,0\np,10000,-20000\n', { fileName: 'xy.csv', crs: 'EPSG:6677' });
    expect(r.errors).toEqual([]);
    expect(r.crs).toBe('EPSG:6677');
    const [o, p] = r.entities;
    expect(o.lon).toBeCloseTo(139 + 50 / 60, 7);
    expect(o.lat).toBeCloseTo(36, 7);
    const local = createLocalProjection(139 + 50 / 60, 36); // our own Krüger TM, scale 1
    const [x, y] = local.toLocal(p.lon, p.lat);
    expect(x * 0.9999).toBeCloseTo(10000, 1);
    expect(y * 0.9999).toBeCloseTo(-20000, 1);
  });

  it('keeps the good rows and names the row and column of text in coordinate columns', () => {
    const text = 'id,lon,lat\na,139.1,35.1\n\nb,abc,35.2\nc,139.3,\nd,139.4,35.4\n\n';
    const r = importMetersCsv(text, { fileName: 'bad.csv' });
    expect(r.entities.map((m) => m.id)).toEqual(['a', 'd']);
    expect(r.errors).toEqual([
      { file: 'bad.csv', row: 4, field: 'lon', message: '"abc" is not a number' }, // line numbers count the blank line
      { file: 'bad.csv', row: 5, field: 'lat', message: 'an empty value is not a number' },
    ]);
    expect(r.counts).toMatchObject({ rows: 4, meters: 2, rejected: 2, errors: 2 });
  });

  it('rejects out-of-range positions, bad optional values and duplicate ids per row', () => {
    const text = 'id,lon,lat,floor,indoor,height\na,539.1,35.1,,,\nb,139,35,1.5,,\nc,139,35,,attic,\nd,139,35,,,5000\ne,139,35,,,\ne,139.1,35,,,\n';
    const r = importMetersCsv(text, { fileName: 'x.csv' });
    expect(r.entities.map((m) => m.id)).toEqual(['e']);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([[2, 'lon'], [3, 'floor'], [4, 'indoor'], [5, 'height'], [7, 'id']]);
    expect(r.errors[2].message).toMatch(/attic.*not one of outdoor, indoor/);
  });

  it('fails clearly without coordinate columns or a CRS for x/y, and never throws', () => {
    expect(importMetersCsv('id,name\n1,x\n').errors[0].message).toMatch(/no coordinate columns/);
    expect(importMetersCsv('id,x,y\n1,100,200\n').errors[0].message).toMatch(/give their CRS/);
    expect(importMetersCsv('id,x,y\n1,100,200\n', { crs: 'EPSG:99999' }).errors[0].message).toMatch(/not known/);
    expect(importMetersCsv('').errors[0].message).toMatch(/no rows/);
    fc.assert(fc.property(fc.string(), (s) => { const r = importMetersCsv(s); expect(Array.isArray(r.errors)).toBe(true); }), { numRuns: 200 });
  });

  it('round-trips random valid meters', () => {
    const meter = fc.record({ lon: fc.double({ min: -180, max: 180, noNaN: true }), lat: fc.double({ min: -90, max: 90, noNaN: true }), floor: fc.integer({ min: -10, max: 200 }) });
    fc.assert(fc.property(fc.array(meter, { minLength: 1, maxLength: 30 }), (ms) => {
      const text = 'id,lon,lat,floor\n' + ms.map((m, i) => `id${i},${m.lon},${m.lat},${m.floor}`).join('\n');
      const r = importMetersCsv(text);
      expect(r.errors).toEqual([]);
      expect(r.entities.map((m) => [m.lon, m.lat, m.floor])).toEqual(ms.map((m) => [m.lon + 0, m.lat + 0, m.floor + 0])); // -0 prints as "0"
    }), { numRuns: 100 });
  });
});
