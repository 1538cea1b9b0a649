import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { INDOOR_CLASSES, type Area, type Collector, type Meter } from '../../../workers/model';
import { areasToCsv, collectorsToCsv, metersToCsv, polygonWkt } from '../../../workers/engines/exporters/csv';
import { areasToGeoJson, collectorsToGeoJson, geoJsonText, metersToGeoJson } from '../../../workers/engines/exporters/geojson';
import { importAreasGeoJson } from '../../../workers/engines/importers/areas';
import { importMetersCsv } from '../../../workers/engines/importers/meters-csv';
import { importMetersGeoJson } from '../../../workers/engines/importers/meters-geojson';

const meterArb = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
  lon: fc.double({ min: -180, max: 180, noNaN: true }).map((v) => v + 0),
  lat: fc.double({ min: -90, max: 90, noNaN: true }).map((v) => v + 0),
  heightM: fc.option(fc.double({ min: -100, max: 1000, noNaN: true }).map((v) => v + 0), { nil: undefined }),
  floor: fc.option(fc.integer({ min: -10, max: 200 }), { nil: undefined }),
  indoor: fc.option(fc.constantFrom(...INDOOR_CLASSES), { nil: undefined }),
  transformerId: fc.option(fc.stringMatching(/^t[0-9]{1,5}$/), { nil: undefined }),
}, { requiredKeys: ['id', 'lon', 'lat'] });

const uniqueMeters = fc.uniqueArray(meterArb, { selector: (m) => m.id, minLength: 1, maxLength: 40 });

/** Drop undefined members, as JSON and the importers do. */
const clean = (m: Partial<Meter>) => JSON.parse(JSON.stringify(m)) as Meter;

describe('meter exports', () => {
  it('CSV reads back unchanged through the CSV importer', () => {
    fc.assert(fc.property(uniqueMeters, (ms) => {
      const r = importMetersCsv(metersToCsv(ms as Meter[]), { fileName: 'export.csv' });
      expect(r.errors).toEqual([]);
      expect(r.entities).toEqual(ms.map(clean));
    }), { numRuns: 150 });
  });

  it('GeoJSON reads back unchanged through the GeoJSON importer', () => {
    fc.assert(fc.property(uniqueMeters, (ms) => {
      const r = importMetersGeoJson(geoJsonText(metersToGeoJson(ms as Meter[])));
      expect(r.errors).toEqual([]);
      expect(r.entities.map(clean)).toEqual(ms.map((m) => clean({ ...m, lon: Math.round(m.lon * 1e7) / 1e7, lat: Math.round(m.lat * 1e7) / 1e7 })));
    }), { numRuns: 150 });
  });

  it('writes the expected CSV header and quotes awkward ids', () => {
    const text = metersToCsv([{ id: 'a,"b"', lon: 139.5, lat: 35.7, buildingId: 'b1', areaId: 'z' }]);
    expect(text).toBe('id,lon,lat,height_m,floor,indoor,building_id,transformer_id,area_id\n"a,""b""",139.5,35.7,,,,b1,,z\n');
  });
});

describe('collector and area exports', () => {
  const collectors: Collector[] = [{ id: 'c1', lon: 139.1, lat: 35.1, heightM: 12, medium: 'mesh', profileId: 'wisun', name: 'Pole 7' }];
  const areas: Area[] = [{ id: 'a1', name: 'Town, centre', class: 'high-rise', medium: 'auto', polygon: [[[139, 35], [139.1, 35], [139.1, 35.1], [139, 35]]] }];

  it('exports collectors as GeoJSON points and CSV rows', () => {
    expect(collectorsToGeoJson(collectors).features[0]).toEqual({ type: 'Feature', id: 'c1', geometry: { type: 'Point', coordinates: [139.1, 35.1] }, properties: { id: 'c1', heightM: 12, medium: 'mesh', profileId: 'wisun', name: 'Pole 7' } });
    const rows = Papa.parse<string[]>(collectorsToCsv(collectors).trim()).data;
    expect(rows).toEqual([['id', 'lon', 'lat', 'height_m', 'medium', 'profile_id', 'site_id', 'name'], ['c1', '139.1', '35.1', '12', 'mesh', 'wisun', '', 'Pole 7']]);
  });

  it('exports areas as GeoJSON polygons that read back, and as CSV with WKT', () => {
    const back = importAreasGeoJson(areasToGeoJson(areas), { attribute: 'class' });
    expect(back.errors).toEqual([]);
    expect(back.entities.map((a) => [a.name, a.class, a.polygon])).toEqual([['Town, centre', 'high-rise', areas[0].polygon]]);
    expect(polygonWkt(areas[0].polygon)).toBe('POLYGON ((139 35, 139.1 35, 139.1 35.1, 139 35))');
    const rows = Papa.parse<string[]>(areasToCsv(areas).trim()).data;
    expect(rows[1]).toEqual(['a1', 'Town, centre', 'high-rise', 'auto', '', 'POLYGON ((139 35, 139.1 35, 139.1 35.1, 139 35))']);
  });
});
