/**
 * Box selection: drag a rectangle with the box tool, or Shift+drag with the
 * select tool. Everything visible inside is selected (Shift adds). The map has
 * no rotation or pitch, so a screen rectangle is a lon/lat rectangle. Esc
 * during the drag cancels it.
 */
import type * as maplibregl from 'maplibre-gl';
import { entitiesInBox } from '../../state/selection';
import { onGestureCancel, select } from '../../state/tool-actions';
import { fc, type MapMouse, type ToolContext, type ToolHandlers } from './tool';

/** Drags shorter than this (pixels) are clicks, not boxes. */
export const MIN_BOX_PX = 4;

export function boxSelectTool({ map, store, sketch }: ToolContext): ToolHandlers {
  let start: { point: maplibregl.Point; add: boolean } | null = null;
  let end: maplibregl.Point | null = null;
  const ring = (a: maplibregl.Point, b: maplibregl.Point): [number, number][] => {
    const c = [map.unproject([a.x, a.y]), map.unproject([b.x, a.y]), map.unproject([b.x, b.y]), map.unproject([a.x, b.y])];
    return [...c, c[0]].map((l) => [l.lng, l.lat]);
  };
  // Esc while dragging drops the box and selects nothing
  onGestureCancel(store, () => {
    if (!start) return false;
    start = null; end = null;
    sketch(null);
    map.dragPan.enable();
    return true;
  });
  return {
    down(e: MapMouse) {
      const tool = store.getState().tool;
      const shift = e.originalEvent.shiftKey;
      if (e.originalEvent.button !== 0 || !(tool === 'box-select' || (tool === 'select' && shift))) return false;
      e.preventDefault();
      map.dragPan.disable();
      start = { point: e.point, add: shift };
      end = e.point;
      return true;
    },
    move(e: MapMouse) {
      if (!start) return false;
      end = e.point;
      sketch(fc([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring(start.point, end)] }, properties: {} }]));
      return true;
    },
    up() {
      if (!start) return false;
      const a = start.point, b = end ?? a, add = start.add;
      start = null; end = null;
      sketch(null);
      map.dragPan.enable();
      if (Math.abs(a.x - b.x) < MIN_BOX_PX && Math.abs(a.y - b.y) < MIN_BOX_PX) return true;
      const p1 = map.unproject([Math.min(a.x, b.x), Math.max(a.y, b.y)]), p2 = map.unproject([Math.max(a.x, b.x), Math.min(a.y, b.y)]);
      const s = store.getState();
      select(store, entitiesInBox(s.doc, [p1.lng, p1.lat, p2.lng, p2.lat], { meter: s.layers.meters, collector: s.layers.collectors }), add);
      return true;
    },
  };
}
