/**
 * Map styling of the project's own layers: colours, sizes and the legend
 * entries that describe them. One table drives both, so they cannot drift.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { MapLayerId } from './layer-ids';

/** Colours shared by map and legend. */
export const COLORS = {
  areaByClass: {
    'dense-residential': '#e4572e', 'high-rise': '#7b2cbf', underground: '#6c757d',
    suburban: '#f4a259', rural: '#8cb369', mountainous: '#5b8e7d',
  } as Record<string, string>,
  building: '#c9b8a6',
  road: '#ffffff',
  roadCasing: '#b0a999',
  feeder: '#d62828',
  meterByIndoor: { outdoor: '#1d3557', indoor: '#457b9d', 'meter-room': '#e76f51', basement: '#9c6644', underground: '#495057' } as Record<string, string>,
  collectorByMedium: { mesh: '#2a9d8f', star: '#e9c46a', plc: '#f72585' } as Record<string, string>,
  site: '#ffffff',
  siteStroke: '#5c5f66',
  selection: '#ffbe0b',
};

const matchColor = (prop: string, table: Record<string, string>, fallback: string): unknown =>
  ['match', ['get', prop], ...Object.entries(table).flat(), fallback];

/** MapLibre layers per project layer id, in drawing order (bottom first). */
export function projectLayerSpecs(): { id: MapLayerId; layers: LayerSpecification[] }[] {
  return [
    { id: 'areas', layers: [
      { id: 'areas-fill', type: 'fill', source: 'areas', paint: { 'fill-color': matchColor('class', COLORS.areaByClass, '#999') as never, 'fill-opacity': 0.12 } },
      { id: 'areas-line', type: 'line', source: 'areas', paint: { 'line-color': matchColor('class', COLORS.areaByClass, '#999') as never, 'line-width': 2 } },
    ] },
    { id: 'buildings', layers: [{ id: 'buildings-fill', type: 'fill', source: 'buildings', minzoom: 13, paint: { 'fill-color': COLORS.building, 'fill-outline-color': '#9d8b78', 'fill-opacity': 0.8 } }] },
    { id: 'roads', layers: [
      { id: 'roads-casing', type: 'line', source: 'roads', paint: { 'line-color': COLORS.roadCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1.5, 17, 9] } },
      { id: 'roads-line', type: 'line', source: 'roads', paint: { 'line-color': COLORS.road, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.8, 17, 7] } },
    ] },
    { id: 'feeders', layers: [{ id: 'feeders-line', type: 'line', source: 'feeders', paint: { 'line-color': COLORS.feeder, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.6, 17, 2.5], 'line-dasharray': [2, 1] } }] },
    { id: 'sites', layers: [{ id: 'sites-circle', type: 'circle', source: 'sites', paint: {
      'circle-color': COLORS.site, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3, 16, 7],
      'circle-stroke-color': COLORS.siteStroke, 'circle-stroke-width': 1.5, 'circle-opacity': 0.9,
    } }] },
    { id: 'meters', layers: [{ id: 'meters-circle', type: 'circle', source: 'meters', paint: {
      'circle-color': ['case', ['!=', ['feature-state', 'result'], null], ['interpolate', ['linear'], ['to-number', ['feature-state', 'result']], 0, '#d73027', 0.5, '#fee08b', 1, '#1a9850'],
        matchColor('indoor', COLORS.meterByIndoor, COLORS.meterByIndoor.outdoor)] as never,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 1.2, 14, 2.5, 18, 6],
      'circle-stroke-color': '#ffffff', 'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 13, 0, 16, 1],
    } }] },
    { id: 'collectors', layers: [{ id: 'collectors-circle', type: 'circle', source: 'collectors', paint: {
      'circle-color': matchColor('medium', COLORS.collectorByMedium, '#333') as never,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 16, 9],
      'circle-stroke-color': '#1b1b1b', 'circle-stroke-width': 1.5,
    } }] },
  ];
}

/** Layers that respond to hover and click (entity points). */
export const INTERACTIVE_LAYERS = ['collectors-circle', 'meters-circle', 'sites-circle', 'areas-fill'] as const;
