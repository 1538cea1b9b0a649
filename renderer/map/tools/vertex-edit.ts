/**
 * Reshaping a selected area: drag one of its vertex handles (one undo step
 * per drag); drag a midpoint handle to insert a vertex there (also one step);
 * Alt+click a vertex removes it. A position that would make the outline
 * cross itself is refused by the updaters (the vertex stays at its last valid
 * place) and the user is told why when the drag ends.
 */
import { t } from '../../i18n/messages';
import type { AppStore } from '../../state/app-state';
import { updaters } from '../../state/updaters';
import { HIT_PX } from './hit-test';
import type { MapMouse, ToolContext, ToolHandlers } from './tool';

const refusedNotice = (store: AppStore) => store.set({ notice: { level: 'error', title: t('draw.selfIntersects'), lines: [t('draw.vertexRefused')] } });

/** Whether vertex `index` of area `areaId` sits at `to` (so an unchanged document means the move was refused). */
function vertexAt(store: AppStore, areaId: string, index: number, to: [number, number]): boolean {
  const v = store.getState().doc.areas.find((a) => a.id === areaId)?.polygon[0][index];
  return !!v && v[0] === to[0] && v[1] === to[1];
}

export function vertexEditTool({ map, store }: ToolContext): ToolHandlers {
  let drag: { areaId: string; index: number; refused: boolean } | null = null;
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
      if (e.originalEvent.altKey) {
        if (h.mid) return true;
        const before = store.getState().doc;
        const ringLength = before.areas.find((a) => a.id === h.areaId)?.polygon[0].length ?? 0;
        store.edit((p) => updaters.removeAreaVertex(p, h.areaId, h.index));
        // more than a triangle left, yet nothing changed: the removal would have crossed the outline
        if (store.getState().doc === before && ringLength - 1 > 3) refusedNotice(store);
        return true;
      }
      drag = { areaId: h.areaId, index: h.index, refused: false };
      store.beginGesture();
      if (h.mid) store.edit((p) => updaters.insertAreaVertex(p, h.areaId, h.index, [e.lngLat.lng, e.lngLat.lat]));
      map.dragPan.disable();
      return true;
    },
    move(e: MapMouse) {
      if (!drag) return false;
      const { areaId, index } = drag;
      const to: [number, number] = [e.lngLat.lng, e.lngLat.lat];
      store.edit((p) => updaters.moveAreaVertex(p, areaId, index, to));
      drag.refused = !vertexAt(store, areaId, index, to);
      return true;
    },
    up() {
      if (!drag) return false;
      const refused = drag.refused;
      drag = null;
      store.endGesture();
      map.dragPan.enable();
      if (refused) refusedNotice(store);
      return true;
    },
    click(e: MapMouse) {
      // a click on a handle (no drag) keeps the area selected instead of selecting what lies under it
      return store.getState().tool === 'select' && handleAt(e) !== null;
    },
  };
}
