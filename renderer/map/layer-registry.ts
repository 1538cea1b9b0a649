/**
 * A registry of extra map layers, so result layers (coverage, read success,
 * routing trees) can slot in without editing the controller. A plugin brings
 * its sources and layers, and optionally a function that keeps them up to
 * date from the store; registered plugins are added when the map loads.
 */
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { MessageKey } from '../i18n/messages';
import type { AppStore } from '../state/app-state';

export interface MapLayerPlugin {
  id: string;
  /** Label for the layer panel (a message key). */
  title?: MessageKey;
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** Insert below this layer id (default: below the overlays). */
  beforeId?: string;
  /** Called once after the layers are added; returns a cleanup function. */
  attach?(map: MapLibreMap, store: AppStore): () => void;
}

const plugins: MapLayerPlugin[] = [];

/** Register a layer plugin (before the map loads; later ones are added on the next map). Returns an unregister function. */
export function registerMapLayer(plugin: MapLayerPlugin): () => void {
  if (plugins.some((p) => p.id === plugin.id)) throw new Error(`map layer ${plugin.id} is already registered`);
  plugins.push(plugin);
  return () => { const i = plugins.indexOf(plugin); if (i >= 0) plugins.splice(i, 1); };
}

/** The registered plugins, in registration order. */
export function registeredMapLayers(): readonly MapLayerPlugin[] {
  return plugins;
}
