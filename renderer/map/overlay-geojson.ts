/** GeoJSON for the overlays: selection marks, vertex handles of one selected area, and the area being drawn. */
import type { Project } from '../../workers/model';
import { selectedOf } from '../state/selection';
import type { EntityRef } from '../state/updaters';

type FC = GeoJSON.FeatureCollection;
const point = (c: [number, number], properties: Record<string, unknown> = {}): GeoJSON.Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: c }, properties });

/** Rings around selected points and outlines of selected areas. */
export function selectionGeoJson(p: Project, selection: readonly EntityRef[]): FC {
  if (selection.length === 0) return { type: 'FeatureCollection', features: [] };
  const features: GeoJSON.Feature[] = [];
  for (const kind of ['meter', 'collector', 'site', 'transformer'] as const) {
    for (const e of selectedOf<{ id: string; lon: number; lat: number }>(p, selection, kind)) features.push(point([e.lon, e.lat], { kind }));
  }
  for (const a of selectedOf<Project['areas'][number]>(p, selection, 'area')) features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: a.polygon }, properties: {} });
  return { type: 'FeatureCollection', features };
}

/**
 * Vertex handles when exactly one area is selected (index in the outer ring in
 * properties), plus midpoint handles (`mid: true`, index of the vertex they
 * would be inserted before) for adding vertices.
 */
export function vertexGeoJson(p: Project, selection: readonly EntityRef[]): FC {
  if (selection.length !== 1 || selection[0].kind !== 'area') return { type: 'FeatureCollection', features: [] };
  const a = selectedOf<Project['areas'][number]>(p, selection, 'area')[0];
  if (!a) return { type: 'FeatureCollection', features: [] };
  const ring = a.polygon[0];
  const vertices = ring.slice(0, -1).map((c, index) => point([c[0], c[1]], { areaId: a.id, index, mid: false }));
  const mids = ring.slice(0, -1).map((c, i) => point([(c[0] + ring[i + 1][0]) / 2, (c[1] + ring[i + 1][1]) / 2], { areaId: a.id, index: i + 1, mid: true }));
  return { type: 'FeatureCollection', features: [...mids, ...vertices] };
}

/** The polygon being drawn: fill, outline and vertices. */
export function draftGeoJson(draft: readonly [number, number][] | null): FC {
  if (!draft || draft.length === 0) return { type: 'FeatureCollection', features: [] };
  const features: GeoJSON.Feature[] = draft.map((c) => point([c[0], c[1]]));
  if (draft.length >= 2) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: draft.map((c) => [c[0], c[1]]) }, properties: {} });
  if (draft.length >= 3) features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[...draft.map((c) => [c[0], c[1]]), [draft[0][0], draft[0][1]]]] }, properties: {} });
  return { type: 'FeatureCollection', features };
}
