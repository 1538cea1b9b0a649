/**
 * Fuzzing the text importers (RELIABILITY.md §2): CSV meters, GeoJSON
 * meters, buildings, areas and LV grid, and OSM XML. Mutated seeds, random
 * JSON, poisoned numbers, wrong CRSs, deep nesting and 10^7-item inputs must
 * all give a structured ImportResult, never an exception or a hang.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { importAreasGeoJson, importBuildingsGeoJson, importGridGeoJson, importMetersCsv, importMetersGeoJson, importOsm, MAX_IMPORT_ITEMS } from '../../workers/engines/importers';
import { expectStructured, mutatedText, POISON, Tally } from './fuzz-kit';

/** Runs per fuzzer (FANPLAN_FUZZ_RUNS overrides, for longer local runs); recorded in RELIABILITY.md. */
export const TEXT_RUNS = Number(process.env.FANPLAN_FUZZ_RUNS) || 250;
const tally = new Tally();
afterAll(() => tally.print('text importers fuzzed:'));

const CSV_SEEDS = [
  'id,lon,lat,height,floor,indoor,transformer\nm1,139.5,35.7,2,1,indoor,T1\nm2,139.6,35.8,3,2,outdoor,T2\n',
  'x;y;id\n-5000.5;-3000.25;a\n-5100;-3100;b\n',
  '139.5\t35.7\n139.6\t35.8\n',
  '"id","経度","緯度"\n"a,1",139.7,35.6\n',
];
const CRSS = [undefined, 'EPSG:6677', 'EPSG:4326', 'EPSG:99999', 'urn:ogc:def:crs:EPSG::32654', '+proj=tmerc +lat_0=NaN', 'PROJCS["x",GEOGCS["y"]]', 'garbage', ''];

const sq = (lon: number, lat: number, d = 0.0005) => [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]];
const GEOJSON_SEEDS = [
  JSON.stringify({ type: 'FeatureCollection', features: [
    { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [139.5, 35.7] }, properties: { height: 2, floor: 1, indoor: 'indoor', transformerId: 'T1', id: 'T1', ratingKva: 50, mount: 'pole' } },
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: sq(139.5, 35.7) }, properties: { class: 'suburban', name: 'A', building: 'yes', 'building:levels': 3, height: '9 m' } },
    { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [sq(139.6, 35.7), sq(139.61, 35.7)] }, properties: { class: 'rural', levels: 2 } },
    { type: 'Feature', geometry: { type: 'LineString', coordinates: [[139.5, 35.7], [139.501, 35.701], [139.502, 35.7]] }, properties: { transformerId: 'T1', cableType: 'lv-overhead-ow-60' } },
  ] }),
  JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::6677' } }, features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [-5000, -3000] }, properties: {} },
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[-5000, -3000], [-4900, -3000], [-4900, -2900], [-5000, -3000]]] }, properties: {} },
  ] }),
  JSON.stringify({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] }),
];
const geoImporters = {
  metersGeoJson: (t: string | unknown, crs?: string) => importMetersGeoJson(t, { fileName: 'f.geojson', crs }),
  buildingsGeoJson: (t: string | unknown, crs?: string) => importBuildingsGeoJson(t, { fileName: 'f.geojson', crs }),
  areasGeoJson: (t: string | unknown, crs?: string) => importAreasGeoJson(t, { fileName: 'f.geojson', crs }),
  gridGeoJson: (t: string | unknown, crs?: string) => importGridGeoJson(t, { fileName: 'f.geojson', crs }),
};

const OSM_SEED = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
 <node id="1" lat="35.70" lon="139.50"/><node id="2" lat="35.70" lon="139.501"/><node id="3" lat="35.701" lon="139.501"/><node id="4" lat="35.701" lon="139.50"/>
 <node id="5" lat="35.702" lon="139.502"><tag k="power" v="pole"/></node>
 <node id="6" lat="35.703" lon="139.503"><tag k="power" v="transformer"/></node>
 <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="building" v="house"/><tag k="building:levels" v="2"/><tag k="height" v="7.5"/></way>
 <way id="11"><nd ref="1"/><nd ref="3"/><tag k="highway" v="residential"/></way>
 <way id="12"><nd ref="6"/><nd ref="5"/><tag k="power" v="minor_line"/></way>
 <relation id="20"><member type="way" ref="10" role="outline"/><member type="relation" ref="20" role="part"/><tag k="type" v="building"/><tag k="building" v="yes"/></relation>
 <relation id="21"><member type="way" ref="10" role="outer"/><member type="way" ref="99" role="inner"/><tag k="type" v="multipolygon"/><tag k="building" v="yes"/></relation>
</osm>`;

/** Random JSON values shaped a little like GeoJSON. */
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constantFrom('FeatureCollection', 'Feature', 'Point', 'Polygon', 'LineString', 'MultiPolygon', 'GeometryCollection'), fc.double(), fc.integer(), fc.string({ maxLength: 6 }), fc.constant(null), fc.boolean(), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.constantFrom('type', 'features', 'geometry', 'geometries', 'coordinates', 'properties', 'crs', 'id', 'name', 'class', 'height'), tie('value'), { maxKeys: 5 }),
})).object;

describe('CSV meters', () => {
  it('mutated and random CSV gives a structured result', () => {
    fc.assert(fc.property(fc.oneof(mutatedText(CSV_SEEDS), fc.string({ maxLength: 300 })), fc.constantFrom(...CRSS), (text, crs) => {
      expectStructured(tally.run('CSV meters', () => importMetersCsv(text, { fileName: 'm.csv', crs })), 'm.csv');
    }), { numRuns: TEXT_RUNS });
  });

  it(`refuses more than ${MAX_IMPORT_ITEMS} rows (10^7 here) before parsing`, () => {
    const text = 'lon,lat\n' + '139.5,35.7\n'.repeat(10_000_000);
    const r = tally.run('CSV meters', () => importMetersCsv(text, { fileName: 'm.csv' }));
    expectStructured(r, 'm.csv');
    expect(r.entities).toEqual([]);
    expect(r.errors[0].message).toMatch(/more than 2000000 rows/);
  });

  it('a very long single row and a huge quoted field', () => {
    for (const text of ['lon,lat\n' + '1,'.repeat(500_000) + '\n', 'id,lon,lat\n"' + 'x'.repeat(5_000_000) + '",1,2\n', '"'.repeat(100_000)]) {
      expectStructured(tally.run('CSV meters', () => importMetersCsv(text, { fileName: 'm.csv' })), 'm.csv');
    }
  });
});

describe('GeoJSON importers (meters, buildings, areas, LV grid)', () => {
  for (const [name, importer] of Object.entries(geoImporters)) {
    it(`${name}: mutated seeds, random JSON and wrong CRSs give a structured result`, () => {
      fc.assert(fc.property(fc.oneof(mutatedText(GEOJSON_SEEDS), jsonish.map((o) => JSON.stringify(o)), jsonish), fc.constantFrom(...CRSS), (input, crs) => {
        expectStructured(tally.run(name, () => importer(input, crs)), 'f.geojson');
      }), { numRuns: TEXT_RUNS });
    });
  }

  it('deep nesting, poisoned numbers and 10^7 features give structured errors', () => {
    const deep = (n: number) => '{"type":"GeometryCollection","geometries":['.repeat(n) + ']}'.repeat(n);
    const deepArrays = (n: number) => '{"type":"Point","coordinates":' + '['.repeat(n) + ']'.repeat(n) + '}';
    const poisoned = POISON.map((p) => `{"type":"Feature","geometry":{"type":"Point","coordinates":[${p},${p}]},"properties":{"height":${p},"floor":${p}}}`);
    const sameFeature = { type: 'Feature', geometry: { type: 'Point', coordinates: [139.5, 35.7] }, properties: {} };
    const huge = { type: 'FeatureCollection', features: new Array(10_000_000).fill(sameFeature) };
    const objectCycle: Record<string, unknown> = { type: 'Feature', properties: {} };
    objectCycle.geometry = { type: 'GeometryCollection', geometries: [objectCycle] };
    const inputs: unknown[] = [deep(100_000), deepArrays(1_000_000), ...poisoned, huge, objectCycle, '\uFEFF', '', 'null', '[]', '"x"', new Array(1e6).fill('[').join('')];
    for (const [name, importer] of Object.entries(geoImporters)) {
      for (const input of inputs) {
        const r = tally.run(name, () => importer(input));
        expectStructured(r, 'f.geojson');
        if (input === huge) expect(r.errors[0].message).toMatch(/more than the 2000000/);
      }
    }
  });
});

describe('OSM XML', () => {
  it('mutated extracts give a structured result', () => {
    fc.assert(fc.property(mutatedText([OSM_SEED]), (text) => {
      expectStructured(tally.run('OSM XML', () => importOsm(text, { fileName: 'x.osm' })), 'x.osm');
    }), { numRuns: TEXT_RUNS });
  });

  it('deep nesting, entity expansion, poisoned coordinates, 10^7 elements and non-XML give structured errors', () => {
    const lol = '<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><osm><node id="1" lat="1" lon="1"><tag k="building" v="&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"/></node></osm>';
    const inputs = [
      '<osm>' + '<a>'.repeat(100_000) + '</a>'.repeat(100_000) + '</osm>',
      '<osm>' + '<node/>'.repeat(10_000_000) + '</osm>',
      lol,
      ...POISON.map((p) => `<osm><node id="1" lat="${p}" lon="${p}"><tag k="building" v="yes"/></node><way id="2"><nd ref="1"/><nd ref="1"/><tag k="highway" v="x"/></way></osm>`),
      '<osm><relation id="1"><member type="relation" ref="1" role=""/><tag k="type" v="multipolygon"/><tag k="building" v="yes"/></relation></osm>',
      '<notosm/>', '', 'plain text', '<osm', '\u0000\u0001',
    ];
    for (const text of inputs) expectStructured(tally.run('OSM XML', () => importOsm(text, { fileName: 'x.osm' })), 'x.osm');
    expect(importOsm(inputs[1], { fileName: 'x.osm' }).errors[0].message).toMatch(/more than 2000000 elements/);
  });
});
