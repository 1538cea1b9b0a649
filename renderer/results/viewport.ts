/** The visible extent of the map (registered by the map layer) and scope resolution. */
import type { AppStore } from '../state/app-state';
import type { RunScope, ScopeKind } from './types';

let viewport: (() => [number, number, number, number] | null) | null = null;

/** The map registers how to read its visible extent (for the 'viewport' scope). */
export function setViewportProvider(f: (() => [number, number, number, number] | null) | null): void {
  viewport = f;
}

/** Resolve the scope kind chosen in the run panel against the selection and the map. */
export function resolveScope(store: AppStore, kind: ScopeKind): RunScope {
  const s = store.getState();
  if (kind === 'area') {
    const sel = s.selection.find((r) => r.kind === 'area');
    if (sel) return { kind: 'area', areaId: sel.id };
  }
  if (kind === 'viewport') {
    const bbox = viewport?.();
    if (bbox) return { kind: 'viewport', bbox };
  }
  return { kind: 'project' };
}

