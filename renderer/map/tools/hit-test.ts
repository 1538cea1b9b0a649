/** What entity lies under a screen point (meters, collectors, sites, then areas). */
import * as maplibregl from 'maplibre-gl';
import type { EntityKind, EntityRef } from '../../state/updaters';
import { INTERACTIVE_LAYERS } from '../layer-style';

/** Hit radius around the pointer, pixels. */
export const HIT_PX = 6;

/** The top-most entity at a point, by layer priority (points before areas). */
export function entityAt(map: maplibregl.Map, point: maplibregl.PointLike, layers: readonly string[] = INTERACTIVE_LAYERS): EntityRef | null {
  const visible = layers.filter((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none');
  if (visible.length === 0) return null;
  const p = maplibregl.Point.convert(point);
  const hits = map.queryRenderedFeatures([[p.x - HIT_PX, p.y - HIT_PX], [p.x + HIT_PX, p.y + HIT_PX]], { layers: visible });
  for (const l of visible) {
    const f = hits.find((h) => h.layer.id === l);
    if (f) return { kind: f.properties.kind as EntityKind, id: String(f.properties.id) };
  }
  return null;
}
