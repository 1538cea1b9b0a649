/**
 * Meters coloured by a result (read success, hops, margin or best medium)
 * through feature-state — the meters' geometry is never re-sent. Orphans
 * (simulated meters that reach no collector) get a ring from their own small
 * GeoJSON source, so the ring layer draws only the orphans, not every meter.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Project } from '../../../workers/model';
import type { AppState, AppStore } from '../../state/app-state';
import { METER_SCALES, scaleExpression } from '../../results/colour-scales';
import { meterValues, orphanValues } from '../../results/colour-values';
import { isDrawable, shownEntry } from '../../results/state';
import { clearMeterStates } from '../meter-states';
import { MeterStateWriter } from './state-diff';
import type { MapLayerPlugin } from '../layer-registry';
import { EMPTY_FC, watch } from './watch';

const state = ['feature-state', 'result'];

export const orphanLayer: MapLayerPlugin = {
  id: 'result-orphans',
  title: 'results.layer.orphans',
  sources: { 'result-orphans': { type: 'geojson', data: EMPTY_FC } },
  layers: [{ id: 'result-orphans-ring', type: 'circle', source: 'result-orphans', paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 1.8, 12, 3, 14, 5.5, 18, 10],
    'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#c1121f', 'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 0.7, 14, 1.8],
  } }],
};

/** Points of the orphans of `values` (1 = orphan). */
export function orphanPoints(doc: Project, values: Float32Array): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (let i = 0; i < values.length && i < doc.meters.length; i++) {
    if (values[i] === 1) features.push({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [doc.meters[i].lon, doc.meters[i].lat] }, properties: { i } });
  }
  return { type: 'FeatureCollection', features };
}

/** Attach the meter colouring and the orphan rings to the map. */
export function attachMeterColours(map: MapLibreMap, store: AppStore): () => void {
  const original = map.getPaintProperty('meters-circle', 'circle-color') as unknown[];
  const fallback = original[3];
  let painted = '';
  const writer = new MeterStateWriter(map, 'result');
  const visible = (s: AppState) => { const e = shownEntry(s); return e && isDrawable(e, s.doc) ? e : null; };
  // feature-state: rewritten when the result or the colouring changes, not when meters merely move
  const offColours = watch(store, (s) => [visible(s), s.results.colourBy, s.results.layers.meterColours, s.doc.meters.length, s.results.mesh, s.results.star, s.results.plc], (s) => {
    const e = visible(s);
    const r = s.results;
    if (!e) { clearMeterStates(map); writer.reset(); return; }
    if (r.layers.meterColours) {
      if (painted !== r.colourBy) {
        map.setPaintProperty('meters-circle', 'circle-color', ['case', ['!=', state, null], scaleExpression(METER_SCALES[r.colourBy], ['to-number', state]), fallback] as never);
        painted = r.colourBy;
      }
      void writer.write(meterValues(r.colourBy, e, r, s.doc));
    } else void writer.write(new Float32Array(s.doc.meters.length).fill(NaN));
  });
  const offOrphans = watch(store, (s) => [visible(s), s.results.layers.orphans, s.doc.meters], (s) => {
    const e = visible(s);
    (map.getSource('result-orphans') as GeoJSONSource | undefined)?.setData(e && s.results.layers.orphans ? orphanPoints(s.doc, orphanValues(e)) : EMPTY_FC);
  });
  return () => { offColours(); offOrphans(); };
}
