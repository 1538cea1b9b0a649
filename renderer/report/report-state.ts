/**
 * View state of the report feature, outside the document store (never part
 * of undo): which view is open, the report options, the running job with its
 * progress, and the last rendered report (HTML plus what it covered).
 */
import { useSyncExternalStore } from 'react';
import type { ReportLang } from '../../workers/clients/report-client';
import type { JobState } from '../state/app-state';

/** A rendered report kept for display and saving. */
export interface RenderedReport {
  html: string;
  lang: ReportLang;
  meters: number;
  areas: number;
  elapsedMs: number;
  /** The document object the report was generated from (a different object later = stale). */
  doc: unknown;
}

export interface ReportUiState {
  view: 'report' | 'export-results' | null;
  lang: ReportLang;
  /** null = decide from the project size when the view opens. */
  quick: boolean | null;
  /** Include the vendor proposals loaded in the Proposals panel. */
  withProposals: boolean;
  job: JobState | null;
  report: RenderedReport | null;
  /** Last status line (saved file, cancelled) or error. */
  status: { level: 'info' | 'error'; text: string } | null;
}

const initial: ReportUiState = { view: null, lang: 'en', quick: null, withProposals: true, job: null, report: null, status: null };
let state: ReportUiState = initial;
const listeners = new Set<() => void>();

/** Current state. */
export const getReportUi = (): ReportUiState => state;

/** Change the state and notify subscribers. */
export function setReportUi(patch: Partial<ReportUiState>): void {
  state = { ...state, ...patch };
  for (const l of [...listeners]) l();
}

/** Back to the initial state (tests). */
export const resetReportUi = (): void => setReportUi(initial);

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** React hook over a slice of the state. */
export function useReportUi<T>(select: (s: ReportUiState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}

/** Open the report view (File › Report…, Ctrl/Cmd+Shift+R). */
export const openReportView = (): void => setReportUi({ view: 'report', status: null });
/** Open the results export dialog (from File › Export…). */
export const openExportResults = (): void => setReportUi({ view: 'export-results', status: null });
/** Close whichever report view is open (a running job is cancelled by the caller). */
export const closeReportViews = (): void => setReportUi({ view: null, status: null });
