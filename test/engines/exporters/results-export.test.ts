import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { compileProject } from '../../../workers/engines/compile/compile-project';
import { generateDemoProject } from '../../../workers/engines/demo';
import { areasToGeoJson, collectorsToGeoJson, featureCollectionToKml, geoJsonText, meshRouteSegments, metersWithResultsToCsv, metersWithResultsToGeoJson, perAreaToCsv, PER_AREA_COLUMNS, routesToCsv, routesToGeoJson } from '../../../workers/engines/exporters';
import { runMesh } from '../../../workers/engines/mesh/run-mesh';
import { planJson, type PlanJson } from '../../../workers/engines/planner';
import { geoJsonProblems } from './geojson-validate';

function demo() {
  const p = generateDemoProject({ seed: 3, meters: 600 });
  const mesh = runMesh(compileProject(p), { resilience: false }).run;
  return { p, mesh };
}

const parseKml = (text: string) => kmlToGeoJson(new DOMParser().parseFromString(text, 'text/xml') as unknown as Document) as FeatureCollection;

describe('result exports', () => {
  it('meters with results: valid GeoJSON, CSV with the same rows, KML that reads back to the same features', () => {
    const { p, mesh } = demo();
    const cols = { mesh_hops: Array.from(mesh.perMeter.hops), daily_read_success: Array.from(mesh.perMeter.dailyReadSuccess), note: p.meters.map((_, i) => (i === 0 ? 'a <b> & "c"' : null)) };
    const fc = metersWithResultsToGeoJson(p.meters, cols);
    const parsed = JSON.parse(geoJsonText(fc));
    expect(geoJsonProblems(parsed)).toEqual([]);
    expect(parsed.features).toHaveLength(p.meters.length);
    expect(parsed.features[5].properties).toEqual(expect.objectContaining({ id: p.meters[5].id, mesh_hops: mesh.perMeter.hops[5] }));
    const csv = Papa.parse<Record<string, string>>(metersWithResultsToCsv(p.meters, cols), { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(p.meters.length);
    expect(csv.meta.fields).toEqual(['id', 'lon', 'lat', 'area_id', 'mesh_hops', 'daily_read_success', 'note']);
    expect(csv.data[0].note).toBe('a <b> & "c"');
    const back = parseKml(featureCollectionToKml(fc, { name: 'meters & <results>', colour: () => '#1e8449' }));
    expect(back.features).toHaveLength(fc.features.length);
    back.features.forEach((f, i) => {
      expect(f.geometry).toEqual(fc.features[i].geometry);
      expect(f.properties?.name).toBe(p.meters[i].id);
      expect(String(f.properties?.mesh_hops)).toBe(String(fc.features[i].properties?.mesh_hops));
    });
    expect(back.features[0].properties?.note).toBe('a <b> & "c"');
  });

  it('routes: one line per connected meter from the meter to its parent; valid GeoJSON, WKT CSV and KML', () => {
    const { p, mesh } = demo();
    const seg = meshRouteSegments(p.meters, p.collectors, mesh);
    const connected = Array.from(mesh.perMeter.collector).filter((c) => c >= 0).length;
    expect(seg.length).toBe(connected);
    expect(seg.length).toBeGreaterThan(0);
    const fc = routesToGeoJson(seg);
    expect(geoJsonProblems(JSON.parse(geoJsonText(fc)))).toEqual([]);
    const ids = new Map([...p.meters, ...p.collectors].map((x) => [x.id, [x.lon, x.lat]]));
    for (const f of fc.features) {
      expect(f.geometry.coordinates[0]).toEqual(ids.get(f.properties?.from));
      expect(f.geometry.coordinates[1]).toEqual(ids.get(f.properties?.to));
    }
    // A one-hop meter's parent is its collector.
    const oneHop = fc.features.find((f) => f.properties?.hops === 1);
    expect(oneHop?.properties?.to).toBe(oneHop?.properties?.collector_id);
    const csv = Papa.parse<Record<string, string>>(routesToCsv(seg), { header: true, skipEmptyLines: true });
    expect(csv.data[0].wkt).toMatch(/^LINESTRING \([\d.]+ [\d.]+, [\d.]+ [\d.]+\)$/);
    const back = parseKml(featureCollectionToKml(fc, { name: 'routes' }));
    expect(back.features.map((f) => f.geometry)).toEqual(fc.features.map((f) => f.geometry));
  });

  it('areas and collectors read back from KML with the same geometry and ids', () => {
    const { p } = demo();
    for (const fc of [areasToGeoJson(p.areas), collectorsToGeoJson(p.collectors)] as FeatureCollection[]) {
      expect(geoJsonProblems(fc)).toEqual([]);
      const back = parseKml(featureCollectionToKml(fc, { name: 'x' }));
      expect(back.features.map((f) => f.properties?.id)).toEqual(fc.features.map((f) => f.id));
      expect(back.features.map((f) => f.geometry)).toEqual(fc.features.map((f) => f.geometry));
    }
  });

  it('the structural validator catches broken GeoJSON', () => {
    expect(geoJsonProblems({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [NaN, 1] } }] })).toHaveLength(1);
    expect(geoJsonProblems({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] } }] })[0]).toMatch(/not closed/);
    expect(geoJsonProblems({ type: 'Feature' })).toEqual(['not a FeatureCollection']);
  });
});

describe('per-area CSV', () => {
  it('has one row per area × option with the recommended option marked', () => {
    const plan: PlanJson = planJson({
      currency: 'JPY', assumptions: { horizonYears: 15, discountRate: 0.035 } as PlanJson['assumptions'], warnings: [],
      totals: { hybrid: { tco: 1, capex: 1, opexPerYear: 0, readSuccessMean: 1, areasMeetingTarget: 1, meters: 2 } as never, singleMedium: { mesh: null, plc: null, star: null } },
      perMeter: { mediumCode: new Uint8Array(2), dailyReadSuccess: new Float32Array(2) },
      areas: [{ id: 'a1', name: 'Area, "one"', class: 'suburban', meters: 2, target: 0.995, forcedMedium: 'auto', recommended: { medium: 'mesh', profile: 'm' }, recommendedIndex: 1, nextIndex: -1, reason: 'cheapest', meterIndices: new Int32Array(2),
        options: [0, 1].map((k) => ({ medium: k ? 'mesh' : 'star', profile: k ? 'm' : 's', vendor: 'v', available: true, meters: 2, metersServed: 2, readSuccessMean: 0.999, readSuccessP5: 0.99, collectors: 1, capex: 10, opexPerYear: 1, tco: 20 + k, tcoPerMeter: 10, meetsTarget: true, breakdown: {} as never, detail: {} as never })) }],
    });
    const csv = Papa.parse<Record<string, string>>(perAreaToCsv(plan), { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual([...PER_AREA_COLUMNS]);
    expect(csv.data).toHaveLength(2);
    expect(csv.data[0].area_name).toBe('Area, "one"');
    expect(csv.data.map((r) => r.recommended)).toEqual(['', 'yes']);
    expect(csv.data[1].reason).toBe('cheapest');
  });
});
