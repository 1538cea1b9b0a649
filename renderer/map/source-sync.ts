/**
 * Keeps a GeoJSON source in step with one array of the project. When only a
 * few items changed (a drag), it sends a small diff with updateData instead
 * of re-uploading every feature; otherwise it replaces the data.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

/** Largest number of changed items sent as a diff before a full upload is cheaper. */
const MAX_DIFF = 2000;

export class SourceSync<T> {
  private last: readonly T[] | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly sourceId: string,
    private readonly toCollection: (items: readonly T[]) => GeoJSON.FeatureCollection,
    private readonly toFeature?: (item: T, index: number) => GeoJSON.Feature,
  ) {}

  /** Bring the source up to date with `items` (by reference comparison). Returns the kind of update made. */
  sync(items: readonly T[]): 'none' | 'diff' | 'full' {
    if (items === this.last) return 'none';
    const src = this.map.getSource(this.sourceId) as GeoJSONSource | undefined;
    if (!src) return 'none';
    const prev = this.last;
    this.last = items;
    if (prev && this.toFeature && prev.length === items.length) {
      const changed: number[] = [];
      for (let i = 0; i < items.length && changed.length <= MAX_DIFF; i++) if (items[i] !== prev[i]) changed.push(i);
      if (changed.length <= MAX_DIFF) {
        if (changed.length) void src.updateData({ update: changed.map((i) => { const f = this.toFeature!(items[i], i); return { id: i, newGeometry: f.geometry, addOrUpdateProperties: Object.entries(f.properties ?? {}).map(([key, value]) => ({ key, value })) }; }) });
        return 'diff';
      }
    }
    void src.setData(this.toCollection(items));
    return 'full';
  }
}
