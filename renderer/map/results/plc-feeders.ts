/** LV feeders coloured by the worst SNR along them (PLC results), drawn over the plain feeder layer. */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../../state/app-state';
import { scaleExpression, SNR_SCALE } from '../../results/colour-scales';
import type { MapLayerPlugin } from '../layer-registry';
import { EMPTY_FC, watch } from './watch';

export const plcFeedersLayer: MapLayerPlugin = {
  id: 'result-plc-feeders',
  title: 'results.layer.plcFeeders',
  sources: { 'result-plc-feeders': { type: 'geojson', data: EMPTY_FC } },
  layers: [{ id: 'result-plc-feeders-line', type: 'line', source: 'result-plc-feeders', paint: {
    'line-color': scaleExpression(SNR_SCALE, ['get', 'snr']) as never, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1.5, 17, 4],
  } }],
  beforeId: 'meters-circle',
};

export function attachPlcFeeders(map: MapLibreMap, store: AppStore): () => void {
  return watch(store, (s) => [s.results.plc, s.results.layers.plcFeeders, s.doc.grid.feeders], (s) => {
    const e = s.results.plc, snr = e?.feederMinSnrDb;
    const src = map.getSource('result-plc-feeders') as GeoJSONSource | undefined;
    if (!e || !snr || !s.results.layers.plcFeeders || e.doc.grid.feeders !== s.doc.grid.feeders) { src?.setData(EMPTY_FC); return; }
    const features: GeoJSON.Feature[] = [];
    s.doc.grid.feeders.forEach((f, i) => {
      if (Number.isFinite(snr[i])) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: f.line }, properties: { id: f.id, snr: snr[i] } });
    });
    src?.setData({ type: 'FeatureCollection', features });
  });
}
