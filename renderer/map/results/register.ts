/**
 * Registers the result layers with the map layer registry (once). The plain
 * plugins are the route tree, orphan rings, collector load and PLC feeders;
 * the meter colouring, heatmap and inspector attach to the map through the
 * routes plugin's `attach` (they own no static source).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../../state/app-state';
import { setViewportProvider } from '../../results/viewport';
import { attachAutoRerun } from '../../results/auto-rerun';
import { registerMapLayer, registeredMapLayers } from '../layer-registry';
import { attachCollectorLoad, collectorLoadLayer } from './collector-load';
import { attachHeatmap } from './heatmap-layer';
import { attachInspect } from './inspect';
import { attachMeterColours, orphanLayer } from './meter-colours';
import { attachPlcFeeders, plcFeedersLayer } from './plc-feeders';
import { attachRoutes, routesLayer } from './routes';

function attachAll(map: MapLibreMap, store: AppStore): () => void {
  setViewportProvider(() => { const b = map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; });
  const offs = [attachRoutes(map, store), attachMeterColours(map, store), attachHeatmap(map, store), attachInspect(map, store), attachAutoRerun(store)];
  return () => { for (const f of offs) f(); setViewportProvider(null); };
}

/** Register the result layers (idempotent). */
export function registerResultLayers(): void {
  if (registeredMapLayers().some((p) => p.id === routesLayer.id)) return;
  registerMapLayer({ ...plcFeedersLayer, attach: attachPlcFeeders });
  registerMapLayer({ ...routesLayer, attach: attachAll });
  registerMapLayer({ ...collectorLoadLayer, attach: attachCollectorLoad });
  registerMapLayer(orphanLayer);
}
