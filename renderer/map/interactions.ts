/**
 * Pointer interactions on the map: dispatches mouse events to the tools in
 * priority order (vertex handles, box, lasso, drag-move, area drawing, add
 * tools, click-select) and shows hover tooltips when no gesture is running.
 */
import * as maplibregl from 'maplibre-gl';
import type { Project } from '../../workers/model';
import { t, type MessageKey } from '../i18n/messages';
import type { AppStore } from '../state/app-state';
import type { EntityRef } from '../state/updaters';
import { addPointTool } from './tools/add-point';
import { areaDrawTool } from './tools/area-draw';
import { boxSelectTool } from './tools/box-select';
import { entityAt } from './tools/hit-test';
import { lassoTool } from './tools/lasso';
import { selectDragTool } from './tools/select-drag';
import type { MapMouse, ToolContext, ToolHandlers } from './tools/tool';
import { vertexEditTool } from './tools/vertex-edit';

/** Tooltip text for an entity, in the UI language. */
export function describe(p: Project, ref: EntityRef): string {
  const find = <T extends { id: string }>(xs: readonly T[]) => xs.find((x) => x.id === ref.id);
  switch (ref.kind) {
    case 'meter': {
      const m = find(p.meters);
      if (!m) return ref.id;
      const base = t('tip.meter', { id: m.id, indoor: t(`indoor.${m.indoor ?? 'outdoor'}` as MessageKey) });
      return m.floor ? `${base} · ${t('tip.floor', { n: m.floor })}` : base;
    }
    case 'collector': {
      const c = find(p.collectors);
      return c ? t('tip.collector', { id: c.id, medium: t(`medium.${c.medium}` as MessageKey), profile: p.profiles.find((x) => x.id === c.profileId)?.name ?? c.profileId }) : ref.id;
    }
    case 'site': {
      const s = find(p.candidateSites);
      return s ? t('tip.site', { id: s.id, kind: t(`siteKind.${s.kind}` as MessageKey) }) : ref.id;
    }
    case 'area': {
      const a = find(p.areas);
      return a ? t('tip.area', { name: a.name, class: t(`areaClass.${a.class}` as MessageKey) }) : ref.id;
    }
    default: return ref.id;
  }
}

/** Wire the tools to the map; returns a cleanup function. */
export function attachInteractions(map: maplibregl.Map, store: AppStore): () => void {
  const tip = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10, className: 'hover-tip' });
  const sketch = (data: GeoJSON.FeatureCollection | null) => (map.getSource('sketch') as maplibregl.GeoJSONSource | undefined)?.setData(data ?? { type: 'FeatureCollection', features: [] });
  const ctx: ToolContext = { map, store, sketch };
  const tools: ToolHandlers[] = [vertexEditTool(ctx), boxSelectTool(ctx), lassoTool(ctx), selectDragTool(ctx), areaDrawTool(ctx), addPointTool(ctx)];
  const first = (name: keyof ToolHandlers, e: MapMouse) => tools.some((tool) => tool[name]?.(e) === true);

  const onDown = (e: MapMouse) => { if (first('down', e)) tip.remove(); };
  const onMove = (e: MapMouse) => {
    if (first('move', e)) { tip.remove(); return; }
    const tool = store.getState().tool;
    const vertex = tool === 'select' && map.getLayer('area-vertices-circle') ? map.queryRenderedFeatures([[e.point.x - 5, e.point.y - 5], [e.point.x + 5, e.point.y + 5]], { layers: ['area-vertices-circle'] })[0] : undefined;
    if (vertex) {
      map.getCanvas().style.cursor = 'move';
      tip.setLngLat(e.lngLat).setText(vertex.properties.mid ? t('tip.midpoint') : t('tip.vertex', { n: Number(vertex.properties.index) + 1 })).addTo(map);
      return;
    }
    const hit = tool === 'select' ? entityAt(map, e.point) : null;
    map.getCanvas().style.cursor = hit ? 'pointer' : tool === 'select' ? '' : 'crosshair';
    if (hit) tip.setLngLat(e.lngLat).setText(describe(store.getState().doc, hit)).addTo(map);
    else tip.remove();
  };
  const onUp = (e: MapMouse | null) => { for (const tool of tools) tool.up?.(e); };
  const onLeave = () => { onUp(null); tip.remove(); };
  const onClick = (e: MapMouse) => { first('click', e); };
  const onDbl = (e: MapMouse) => { first('dblclick', e); };
  map.on('mousedown', onDown);
  map.on('mousemove', onMove);
  map.on('mouseup', onUp);
  map.on('click', onClick);
  map.on('dblclick', onDbl);
  const canvas = map.getCanvas();
  canvas.addEventListener('mouseleave', onLeave);
  let lastTool = store.getState().tool;
  const offTool = store.subscribe(() => { const tool = store.getState().tool; if (tool !== lastTool) { lastTool = tool; sketch(null); } });
  return () => {
    map.off('mousedown', onDown); map.off('mousemove', onMove); map.off('mouseup', onUp); map.off('click', onClick); map.off('dblclick', onDbl);
    canvas.removeEventListener('mouseleave', onLeave);
    offTool();
    tip.remove();
  };
}
