/**
 * Transient map overlays drawn above the project layers: the selection,
 * vertex handles of a selected area, the area being drawn, and the sketch of
 * a box/lasso/rubber band. Each has its own GeoJSON source.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { COLORS } from './layer-style';

/** Sources the overlays use. */
export const OVERLAY_SOURCES = ['selection', 'area-vertices', 'draft', 'sketch'] as const;

const isPoint: unknown = ['==', ['geometry-type'], 'Point'];
const isPolygon: unknown = ['==', ['geometry-type'], 'Polygon'];
const isLine: unknown = ['!=', ['geometry-type'], 'Point'];

/** Selection ring radius: a little larger than the symbol it marks (collectors are drawn bigger than meters). */
const byKind = (collector: number, other: number): unknown => ['match', ['get', 'kind'], 'collector', collector, other];
const ringRadius: unknown = ['interpolate', ['linear'], ['zoom'], 10, byKind(7, 3.5), 14, byKind(9, 5), 16, byKind(12, 6.5), 18, byKind(13, 9)];

/** Overlay layers, bottom first. */
export function overlayLayerSpecs(): LayerSpecification[] {
  return [
    { id: 'selection-area', type: 'line', source: 'selection', filter: isPolygon as never, paint: { 'line-color': COLORS.selection, 'line-width': 4, 'line-opacity': 0.9 } },
    { id: 'selection-ring', type: 'circle', source: 'selection', filter: isPoint as never, paint: { 'circle-radius': ringRadius as never, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLORS.selection, 'circle-stroke-width': 2 } },
    { id: 'draft-fill', type: 'fill', source: 'draft', filter: isPolygon as never, paint: { 'fill-color': '#0b6e99', 'fill-opacity': 0.15 } },
    { id: 'draft-line', type: 'line', source: 'draft', filter: isLine as never, paint: { 'line-color': '#0b6e99', 'line-width': 2, 'line-dasharray': [2, 1] } },
    { id: 'draft-vertex', type: 'circle', source: 'draft', filter: isPoint as never, paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': '#0b6e99', 'circle-stroke-width': 2 } },
    { id: 'sketch-fill', type: 'fill', source: 'sketch', filter: isPolygon as never, paint: { 'fill-color': '#0b6e99', 'fill-opacity': 0.1 } },
    { id: 'sketch-line', type: 'line', source: 'sketch', filter: isLine as never, paint: { 'line-color': '#0b6e99', 'line-width': 1.5, 'line-dasharray': [3, 2] } },
    { id: 'sketch-point', type: 'circle', source: 'sketch', filter: isPoint as never, paint: { 'circle-radius': 12, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#0b6e99', 'circle-stroke-width': 3 } },
    { id: 'area-vertices-circle', type: 'circle', source: 'area-vertices', paint: {
      'circle-radius': ['case', ['get', 'mid'], 4, 6] as never, 'circle-color': ['case', ['get', 'mid'], '#ffffff', COLORS.selection] as never,
      'circle-opacity': ['case', ['get', 'mid'], 0.85, 1] as never, 'circle-stroke-color': '#1b1b1b', 'circle-stroke-width': 1.5,
    } },
  ];
}
