/** Lasso selection: drag a free-hand loop; visible meters and collectors inside are selected (Shift adds); Esc cancels the drag. */
import type * as maplibregl from 'maplibre-gl';
import { entitiesInLasso } from '../../state/selection';
import { onGestureCancel, select } from '../../state/tool-actions';
import { fc, type MapMouse, type ToolContext, type ToolHandlers } from './tool';

/** Minimum pointer travel, pixels, between recorded lasso points. */
export const LASSO_STEP_PX = 3;

export function lassoTool({ map, store, sketch }: ToolContext): ToolHandlers {
  let pts: maplibregl.Point[] | null = null;
  let add = false;
  const lonLats = () => (pts ?? []).map((p) => { const l = map.unproject(p); return [l.lng, l.lat] as [number, number]; });
  onGestureCancel(store, () => {
    if (!pts) return false;
    pts = null;
    sketch(null);
    map.dragPan.enable();
    return true;
  });
  return {
    down(e: MapMouse) {
      if (store.getState().tool !== 'lasso' || e.originalEvent.button !== 0) return false;
      e.preventDefault();
      map.dragPan.disable();
      pts = [e.point];
      add = e.originalEvent.shiftKey;
      return true;
    },
    move(e: MapMouse) {
      if (!pts) return false;
      const last = pts[pts.length - 1];
      if (Math.hypot(e.point.x - last.x, e.point.y - last.y) >= LASSO_STEP_PX) pts.push(e.point);
      const line = lonLats();
      if (line.length >= 2) sketch(fc([{ type: 'Feature', geometry: { type: 'LineString', coordinates: [...line, line[0]] }, properties: {} }]));
      return true;
    },
    up() {
      if (!pts) return false;
      const ring = lonLats();
      pts = null;
      sketch(null);
      map.dragPan.enable();
      if (ring.length < 3) return true;
      const s = store.getState();
      select(store, entitiesInLasso(s.doc, ring, { meter: s.layers.meters, collector: s.layers.collectors }), add);
      return true;
    },
  };
}
