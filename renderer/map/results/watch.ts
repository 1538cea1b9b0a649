/** Run `apply` whenever the selected parts of the state change (by reference); returns an unsubscribe function. */
import type { AppState, AppStore } from '../../state/app-state';

export function watch(store: AppStore, pick: (s: AppState) => readonly unknown[], apply: (s: AppState) => void): () => void {
  let last: readonly unknown[] | null = null;
  const run = () => {
    const s = store.getState();
    const next = pick(s);
    if (last && next.length === last.length && next.every((v, i) => v === last![i])) return;
    last = next;
    apply(s);
  };
  run();
  return store.subscribe(run);
}

export const EMPTY_FC: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
