/**
 * Pointer interactions on the map: hover tooltips, click to select (Shift to
 * add), drag selected meters/collectors (one undo step per drag), and click
 * to add a meter or collector with the add tools.
 */
import * as maplibregl from 'maplibre-gl';
import type { AppStore } from '../state/app-state';
import { nextId, updaters, type EntityKind, type EntityRef } from '../state/updaters';
import { INTERACTIVE_LAYERS } from './layer-style';

function entityAt(map: maplibregl.Map, point: maplibregl.PointLike): EntityRef | null {
  const layers = INTERACTIVE_LAYERS.filter((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none');
  const r = 6;
  const p = maplibregl.Point.convert(point);
  const hits = map.queryRenderedFeatures([[p.x - r, p.y - r], [p.x + r, p.y + r]], { layers });
  const f = hits[0];
  if (!f) return null;
  return { kind: f.properties.kind as EntityKind, id: String(f.properties.id) };
}

function describe(store: AppStore, ref: EntityRef): string {
  const p = store.getState().doc;
  if (ref.kind === 'meter') {
    const m = p.meters.find((x) => x.id === ref.id);
    return m ? `Meter ${m.id} · ${m.indoor ?? 'outdoor'}${m.floor ? ` · floor ${m.floor}` : ''}` : ref.id;
  }
  const c = p.collectors.find((x) => x.id === ref.id);
  return c ? `Collector ${c.id} · ${c.medium} · ${c.profileId}` : ref.id;
}

export function attachInteractions(map: maplibregl.Map, store: AppStore): void {
  const tip = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10, className: 'hover-tip' });
  let drag: { kind: EntityKind; ids: string[]; start: maplibregl.LngLat; origin: Map<string, [number, number]> } | null = null;

  map.on('mousemove', (e) => {
    if (drag) {
      const dLon = e.lngLat.lng - drag.start.lng, dLat = e.lngLat.lat - drag.start.lat;
      const moves = new Map<string, [number, number]>();
      for (const [id, [lon, lat]] of drag.origin) moves.set(id, [lon + dLon, lat + dLat]);
      const kind = drag.kind;
      store.edit((p) => updaters.moveEntities(p, kind, moves));
      return;
    }
    const hit = store.getState().tool === 'select' ? entityAt(map, e.point) : null;
    map.getCanvas().style.cursor = hit ? 'pointer' : store.getState().tool === 'select' ? '' : 'crosshair';
    if (hit) tip.setLngLat(e.lngLat).setText(describe(store, hit)).addTo(map);
    else tip.remove();
  });

  map.on('mousedown', (e) => {
    if (store.getState().tool !== 'select' || e.originalEvent.button !== 0) return;
    const hit = entityAt(map, e.point);
    if (!hit || (hit.kind !== 'meter' && hit.kind !== 'collector')) return;
    e.preventDefault();
    const s = store.getState();
    const selected = s.selection.some((r) => r.kind === hit.kind && r.id === hit.id);
    const refs = selected ? s.selection.filter((r) => r.kind === hit.kind) : [hit];
    if (!selected) store.set({ selection: [hit] });
    const items: { id: string; lon: number; lat: number }[] = hit.kind === 'meter' ? s.doc.meters : s.doc.collectors;
    const ids = new Set(refs.map((r) => r.id));
    const origin = new Map(items.filter((x) => ids.has(x.id)).map((x) => [x.id, [x.lon, x.lat] as [number, number]]));
    drag = { kind: hit.kind, ids: [...ids], start: e.lngLat, origin };
    store.beginGesture();
    map.dragPan.disable();
    tip.remove();
  });

  const endDrag = () => {
    if (!drag) return;
    drag = null;
    store.endGesture();
    map.dragPan.enable();
  };
  map.on('mouseup', endDrag);
  map.getCanvas().addEventListener('mouseleave', endDrag);

  map.on('click', (e) => {
    const s = store.getState();
    if (s.tool === 'add-meter') {
      const id = nextId('M', s.doc.meters);
      store.edit((p) => updaters.addMeter(p, { id, lon: e.lngLat.lng, lat: e.lngLat.lat }));
      store.set({ selection: [{ kind: 'meter', id }] });
      return;
    }
    if (s.tool === 'add-collector') {
      const profile = s.doc.profiles.find((p) => p.medium === 'mesh') ?? s.doc.profiles[0];
      if (!profile) { store.set({ notice: { level: 'error', title: 'No technology profile', lines: ['Add a technology profile before placing collectors.'] } }); return; }
      const id = nextId('C', s.doc.collectors);
      store.edit((p) => updaters.addCollector(p, { id, lon: e.lngLat.lng, lat: e.lngLat.lat, heightM: 10, medium: profile.medium, profileId: profile.id }));
      store.set({ selection: [{ kind: 'collector', id }] });
      return;
    }
    const hit = entityAt(map, e.point);
    if (!hit) { if (!e.originalEvent.shiftKey) store.set({ selection: [] }); return; }
    if (e.originalEvent.shiftKey) {
      const has = s.selection.some((r) => r.kind === hit.kind && r.id === hit.id);
      store.set({ selection: has ? s.selection.filter((r) => !(r.kind === hit.kind && r.id === hit.id)) : [...s.selection, hit] });
    } else store.set({ selection: [hit] });
  });
}
