/**
 * The select tool: click selects (Shift toggles), dragging a selected or
 * clicked point moves it and every selected point of its kind, as one undo
 * step. Dragging a single collector snaps it onto candidate sites.
 */
import type * as maplibregl from 'maplibre-gl';
import { select } from '../../state/tool-actions';
import { itemsOf } from '../../state/selection';
import { updaters, type EntityKind } from '../../state/updaters';
import { entityAt } from './hit-test';
import { snapMark, snapSite } from './snap';
import { fc, type MapMouse, type ToolContext, type ToolHandlers } from './tool';

const MOVABLE: readonly EntityKind[] = ['meter', 'collector', 'site'];

interface Drag { kind: EntityKind; start: maplibregl.LngLat; origin: Map<string, [number, number]> }

export function selectDragTool({ map, store, sketch }: ToolContext): ToolHandlers {
  let drag: Drag | null = null;
  return {
    down(e: MapMouse) {
      const s = store.getState();
      if (s.tool !== 'select' || e.originalEvent.button !== 0 || e.originalEvent.shiftKey) return false;
      const hit = entityAt(map, e.point);
      if (!hit || !MOVABLE.includes(hit.kind)) return false;
      e.preventDefault();
      const selected = s.selection.some((r) => r.kind === hit.kind && r.id === hit.id);
      const refs = selected ? s.selection.filter((r) => r.kind === hit.kind) : [hit];
      if (!selected) store.set({ selection: [hit] });
      const ids = new Set(refs.map((r) => r.id));
      const items = itemsOf(s.doc, hit.kind) as readonly { id: string; lon: number; lat: number }[];
      drag = { kind: hit.kind, start: e.lngLat, origin: new Map(items.filter((x) => ids.has(x.id)).map((x) => [x.id, [x.lon, x.lat] as [number, number]])) };
      store.beginGesture();
      map.dragPan.disable();
      return true;
    },
    move(e: MapMouse) {
      if (!drag) return false;
      const dLon = e.lngLat.lng - drag.start.lng, dLat = e.lngLat.lat - drag.start.lat;
      const moves = new Map<string, [number, number]>();
      for (const [id, [lon, lat]] of drag.origin) moves.set(id, [lon + dLon, lat + dLat]);
      const kind = drag.kind;
      if (kind === 'collector' && moves.size === 1) {
        const [[id, to]] = [...moves];
        const s = store.getState();
        const site = snapSite(map, s.doc, map.project(to), s.layers.sites);
        sketch(site ? fc([snapMark(site)]) : null);
        if (site) { store.edit((p) => updaters.snapCollectorToSite(p, id, site)); return true; }
      }
      store.edit((p) => updaters.moveEntities(p, kind, moves));
      return true;
    },
    up() {
      if (!drag) return false;
      drag = null;
      sketch(null);
      store.endGesture();
      map.dragPan.enable();
      return true;
    },
    click(e: MapMouse) {
      const s = store.getState();
      if (s.tool !== 'select') return false;
      const hit = entityAt(map, e.point);
      const shift = e.originalEvent.shiftKey;
      if (!hit) { if (!shift) store.set({ selection: [] }); return true; }
      if (shift) {
        const has = s.selection.some((r) => r.kind === hit.kind && r.id === hit.id);
        store.set({ selection: has ? s.selection.filter((r) => !(r.kind === hit.kind && r.id === hit.id)) : [...s.selection, hit] });
      } else select(store, [hit]);
      return true;
    },
  };
}
