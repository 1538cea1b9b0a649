/**
 * The route tree: a line from each connected meter to its parent (a meter or
 * the collector), in its own small GeoJSON source. Projects over 50k meters
 * draw it only at zoom ≥ 14 and only for the visible extent (rebuilt when the
 * map stops moving), so the source stays small and live updates (collector
 * drags) never re-tile a huge line set.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../../state/app-state';
import { isDrawable, shownEntry } from '../../results/state';
import type { MapLayerPlugin } from '../layer-registry';
import { serverPositions } from './positions';
import { EMPTY_FC, watch } from './watch';

/** Above this many meters the tree is drawn per viewport. */
export const ROUTES_FULL_MAX = 50_000;
export const ROUTES_MIN_ZOOM = 14;

export const routesLayer: MapLayerPlugin = {
  id: 'result-routes',
  title: 'results.layer.routes',
  sources: { 'result-routes': { type: 'geojson', data: EMPTY_FC } },
  layers: [{ id: 'result-routes-line', type: 'line', source: 'result-routes', paint: {
    'line-color': ['step', ['get', 'hops'], '#08519c', 2, '#3182bd', 4, '#fd8d3c'] as never, 'line-opacity': 0.7,
    'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.6, 16, 1.8],
  } }],
  beforeId: 'meters-circle',
};

/** Build the route lines of the shown result, optionally only within a box. */
export function routeLines(store: AppStore, box?: [number, number, number, number]): GeoJSON.FeatureCollection {
  const s = store.getState();
  const e = shownEntry(s);
  // star meters talk straight to their cell: no tree to draw
  if (!e || e.medium === 'star' || !isDrawable(e, s.doc) || !s.results.layers.routes) return EMPTY_FC;
  const meters = s.doc.meters, m = e.meters, n = m.count;
  const servers = serverPositions(s.doc, m.serverIds);
  const features: GeoJSON.Feature[] = [];
  for (let i = 0; i < n; i++) {
    const p = m.parent[i];
    if (p < 0) continue;
    const a = meters[i];
    if (box && !(a.lon >= box[0] && a.lon <= box[2] && a.lat >= box[1] && a.lat <= box[3])) continue;
    const b = p < n ? [meters[p].lon, meters[p].lat] : servers[p - n];
    if (!b) continue;
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[a.lon, a.lat], b] }, properties: { hops: Number.isFinite(m.hops[i]) ? m.hops[i] : 1 } });
  }
  return { type: 'FeatureCollection', features };
}

export function attachRoutes(map: MapLibreMap, store: AppStore): () => void {
  const src = () => map.getSource('result-routes') as GeoJSONSource | undefined;
  const big = () => store.getState().doc.meters.length > ROUTES_FULL_MAX;
  const viewportUpdate = () => {
    if (!big()) return;
    if (map.getZoom() < ROUTES_MIN_ZOOM) { src()?.setData(EMPTY_FC); return; }
    const b = map.getBounds();
    src()?.setData(routeLines(store, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]));
  };
  const off = watch(store, (s) => [shownEntry(s), s.results.layers.routes, s.doc.meters], () => {
    if (big()) viewportUpdate(); else src()?.setData(routeLines(store));
  });
  map.on('moveend', viewportUpdate);
  return () => { off(); map.off('moveend', viewportUpdate); };
}
