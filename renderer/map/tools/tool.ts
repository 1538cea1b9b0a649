/**
 * The shape of a map tool: handlers for pointer events that return true when
 * they handled the event (the dispatcher in interactions.ts stops there).
 */
import type * as maplibregl from 'maplibre-gl';
import type { AppStore } from '../../state/app-state';

export type MapMouse = maplibregl.MapMouseEvent;

export interface ToolContext {
  map: maplibregl.Map;
  store: AppStore;
  /** Show a transient sketch (box, lasso, rubber band, snap target) or clear it with null. */
  sketch(data: GeoJSON.FeatureCollection | null): void;
}

export interface ToolHandlers {
  down?(e: MapMouse): boolean;
  move?(e: MapMouse): boolean;
  up?(e: MapMouse | null): boolean;
  click?(e: MapMouse): boolean;
  dblclick?(e: MapMouse): boolean;
}

/** A GeoJSON collection from features. */
export const fc = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });
