/**
 * Drawing an area polygon: click to add vertices, double-click, Enter or a
 * click on the first vertex to finish, Escape to cancel, Backspace to drop
 * the last vertex (keys go through commands.ts). A rubber band follows the
 * pointer from the last vertex.
 */
import { addDraftVertex, finishDraft } from '../../state/tool-actions';
import { fc, type MapMouse, type ToolContext, type ToolHandlers } from './tool';

/** A click this close (pixels) to the previous vertex is the second click of a double-click: ignored. */
export const DUP_PX = 4;
/** A click this close (pixels) to the first vertex closes the polygon. */
export const CLOSE_PX = 8;

export function areaDrawTool({ map, store, sketch }: ToolContext): ToolHandlers {
  const screen = (c: [number, number]) => map.project(c);
  return {
    click(e: MapMouse) {
      if (store.getState().tool !== 'draw-area') return false;
      const draft = store.getState().draft ?? [];
      if (draft.length) {
        const last = screen(draft[draft.length - 1]);
        if (Math.hypot(last.x - e.point.x, last.y - e.point.y) < DUP_PX) return true;
        const first = screen(draft[0]);
        if (draft.length >= 3 && Math.hypot(first.x - e.point.x, first.y - e.point.y) < CLOSE_PX) { finishDraft(store); sketch(null); return true; }
      }
      addDraftVertex(store, [e.lngLat.lng, e.lngLat.lat]);
      return true;
    },
    dblclick(e: MapMouse) {
      if (store.getState().tool !== 'draw-area') return false;
      e.preventDefault();
      finishDraft(store);
      sketch(null);
      return true;
    },
    move(e: MapMouse) {
      const s = store.getState();
      if (s.tool !== 'draw-area' || !s.draft?.length) return false;
      const last = s.draft[s.draft.length - 1];
      sketch(fc([{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[last[0], last[1]], [e.lngLat.lng, e.lngLat.lat]] }, properties: {} }]));
      return true;
    },
  };
}
