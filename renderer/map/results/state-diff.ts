/**
 * Feature-state writes that send only what changed: after an incremental
 * mesh update a few hundred meters change colour, so rewriting all 100k
 * states would be wasted work. The first write (or one after a length
 * change) goes through the batched {@link setMeterStates}.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { setMeterStates } from '../meter-states';

/** Indices where `a` and `b` differ (NaN equals NaN). */
export function changedIndices(a: Float32Array, b: Float32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const x = a[i], y = b[i];
    if (x !== y && !(x !== x && y !== y)) out.push(i);
  }
  return out;
}

/** Writes one feature-state key of the meters source, remembering the last values. */
export class MeterStateWriter {
  private last: Float32Array | null = null;
  /** A batched full write is still running (a diff now would be overwritten by its later batches). */
  private busy = 0;

  constructor(private readonly map: MapLibreMap, private readonly key: string, private readonly maxDiff = 20_000) {}

  write(values: Float32Array): Promise<void> {
    const prev = this.last;
    this.last = values;
    if (prev && prev.length === values.length && this.busy === 0) {
      const changed = changedIndices(prev, values);
      if (changed.length <= this.maxDiff) {
        for (const i of changed) {
          if (Number.isNaN(values[i])) this.map.removeFeatureState({ source: 'meters', id: i }, this.key);
          else this.map.setFeatureState({ source: 'meters', id: i }, { [this.key]: values[i] });
        }
        return Promise.resolve();
      }
    }
    this.busy++;
    return setMeterStates(this.map, values, this.key).finally(() => { this.busy--; });
  }

  /** Forget the last values (after the states were cleared elsewhere). */
  reset(): void {
    this.last = null;
  }
}
