import { describe, expect, it } from 'vitest';
import { importBuildingsGeoJson } from '../../../workers/engines/importers/meters-buildings';
import { importGridGeoJson } from '../../../workers/engines/importers/grid-geojson';
import { importMetersGeoJson } from '../../../workers/engines/importers/meters-geojson';

const square = (lon: number, lat: number, d = 0.0001) => [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]];

describe('meters from GeoJSON points', () => {
  it('reads points and their properties', () => {
    const doc = { type: 'FeatureCollection', features: [
      { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [139.5, 35.7] }, properties: { height: 2, floor: 1, indoor: 'indoor', transformerId: 'T9' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [139.6, 35.8] }, properties: { id: 'b' } },
    ] };
    const r = importMetersGeoJson(JSON.stringify(doc), { fileName: 'm.geojson' });
    expect(r.errors).toEqual([]);
    expect(r.entities).toEqual([
      { id: 'a', lon: 139.5, lat: 35.7, heightM: 2, floor: 1, indoor: 'indoor', transformerId: 'T9' },
      { id: 'b', lon: 139.6, lat: 35.8 },
    ]);
    expect(r.bbox).toEqual([139.5, 35.7, 139.6, 35.8]);
  });

  it('names the feature and field of wrong geometry types and bad values, keeping the rest', () => {
    const doc = { type: 'FeatureCollection', features: [
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[139, 35], [139.1, 35]] }, properties: {} },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [139, 35] }, properties: { id: 'ok' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(139, 35) }, properties: {} },
      { type: 'Feature', geometry: null, properties: {} },
      { type: 'Feature', geometry: { type: 'Point', coordinates: ['x', 35] }, properties: {} },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [139, 35] }, properties: { indoor: 'roof' } },
    ] };
    const r = importMetersGeoJson(doc, { fileName: 'bad.geojson' });
    expect(r.entities.map((m) => m.id)).toEqual(['ok']);
    expect(r.errors.map((e) => [e.file, e.feature, e.field])).toEqual([
      ['bad.geojson', 0, 'geometry'], ['bad.geojson', 2, 'geometry'], ['bad.geojson', 3, 'geometry'], ['bad.geojson', 4, 'geometry.coordinates'], ['bad.geojson', 5, 'indoor'],
    ]);
    expect(r.errors[0].message).toBe('geometry type LineString is not a Point: meters need Point features');
  });

  it('reports text that is not GeoJSON', () => {
    expect(importMetersGeoJson('{"type": "Feature"', { fileName: 'x.json' }).errors[0].message).toMatch(/not valid JSON/);
    expect(importMetersGeoJson('[1,2]').errors[0].message).toMatch(/not a GeoJSON object/);
    expect(importMetersGeoJson('{"type":"Topology"}').errors[0].message).toMatch(/expected FeatureCollection/);
  });

  it('reprojects from a legacy crs member', () => {
    const doc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::6677' } }, features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} }] };
    const r = importMetersGeoJson(doc);
    expect(r.crs).toBe('EPSG:6677');
    expect(r.entities[0].lon).toBeCloseTo(139.8333333, 6);
    expect(r.entities[0].lat).toBeCloseTo(36, 6);
    expect(r.warnings[0].message).toMatch(/reprojected/);
  });
});

describe('meters from building polygons', () => {
  const doc = { type: 'FeatureCollection', features: [
    { type: 'Feature', id: 'house', geometry: { type: 'Polygon', coordinates: square(139.5, 35.7) }, properties: { 'building:levels': '2' } },
    { type: 'Feature', id: 'flats', geometry: { type: 'Polygon', coordinates: square(139.51, 35.7) }, properties: { height: '30 m', 'building:flats': 60 } },
    { type: 'Feature', id: 'p', geometry: { type: 'Point', coordinates: [139, 35] }, properties: {} },
  ] };

  it('makes one meter per building at its centroid', () => {
    const r = importBuildingsGeoJson(doc, { fileName: 'b.geojson' });
    expect(r.entities.buildings.map((b) => [b.id, b.levels, b.heightM, b.unitsPerFloor])).toEqual([['house', 2, undefined, undefined], ['flats', 10, 30, 6]]);
    expect(r.entities.meters).toHaveLength(2);
    expect(r.entities.meters[0]).toMatchObject({ buildingId: 'house', lon: 139.50005, lat: 35.70005 });
    expect(r.errors).toEqual([{ file: 'b.geojson', feature: 2, field: 'geometry', message: 'geometry type Point is not a Polygon: buildings need Polygon or MultiPolygon features' }]);
  });

  it('makes one meter per dwelling from levels and units per floor', () => {
    const r = importBuildingsGeoJson(doc, { mode: 'dwelling', storeyHeightM: 3 });
    const flats = r.entities.meters.filter((m) => m.buildingId === 'flats');
    expect(flats).toHaveLength(60);
    expect(Math.max(...flats.map((m) => m.floor!))).toBe(9);
    expect(flats.find((m) => m.floor === 9)!.heightM).toBeCloseTo(28.5);
    expect(r.entities.meters.filter((m) => m.buildingId === 'house')).toHaveLength(2);
  });
});

describe('LV grid from GeoJSON', () => {
  it('reads transformers and feeders, attaching unnamed feeders to the nearest transformer', () => {
    const doc = { type: 'FeatureCollection', features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [139.5, 35.7] }, properties: { id: 'T1', ratingKva: 30 } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [139.6, 35.7] }, properties: { id: 'T2', mount: 'pad' } },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[139.5, 35.7], [139.501, 35.7]] }, properties: { transformerId: 'T1', cableType: 'abc-95' } },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[139.6001, 35.7], [139.602, 35.7]] }, properties: {} },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[139.7, 35.7], [139.71, 35.7]] }, properties: {} },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[139.5, 35.7], [139.51, 35.7]] }, properties: { transformerId: 'T7' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(139, 35) }, properties: {} },
    ] };
    const r = importGridGeoJson(doc, { fileName: 'g.geojson' });
    expect(r.entities.transformers.map((t) => [t.id, t.mount, t.ratingKva])).toEqual([['T1', 'pole', 30], ['T2', 'pad', undefined]]);
    expect(r.entities.feeders.map((f) => [f.transformerId, f.cableType])).toEqual([['T1', 'abc-95'], ['T2', 'lv-overhead-ow-60']]);
    expect(r.errors.map((e) => [e.feature, e.field])).toEqual([[4, 'transformerId'], [5, 'transformerId'], [6, 'geometry']]);
    expect(r.errors[1].message).toBe('unknown transformer "T7"');
    expect(r.warnings.map((w) => w.message)).toContain('attached to the nearest transformer "T2"');
  });
});
