import { describe, expect, it } from 'vitest';
import { importAreasGeoJson } from '../../../workers/engines/importers/areas';
import { importAreasShapefile } from '../../../workers/engines/importers/areas-shapefile';
import { createLocalProjection } from '../../../workers/engines/geo/local-projection';
import { polygonShp } from '../../fixtures/importers/shapefile';
import { geoBytes, HAVE_GEO, inRing, SKIP_GEO } from './shared-geo';

const UTM53_WKT = 'PROJCS["WGS_1984_UTM_Zone_53N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",135.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

describe('areas from a Shapefile', () => {
  it('reprojects with the .prj (UTM 53N) and takes the default class without a .dbf', () => {
    const r = importAreasShapefile({ shp: polygonShp([[500000, 3850000, 1000]]), prj: UTM53_WKT }, { fileName: 'utm.shp', defaultClass: 'rural' });
    expect(r.errors).toEqual([]);
    expect(r.crs).toBe('WKT: WGS_1984_UTM_Zone_53N');
    expect(r.entities).toHaveLength(1);
    const [lon, lat] = r.entities[0].polygon[0][0];
    expect(lon).toBeCloseTo(135, 7); // on the central meridian
    const equator = createLocalProjection(135, 0); // our own TM, scale 1, origin at the equator
    expect(equator.toLocal(lon, lat)[1] * 0.9996).toBeCloseTo(3850000, 1);
    expect(r.entities[0].class).toBe('rural');
    expect(r.warnings.map((w) => w.field)).toContain('.dbf');
  });

  it('without a .prj: projected coordinates are an error naming the missing file, unless a CRS is given', () => {
    const shp = polygonShp([[500000, 3850000, 1000]]);
    const r = importAreasShapefile({ shp }, { fileName: 'noprj.shp', defaultClass: 'rural' });
    expect(r.entities).toEqual([]);
    expect(r.errors).toEqual([{ file: 'noprj.shp', field: '.prj', message: expect.stringMatching(/no \.prj file and the coordinates are not longitude\/latitude: give the CRS/) }]);
    const given = importAreasShapefile({ shp }, { fileName: 'noprj.shp', defaultClass: 'rural', crs: 'EPSG:32653' });
    expect(given.errors).toEqual([]);
    expect(given.entities[0].polygon[0][0][0]).toBeCloseTo(135, 7);
  });

  it('without a .prj: degree coordinates are taken as WGS 84 with a warning', () => {
    const r = importAreasShapefile({ shp: polygonShp([[135.5, 34.7, 0.01]]) }, { defaultClass: 'suburban' });
    expect(r.errors).toEqual([]);
    expect(r.entities[0].polygon[0][0]).toEqual([135.5, 34.7]);
    expect(r.warnings.find((w) => w.field === '.prj')!.message).toMatch(/taken as WGS 84/);
  });

  it('reports unreadable parts and unknown CRSs', () => {
    expect(importAreasShapefile({ shp: new Uint8Array(10) }, { fileName: 'x.shp' }).errors[0].message).toMatch(/not a readable \.shp/);
    expect(importAreasShapefile({ shp: polygonShp([[0, 0, 1]]), prj: 'GARBAGE' }, { fileName: 'x.shp' }).errors[0]).toMatchObject({ field: '.prj', message: expect.stringMatching(/cannot use the CRS/) });
  });
});

describe('areas from GeoJSON with an attribute mapping', () => {
  const ring = (x: number) => [[[x, 35], [x + 0.01, 35], [x + 0.01, 35.01], [x, 35.01], [x, 35]]];
  const doc = { type: 'FeatureCollection', features: [
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: ring(139) }, properties: { landuse: 'residential', name: 'A' } },
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: ring(139.1) }, properties: { landuse: 'FARMLAND', name: 'B' } },
    { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [ring(139.2), ring(139.3)] }, properties: { landuse: 'high-rise', name: 'C' } },
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: ring(139.4) }, properties: { landuse: 'forest' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [139, 35] }, properties: { landuse: 'residential' } },
  ] };

  it('maps values to classes, splits MultiPolygons and names the bad features', () => {
    const r = importAreasGeoJson(doc, { fileName: 'a.geojson', attribute: 'landuse', valueToClass: { residential: 'suburban', farmland: 'rural' } });
    expect(r.entities.map((a) => [a.id, a.name, a.class])).toEqual([['area-1', 'A', 'suburban'], ['area-2', 'B', 'rural'], ['area-3-1', 'C (1)', 'high-rise'], ['area-3-2', 'C (2)', 'high-rise']]);
    expect(r.errors.map((e) => [e.feature, e.field])).toEqual([[3, 'landuse'], [4, 'geometry']]);
    expect(r.errors[0].message).toMatch(/"forest" is not mapped/);
    expect(r.counts).toMatchObject({ features: 5, areas: 4, suburban: 1, rural: 1, 'high-rise': 2 });
  });

  it('uses the default class for unmapped values, with a warning', () => {
    const r = importAreasGeoJson(doc, { attribute: 'landuse', valueToClass: { residential: 'suburban' }, defaultClass: 'mountainous' });
    expect(r.entities.find((a) => a.id === 'area-4')!.class).toBe('mountainous');
    expect(r.warnings.some((w) => w.feature === 3 && /used mountainous/.test(w.message))).toBe(true);
  });
});

describe.skipIf(!HAVE_GEO)(HAVE_GEO ? 'Osaka wards Shapefile (../shared/data/geo/osaka)' : `Osaka wards Shapefile (../shared/data/geo/osaka) — ${SKIP_GEO}`, () => {
  it('gives 24 named polygons in Osaka after reprojection from JGD2011', () => {
    const part = (ext: string) => geoBytes(`osaka/osaka-wards.${ext}`);
    const r = importAreasShapefile({ shp: part('shp'), dbf: part('dbf'), prj: part('prj'), cpg: part('cpg') }, {
      fileName: 'osaka-wards.shp', attribute: 'name_ja_rm', valueToClass: { 'Kita-ku': 'high-rise', 'Chuo-ku': 'high-rise' }, defaultClass: 'dense-residential', nameAttribute: 'name_ja',
    });
    expect(r.errors).toEqual([]);
    expect(r.crs).toBe('WKT: JGD2011');
    expect(r.entities).toHaveLength(24);
    expect(new Set(r.entities.map((a) => a.name)).size).toBe(24);
    expect(r.counts['high-rise']).toBe(2);
    for (const a of r.entities) for (const [lon, lat] of a.polygon[0]) {
      expect(lon).toBeGreaterThan(135.37); expect(lon).toBeLessThan(135.60);
      expect(lat).toBeGreaterThan(34.55); expect(lat).toBeLessThan(34.78);
    }
    const kita = r.entities.find((a) => a.name === '北区')!;
    const chuo = r.entities.find((a) => a.name === '中央区')!;
    expect([kita.class, chuo.class]).toEqual(['high-rise', 'high-rise']); // the file spells them Kita-Ku, Chuo-Ku: matched case-insensitively
    expect(inRing(135.4959, 34.7025, kita.polygon[0])).toBe(true); // Osaka Station
    expect(inRing(135.5259, 34.6873, chuo.polygon[0])).toBe(true); // Osaka Castle
    expect(inRing(135.5259, 34.6873, kita.polygon[0])).toBe(false);
  });
});

