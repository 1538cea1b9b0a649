/**
 * Collector load: a halo under each collector / concentrator / star site,
 * sized by the meters it serves and coloured by duty cycle (mesh) or
 * saturation; hovering shows nodes, load and duty.
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { fmtNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { AppStore } from '../../state/app-state';
import { DUTY_SCALE, scaleExpression } from '../../results/colour-scales';
import { isDrawable, shownEntry } from '../../results/state';
import type { MapLayerPlugin } from '../layer-registry';
import { serverPositions } from './positions';
import { EMPTY_FC, watch } from './watch';

export const collectorLoadLayer: MapLayerPlugin = {
  id: 'result-collector-load',
  title: 'results.layer.collectorLoad',
  sources: { 'result-collector-load': { type: 'geojson', data: EMPTY_FC } },
  layers: [{ id: 'result-collector-load-circle', type: 'circle', source: 'result-collector-load', paint: {
    'circle-radius': ['+', 8, ['*', 1.2, ['sqrt', ['get', 'nodes']]]] as never,
    'circle-color': ['case', ['get', 'saturated'], '#d73027', ['==', ['get', 'duty'], -1], '#6c8ebf', scaleExpression(DUTY_SCALE, ['get', 'duty'])] as never,
    'circle-opacity': 0.35, 'circle-stroke-color': '#333', 'circle-stroke-width': 1, 'circle-stroke-opacity': 0.6,
  } }],
  beforeId: 'collectors-circle',
};

export function collectorLoadText(p: GeoJSON.GeoJsonProperties): string {
  const duty = Number(p?.duty);
  return t('results.loadTip', {
    id: String(p?.id), nodes: fmtNumber(Number(p?.nodes)), load: fmtNumber(Number(p?.load), 3),
    duty: duty >= 0 ? `${fmtNumber(duty, 2)} %` : '—',
  }) + (p?.saturated ? ` · ${t('results.saturated')}` : '');
}

export function attachCollectorLoad(map: MapLibreMap, store: AppStore): () => void {
  const tip = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 14, anchor: 'top', className: 'load-tip' });
  const off = watch(store, (s) => [shownEntry(s), s.results.layers.collectorLoad, s.doc.collectors], (s) => {
    const e = shownEntry(s);
    const src = map.getSource('result-collector-load') as GeoJSONSource | undefined;
    if (!e || !isDrawable(e, s.doc) || !s.results.layers.collectorLoad) { src?.setData(EMPTY_FC); return; }
    const pos = serverPositions(s.doc, e.loads.map((l) => l.id));
    const features: GeoJSON.Feature[] = [];
    e.loads.forEach((l, i) => {
      const p = pos[i];
      if (p) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: p }, properties: { id: l.id, nodes: l.nodes, load: l.loadErl, duty: Number.isFinite(l.dutyPct) ? l.dutyPct : -1, saturated: l.saturated } });
    });
    src?.setData({ type: 'FeatureCollection', features });
  });
  const onMove = (e: maplibregl.MapLayerMouseEvent) => {
    const f = e.features?.[0];
    if (f) tip.setLngLat((f.geometry as GeoJSON.Point).coordinates as [number, number]).setText(collectorLoadText(f.properties)).addTo(map);
  };
  const onLeave = () => tip.remove();
  map.on('mousemove', 'result-collector-load-circle', onMove);
  map.on('mouseleave', 'result-collector-load-circle', onLeave);
  return () => { off(); tip.remove(); map.off('mousemove', 'result-collector-load-circle', onMove); map.off('mouseleave', 'result-collector-load-circle', onLeave); };
}
