/** The star coverage heatmap as a MapLibre image source (added when the first raster arrives, then updated in place). */
import type { ImageSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../../state/app-state';
import { watch } from './watch';

export const HEATMAP_SOURCE = 'result-heatmap';
export const HEATMAP_LAYER = 'result-heatmap-raster';

export function attachHeatmap(map: MapLibreMap, store: AppStore): () => void {
  return watch(store, (s) => [s.results.heatmap, s.results.layers.heatmap], (s) => {
    const h = s.results.heatmap;
    const src = map.getSource(HEATMAP_SOURCE) as ImageSource | undefined;
    if (h && !src) {
      map.addSource(HEATMAP_SOURCE, { type: 'image', url: h.url, coordinates: h.corners });
      map.addLayer({ id: HEATMAP_LAYER, type: 'raster', source: HEATMAP_SOURCE, paint: { 'raster-opacity': 0.45, 'raster-resampling': 'nearest' } }, map.getLayer('areas-line') ? 'areas-line' : undefined);
    } else if (h && src) void src.updateImage({ url: h.url, coordinates: h.corners });
    if (map.getLayer(HEATMAP_LAYER)) map.setLayoutProperty(HEATMAP_LAYER, 'visibility', h && s.results.layers.heatmap ? 'visible' : 'none');
  });
}
