/**
 * Per-meter result colouring without re-uploading geometry.
 *
 * The meters source uses the meter's array index as its numeric feature id
 * (project-geojson.ts), so a result array indexed by meter (the engines'
 * Float32Array, e.g. read success 0…1) maps straight onto feature ids.
 * {@link setMeterStates} writes those values as MapLibre feature-state in
 * batches spread over animation frames, so 100k meters never stall the UI and
 * no GeoJSON is re-sent to the worker. The meters layer's paint already reads
 * `['feature-state', 'result']` (layer-style.ts): a value 0…1 colours the
 * meter red → yellow → green; no state falls back to the indoor colours.
 *
 * Rules:
 * - Results belong to a document revision. When meters are added or deleted,
 *   indices shift: call {@link clearMeterStates} (or re-apply the new run's
 *   values) whenever `doc.meters` changes length.
 * - NaN means "no value" and removes the key from that meter's state.
 * - Moving meters (updateData diffs) keeps feature ids and thus states.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Meters written per animation frame. */
export const STATE_BATCH = 20_000;

const schedule = (f: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => f()) : setTimeout(f, 0));

/**
 * Apply `values[i]` as feature-state `key` of meter i, in batches. Resolves
 * when all batches are written; a later call for the same map and key
 * cancels the earlier one (it resolves early).
 */
export function setMeterStates(map: MapLibreMap, values: Float32Array, key = 'result', source = 'meters'): Promise<void> {
  const token = {};
  running.set(`${source}|${key}`, token);
  return new Promise((resolve) => {
    let i = 0;
    const step = () => {
      if (running.get(`${source}|${key}`) !== token || !map.getSource(source)) { resolve(); return; }
      const end = Math.min(values.length, i + STATE_BATCH);
      for (; i < end; i++) {
        const v = values[i];
        if (Number.isNaN(v)) map.removeFeatureState({ source, id: i }, key);
        else map.setFeatureState({ source, id: i }, { [key]: v });
      }
      if (i < values.length) schedule(step);
      else { running.delete(`${source}|${key}`); resolve(); }
    };
    step();
  });
}

const running = new Map<string, object>();

/** Remove every meter's feature-state (all keys), e.g. when the meters array changed length. */
export function clearMeterStates(map: MapLibreMap, source = 'meters'): void {
  for (const k of [...running.keys()]) if (k.startsWith(`${source}|`)) running.delete(k);
  if (map.getSource(source)) map.removeFeatureState({ source });
}
