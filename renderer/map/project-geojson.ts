/**
 * Project slices → GeoJSON feature collections for the map. Feature ids are
 * array indices so sources can be patched in place with updateData; the
 * entity id travels in properties.
 */
import type { Area, Building, CandidateSite, Collector, Feeder, Meter, Road } from '../../workers/model';

type FC = GeoJSON.FeatureCollection;

export const meterFeature = (m: Meter, i: number): GeoJSON.Feature => ({
  type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
  properties: { id: m.id, kind: 'meter', indoor: m.indoor ?? 'outdoor', floor: m.floor ?? 0 },
});

export const collectorFeature = (c: Collector, i: number): GeoJSON.Feature => ({
  type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
  properties: { id: c.id, kind: 'collector', medium: c.medium, profileId: c.profileId },
});

export function metersGeoJson(meters: readonly Meter[]): FC {
  return { type: 'FeatureCollection', features: meters.map(meterFeature) };
}

export function collectorsGeoJson(collectors: readonly Collector[]): FC {
  return { type: 'FeatureCollection', features: collectors.map(collectorFeature) };
}

export function areasGeoJson(areas: readonly Area[]): FC {
  return { type: 'FeatureCollection', features: areas.map((a, i) => ({ type: 'Feature', id: i, geometry: { type: 'Polygon', coordinates: a.polygon }, properties: { id: a.id, kind: 'area', name: a.name, class: a.class } })) };
}

export function buildingsGeoJson(buildings: readonly Building[]): FC {
  return { type: 'FeatureCollection', features: buildings.map((b, i) => ({ type: 'Feature', id: i, geometry: { type: 'Polygon', coordinates: b.polygon }, properties: { id: b.id, kind: 'building', levels: b.levels ?? 0 } })) };
}

export function roadsGeoJson(roads: readonly Road[]): FC {
  return { type: 'FeatureCollection', features: roads.map((r, i) => ({ type: 'Feature', id: i, geometry: { type: 'LineString', coordinates: r.line }, properties: { id: r.id, kind: 'road', road: r.kind } })) };
}

export function feedersGeoJson(feeders: readonly Feeder[]): FC {
  return { type: 'FeatureCollection', features: feeders.map((f, i) => ({ type: 'Feature', id: i, geometry: { type: 'LineString', coordinates: f.line }, properties: { id: f.id, kind: 'feeder', transformerId: f.transformerId, cableType: f.cableType } })) };
}

export const siteFeature = (s: CandidateSite, i: number): GeoJSON.Feature => ({
  type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
  properties: { id: s.id, kind: 'site', siteKind: s.kind },
});

export function sitesGeoJson(sites: readonly CandidateSite[]): FC {
  return { type: 'FeatureCollection', features: sites.map(siteFeature) };
}
