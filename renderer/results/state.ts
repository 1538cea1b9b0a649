/**
 * Result-state helpers: the initial state, unrecorded patches (store.set, so
 * results never enter undo history), and staleness against the document.
 */
import type { Project } from '../../workers/model';
import type { AppState, AppStore } from '../state/app-state';
import { RESULT_LAYERS, type MediumEntry, type Medium, type ResultsState } from './types';

/** Projects up to this many meters re-run automatically by default. */
export const AUTO_RERUN_MAX_METERS = 100_000;

export function initialResults(): ResultsState {
  return {
    mesh: null, star: null, plc: null, shown: 'mesh', colourBy: 'success', scope: 'project', autoRerun: null,
    layers: Object.fromEntries(RESULT_LAYERS.map((l) => [l, true])) as ResultsState['layers'],
    heatmapCellM: 50, heatmap: null, chartArea: 'all', chartKind: 'histogram', errors: {}, running: false, job: null,
  };
}

/** Patch the results slice without recording history. */
export function setResults(store: AppStore, patch: Partial<ResultsState> | ((r: ResultsState) => Partial<ResultsState>)): void {
  store.set((s) => {
    const r = s.results;
    return { results: { ...r, ...(typeof patch === 'function' ? patch(r) : patch) } };
  });
}

/** Whether automatic re-runs are on for this document. */
export function autoRerunOn(r: ResultsState, doc: Project): boolean {
  return r.autoRerun ?? doc.meters.length <= AUTO_RERUN_MAX_METERS;
}

/** A result is stale when the document changed since it was computed. */
export function isStale(entry: MediumEntry, doc: Project): boolean {
  return entry.doc !== doc;
}

/**
 * A result can still be drawn on the current document when its meters line
 * up with the document's meters (same array, or same length after moves).
 */
export function isDrawable(entry: MediumEntry, doc: Project): boolean {
  return entry.doc.meters === doc.meters || entry.doc.meters.length === doc.meters.length;
}

/** The media that have results. */
export function mediaWithResults(r: ResultsState): Medium[] {
  return (['mesh', 'star', 'plc'] as const).filter((m) => r[m] !== null);
}

/** The entry the map shows: the chosen medium, else any medium with results. */
export function shownEntry(s: Pick<AppState, 'results'>): MediumEntry | null {
  const r = s.results;
  return r[r.shown] ?? r.mesh ?? r.star ?? r.plc;
}
