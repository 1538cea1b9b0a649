/**
 * Store actions behind the map tools and panels: switching tools, drawing an
 * area (add vertex, finish, cancel), selecting and framing. Document changes
 * go through named updaters, so each user action is one undo step.
 */
import type { AreaClass, Medium, Project } from '../../workers/model';
import { t } from '../i18n/messages';
import type { AppStore, Tool } from './app-state';
import { closeRing, ringSelfIntersects } from './area-updaters';
import { areaBounds, mergeSelection } from './selection';
import { nextId, updaters, type EntityRef } from './updaters';

/** Class given to a newly drawn area (the user sets the real one in Properties). */
export const NEW_AREA_CLASS: AreaClass = 'suburban';

/** Switch tool; leaving the area tool drops an unfinished polygon. */
export function setTool(store: AppStore, tool: Tool): void {
  store.set((s) => ({ tool, draft: tool === 'draw-area' ? s.draft : null }));
}

/** Add a vertex to the polygon being drawn. */
export function addDraftVertex(store: AppStore, at: [number, number]): void {
  store.set((s) => ({ draft: [...(s.draft ?? []), at] }));
}

/** Remove the last vertex of the polygon being drawn. */
export function undoDraftVertex(store: AppStore): void {
  store.set((s) => ({ draft: s.draft && s.draft.length > 1 ? s.draft.slice(0, -1) : null }));
}

/**
 * Finish the polygon being drawn as a new area (needs 3 vertices) and select
 * it. Returns the new id. An outline that crosses itself is refused with a
 * message, and the draft stays so the user can fix it (Backspace, more clicks).
 */
export function finishDraft(store: AppStore): string | null {
  const s = store.getState();
  const ring = s.draft ? closeRing(s.draft) : null;
  if (!ring) return null;
  if (ringSelfIntersects(ring)) {
    store.set({ notice: { level: 'error', title: t('draw.selfIntersects'), lines: [t('draw.selfIntersectsLine')] } });
    return null;
  }
  const id = nextId('A', s.doc.areas);
  const name = t('area.defaultName', { n: s.doc.areas.length + 1 });
  store.edit((p) => updaters.addArea(p, { id, name, class: NEW_AREA_CLASS, medium: 'auto', polygon: [ring] }), () => ({ draft: null, selection: [{ kind: 'area', id }] }));
  return id;
}

const gestureCancellers = new WeakMap<AppStore, Set<() => boolean>>();

/**
 * A map tool with a gesture in progress (box or lasso drag) registers how to
 * cancel it; Escape calls it before anything else. The canceller returns
 * whether there was a gesture to cancel. Returns an unregister function.
 */
export function onGestureCancel(store: AppStore, cancel: () => boolean): () => void {
  let set = gestureCancellers.get(store);
  if (!set) gestureCancellers.set(store, (set = new Set()));
  set.add(cancel);
  return () => set.delete(cancel);
}

/** Cancel a box or lasso drag in progress; returns whether one was cancelled. */
export function cancelGesture(store: AppStore): boolean {
  let any = false;
  for (const cancel of [...(gestureCancellers.get(store) ?? [])]) any = cancel() || any;
  return any;
}

/** Escape: cancel a box/lasso drag; else drop an unfinished polygon; otherwise clear the selection and return to the select tool. */
export function escape(store: AppStore): void {
  if (cancelGesture(store)) return;
  if (store.getState().draft) store.set({ draft: null });
  else store.set({ selection: [], tool: 'select' });
}

/** Replace the selection, or add to it. */
export function select(store: AppStore, refs: readonly EntityRef[], add = false): void {
  store.set((s) => ({ selection: mergeSelection(s.selection, refs, add) }));
}

/** Select an area and frame it on the map. */
export function focusArea(store: AppStore, id: string): void {
  const a = store.getState().doc.areas.find((x) => x.id === id);
  if (!a) return;
  store.set((s) => ({ selection: [{ kind: 'area', id }], focus: { bounds: areaBounds(a), seq: (s.focus?.seq ?? 0) + 1 } }));
}

/** The profile the add-collector tool places for a medium (the chosen one, else the first of that medium). */
export function placementProfile(p: Project, medium: Medium, profileId: string | null): string | null {
  const chosen = profileId ? p.profiles.find((x) => x.id === profileId && x.medium === medium) : undefined;
  return (chosen ?? p.profiles.find((x) => x.medium === medium))?.id ?? null;
}
