/**
 * The plan slice of the store (`AppState.plan`): the last planner run and
 * TCO tornado with the document they ran on, run progress and errors, and the
 * dashboard's view settings. Derived data: written with store.set only, so it
 * never enters undo history; a result is stale once the document changes.
 */
import type { PlanRunResult, TornadoResult } from '../../workers/api/plan-api';
import type { Project } from '../../workers/model';
import type { AppState, AppStore, JobState } from '../state/app-state';
import { DEFAULT_SORT, type SortState } from './table';

/** A finished plan and the document it was computed from (compared by reference). */
export interface PlanEntry {
  result: PlanRunResult;
  doc: Project;
  elapsedMs: number;
  finishedAt: number;
}

/** A finished tornado and its document. */
export interface TornadoEntry {
  result: TornadoResult;
  doc: Project;
  finishedAt: number;
}

/** The dashboard's sections (sub-tabs of the dock). */
export const DOCK_TABS = ['table', 'costs', 'sensitivity'] as const;
/** A dock section. */
export type DockTab = (typeof DOCK_TABS)[number];

/** The plan slice of AppState. */
export interface PlanState {
  entry: PlanEntry | null;
  job: JobState | null;
  error: string | null;
  tornado: TornadoEntry | null;
  tornadoJob: JobState | null;
  tornadoError: string | null;
  /** The wide comparison dock over the bottom of the map. */
  dockOpen: boolean;
  dockHeightPx: number;
  dockTab: DockTab;
  /** Table order (kept while the dock switches sections or closes). */
  sort: SortState;
  /** Table filter: an area id, or 'all'. */
  areaFilter: string;
  /** The recommendation layer (area polygons by recommended medium). */
  showLayer: boolean;
}

/** Default dock height, px (the user drags it between DOCK_MIN_PX and 85 % of the workspace). */
export const DOCK_DEFAULT_PX = 380;
/** Smallest dock height, px (header and a few table rows). */
export const DOCK_MIN_PX = 160;

/** The empty plan slice (no run yet, dock closed, layer on). */
export function initialPlan(): PlanState {
  return {
    entry: null, job: null, error: null, tornado: null, tornadoJob: null, tornadoError: null,
    dockOpen: false, dockHeightPx: DOCK_DEFAULT_PX, dockTab: 'table', sort: DEFAULT_SORT, areaFilter: 'all', showLayer: true,
  };
}

/** Patch the plan slice without recording history. */
export function setPlan(store: AppStore, patch: Partial<PlanState> | ((p: PlanState) => Partial<PlanState>)): void {
  store.set((s) => ({ plan: { ...s.plan, ...(typeof patch === 'function' ? patch(s.plan) : patch) } }));
}

/** True when the document changed after the run (by reference: every edit makes a new document). */
export function isPlanStale(entry: { doc: Project } | null, doc: Project): boolean {
  return entry !== null && entry.doc !== doc;
}

/** True while a plan or tornado runs. */
export function planBusy(s: Pick<AppState, 'plan'>): boolean {
  return s.plan.job !== null || s.plan.tornadoJob !== null;
}

/** Clamp a dock height to [DOCK_MIN_PX, 85 % of the available height]. */
export function clampDockHeight(px: number, availablePx: number): number {
  const max = Math.max(DOCK_MIN_PX, Math.floor(availablePx * 0.85));
  return Math.round(Math.min(max, Math.max(DOCK_MIN_PX, Number.isFinite(px) ? px : DOCK_DEFAULT_PX)));
}
