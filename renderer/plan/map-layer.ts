/**
 * The recommendation on the map: every planned area filled and outlined in
 * the colour of its recommended medium (dashed outline once the plan is
 * outdated). The layer owns one small GeoJSON source of area polygons,
 * updated with setData when the plan or the areas change — the meters are
 * never re-sent. Toggled by `plan.showLayer` (layout visibility).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Project } from '../../workers/model';
import type { AppState, AppStore } from '../state/app-state';
import { EMPTY_FC, watch } from '../map/results/watch';
import type { MapLayerPlugin } from '../map/layer-registry';
import { MEDIUM_COLOURS, primaryMedium } from './format';
import { isPlanStale, type PlanEntry } from './state';

/** The GeoJSON source of the recommendation polygons. */
export const PLAN_SOURCE = 'plan-recommendation';
/** Fill, solid outline (current plan) and dashed outline (outdated plan). */
export const PLAN_LAYERS = ['plan-recommendation-fill', 'plan-recommendation-line', 'plan-recommendation-stale'] as const;

const colour = ['match', ['get', 'medium'], 'mesh', MEDIUM_COLOURS.mesh, 'star', MEDIUM_COLOURS.star, 'plc', MEDIUM_COLOURS.plc, '#999999'];

/** The layer plugin (registered with the map layer registry by register.ts). */
export const planLayer: MapLayerPlugin = {
  id: 'plan-recommendation',
  title: 'plan.layer',
  sources: { [PLAN_SOURCE]: { type: 'geojson', data: EMPTY_FC } },
  layers: [
    { id: PLAN_LAYERS[0], type: 'fill', source: PLAN_SOURCE, paint: { 'fill-color': colour as never, 'fill-opacity': 0.28 } },
    { id: PLAN_LAYERS[1], type: 'line', source: PLAN_SOURCE, filter: ['!', ['get', 'stale']] as never, paint: { 'line-color': colour as never, 'line-width': 3.5 } },
    { id: PLAN_LAYERS[2], type: 'line', source: PLAN_SOURCE, filter: ['get', 'stale'] as never, paint: { 'line-color': colour as never, 'line-width': 3.5, 'line-dasharray': [2, 1.5] } },
  ],
  beforeId: 'meters-circle',
};

/** The areas of `doc` that the plan covers, with their recommended medium (the first of a fallback pair). */
export function recommendationFeatures(entry: PlanEntry | null, doc: Project): GeoJSON.FeatureCollection {
  if (!entry) return EMPTY_FC;
  const stale = isPlanStale(entry, doc);
  const byId = new Map(entry.result.plan.areas.map((a) => [a.id, a]));
  const features: GeoJSON.Feature[] = [];
  doc.areas.forEach((area, i) => {
    const a = byId.get(area.id);
    const rec = a && a.recommendedIndex >= 0 ? a.options[a.recommendedIndex] : null;
    if (!rec) return;
    features.push({ type: 'Feature', id: i, geometry: { type: 'Polygon', coordinates: area.polygon }, properties: { id: area.id, medium: primaryMedium(rec.medium), option: rec.medium, stale } });
  });
  return { type: 'FeatureCollection', features };
}

/** Keep the source and visibility in step with the store. */
export function attachPlanLayer(map: MapLibreMap, store: AppStore): () => void {
  return watch(store, (s: AppState) => [s.plan.entry, s.plan.showLayer, s.doc.areas, isPlanStale(s.plan.entry, s.doc)], (s) => {
    const on = s.plan.showLayer && s.plan.entry !== null;
    for (const id of PLAN_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
    (map.getSource(PLAN_SOURCE) as GeoJSONSource | undefined)?.setData(on ? recommendationFeatures(s.plan.entry, s.doc) : EMPTY_FC);
  });
}
