/**
 * Reshaping a selected area: drag one of its vertex handles (one undo step
 * per drag); drag a midpoint handle to insert a vertex there (also one step);
 * Alt+click a vertex removes it.
 */
import { updaters } from '../../state/updaters';
import { HIT_PX } from './hit-test';
import type { MapMouse, ToolContext, ToolHandlers } from './tool';

export function vertexEditTool({ map, store }: ToolContext): ToolHandlers {
  let drag: { areaId: string; index: number } | null = null;
  const handleAt = (e: MapMouse): { areaId: string; index: number; mid: boolean } | null => {
    if (!map.getLayer('area-vertices-circle')) return null;
    const p = e.point;
    const hits = map.queryRenderedFeatures([[p.x - HIT_PX, p.y - HIT_PX], [p.x + HIT_PX, p.y + HIT_PX]], { layers: ['area-vertices-circle'] });
    const f = hits.find((h) => !h.properties.mid) ?? hits[0];
    return f ? { areaId: String(f.properties.areaId), index: Number(f.properties.index), mid: Boolean(f.properties.mid) } : null;
  };
  return {
    down(e: MapMouse) {
      const s = store.getState();
      if (s.tool !== 'select' || e.originalEvent.button !== 0 || s.selection.length !== 1 || s.selection[0].kind !== 'area') return false;
      const h = handleAt(e);
      if (!h) return false;
      e.preventDefault();
      if (e.originalEvent.altKey) { if (!h.mid) store.edit((p) => updaters.removeAreaVertex(p, h.areaId, h.index)); return true; }
      drag = { areaId: h.areaId, index: h.index };
      store.beginGesture();
      if (h.mid) store.edit((p) => updaters.insertAreaVertex(p, h.areaId, h.index, [e.lngLat.lng, e.lngLat.lat]));
      map.dragPan.disable();
      return true;
    },
    move(e: MapMouse) {
      if (!drag) return false;
      const { areaId, index } = drag;
      store.edit((p) => updaters.moveAreaVertex(p, areaId, index, [e.lngLat.lng, e.lngLat.lat]));
      return true;
    },
    up() {
      if (!drag) return false;
      drag = null;
      store.endGesture();
      map.dragPan.enable();
      return true;
    },
    click(e: MapMouse) {
      // a click on a handle (no drag) keeps the area selected instead of selecting what lies under it
      return store.getState().tool === 'select' && handleAt(e) !== null;
    },
  };
}
