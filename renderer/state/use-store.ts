/** React bindings for the app store. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState, AppStore } from './app-state';

export const StoreContext = createContext<AppStore | null>(null);

/** The store from context (throws outside a provider). */
export function useAppStore(): AppStore {
  const s = useContext(StoreContext);
  if (!s) throw new Error('useAppStore outside StoreContext');
  return s;
}

/** Subscribe to a slice of the state; re-renders only when the slice changes (by reference). */
export function useAppState<T>(select: (s: AppState) => T): T {
  const store = useAppStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
