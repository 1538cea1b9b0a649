/**
 * GeoJSON exports of the project model (RFC 7946: WGS 84 lon/lat): meters and
 * collectors as Points, areas as Polygons. Properties use the model's field
 * names, so the importers read the files back unchanged.
 */
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { Area, Collector, Meter } from '../../model/types';

/** Meters as Point features with id, heightM, floor, indoor, buildingId, transformerId, areaId. */
export function metersToGeoJson(meters: readonly Meter[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = new Array(meters.length);
  for (let i = 0; i < meters.length; i++) {
    const { id, lon, lat, ...rest } = meters[i];
    features[i] = { type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, ...rest } };
  }
  return { type: 'FeatureCollection', features };
}

/** Collectors as Point features with id, medium, profileId, heightM, siteId, name. */
export function collectorsToGeoJson(collectors: readonly Collector[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: collectors.map(({ id, lon, lat, ...rest }) => ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, ...rest } })),
  };
}

/** Areas as Polygon features with id, name, class, medium, readSuccessTarget. */
export function areasToGeoJson(areas: readonly Area[]): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: areas.map(({ polygon, ...rest }) => ({ type: 'Feature', id: rest.id, geometry: { type: 'Polygon', coordinates: polygon }, properties: { ...rest } })),
  };
}

/** Serialise a FeatureCollection (compact, one feature per line for large files, newline-terminated). */
export function geoJsonText(fc: FeatureCollection): string {
  const parts = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`;
}
