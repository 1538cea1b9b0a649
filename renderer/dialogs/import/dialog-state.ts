/**
 * View state of the import/export dialogs and the demo start, kept outside
 * the document store (it is never part of undo): which dialog is open, the
 * progress of a demo generation, and whether the synthetic-data banner was
 * dismissed for the current document.
 */
import { useSyncExternalStore } from 'react';

/** Progress of the demo generator (stage = the zone just generated). */
export interface DemoProgress {
  stage: string;
  done: number;
  total: number;
}

export interface ImportUiState {
  dialog: 'import' | 'export' | null;
  demo: DemoProgress | null;
  /** Store generation whose banner the user dismissed (−1: none). */
  bannerDismissedFor: number;
}

let state: ImportUiState = { dialog: null, demo: null, bannerDismissedFor: -1 };
const listeners = new Set<() => void>();

/** Current state. */
export const getImportUi = (): ImportUiState => state;

/** Change the state and notify subscribers. */
export function setImportUi(patch: Partial<ImportUiState>): void {
  state = { ...state, ...patch };
  for (const l of [...listeners]) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** React hook over a slice of the state. */
export function useImportUi<T>(select: (s: ImportUiState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}

/** Open the import dialog. */
export const openImportDialog = (): void => setImportUi({ dialog: 'import' });
/** Open the export dialog. */
export const openExportDialog = (): void => setImportUi({ dialog: 'export' });
/** Close whichever dialog is open. */
export const closeImportDialogs = (): void => setImportUi({ dialog: null });
