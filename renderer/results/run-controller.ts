/**
 * Running the engines from the UI: one run at a time (a new run cancels the
 * previous one), progress and ETA in the run panel's bar, cancellation through
 * an AbortSignal (Esc, run:cancel, the Cancel button), results stored with
 * store.set (never recorded for undo).
 */
import { isCancellation } from '../../workers/clients/worker-pool';
import type { Project } from '../../workers/model';
import { t, type MessageKey } from '../i18n/messages';
import { engineStageLabel } from '../i18n/stage-label';
import type { AppStore } from '../state/app-state';
import { moveMeshCollector, runMedium } from './run-medium';
import { setResults } from './state';
import { computeHeatmap } from './heatmap';
import { confirmMemory, type MemoryDecision } from './memory-prompt';
import { scopedProject } from './scope';
import { resolveScope } from './viewport';
import type { MediumEntry, Medium, RunScope } from './types';

let current: AbortController | null = null;
/** The media a project can run (it needs a profile of the medium). */
export function runnableMedia(doc: Project): Medium[] {
  return (['mesh', 'star', 'plc'] as const).filter((m) => doc.profiles.some((p) => p.medium === m));
}

/** A readable message of whatever a worker rejected with (an Error, a structured-clone of one, or a value). */
export const errorText = (e: unknown): string => (e instanceof Error || (typeof e === 'object' && e !== null && typeof (e as Error).message === 'string') ? (e as Error).message : String(e)) || 'unknown error';


/** True while a results run is in flight. */
export function isRunning(): boolean {
  return current !== null;
}

/** Cancel the running results run; returns whether there was one. */
export function cancelRuns(): boolean {
  if (!current) return false;
  current.abort();
  return true;
}

/** Options of {@link runMedia}. */
export interface RunMediaOptions {
  /** Automatic re-runs: no progress card, no tab switch, no memory question. */
  quiet?: boolean;
  /** The engine call (default: the worker clients through run-medium.ts); tests pass their own. */
  runner?: typeof runMedium;
  /** Memory question (default: memory-prompt.ts with this browser's limits); tests pass their own. */
  confirmMemory?: (project: Project, media: readonly Medium[]) => MemoryDecision | Promise<MemoryDecision>;
}

/**
 * Run `media` one after the other over `scope` (default: the run panel's
 * scope). Each finished medium is stored at once, so the map fills in as the
 * run proceeds. A run predicted to need more memory than the session has
 * asks first (run anyway, on the visible extent, or cancel). An engine that
 * throws, or a worker that dies, leaves its message in `results.errors`; the
 * document and earlier results are untouched.
 */
export async function runMedia(store: AppStore, media: readonly Medium[], scope?: RunScope, options: RunMediaOptions = {}): Promise<void> {
  const doc = store.getState().doc;
  let sc = scope ?? resolveScope(store, store.getState().results.scope);
  const list = media.filter((m) => runnableMedia(doc).includes(m));
  if (!options.quiet && list.length) {
    const asked = (options.confirmMemory ?? confirmMemory)(scopedProject(doc, sc).project, list);
    // only a real question waits: a run that fits starts synchronously, as before
    const decision = typeof asked === 'string' ? asked : await asked;
    if (decision === 'cancel') return;
    if (decision === 'viewport') sc = resolveScope(store, 'viewport');
    if (store.getState().doc !== doc) return; // the document changed while the question was open: the user starts again
  }
  const runner = options.runner ?? runMedium;
  current?.abort();
  const ac = new AbortController();
  current = ac;
  const label = t('results.job', { media: list.map((m) => t(`medium.${m}` as MessageKey)).join(' + ') });
  const started = performance.now();
  setResults(store, { running: true, ...(options.quiet ? {} : { job: { label, progress: null, startedMs: started } }) });
  if (!options.quiet) store.set({ sidebarTab: 'analysis' });
  try {
    for (let i = 0; i < list.length; i++) {
      const medium = list[i];
      try {
        const entry = await runner(doc, medium, sc, {
          signal: ac.signal,
          onProgress: (p) => {
            if (options.quiet || current !== ac) return;
            const frac = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
            setResults(store, (r) => (r.job ? { job: { ...r.job, progress: { stage: `${t(`medium.${medium}` as MessageKey)}: ${engineStageLabel(p.stage)}`, done: (i + frac) * 1000, total: list.length * 1000 } } } : {}));
          },
        });
        if (current !== ac) return;
        storeEntry(store, entry);
        if (medium === 'star' && store.getState().results.layers.heatmap) await computeHeatmap(store, ac.signal).catch(() => null);
      } catch (e) {
        if (isCancellation(e) || ac.signal.aborted) return;
        setResults(store, (r) => ({ errors: { ...r.errors, [medium]: errorText(e) } }));
      }
    }
  } finally {
    if (current === ac) {
      current = null;
      setResults(store, { running: false, job: null });
    }
  }
}

/** Store a finished entry (and show it when nothing else is shown yet). */
export function storeEntry(store: AppStore, entry: MediumEntry): void {
  setResults(store, (r) => ({
    [entry.medium]: entry,
    errors: { ...r.errors, [entry.medium]: undefined },
    shown: r[r.shown] && r.shown !== entry.medium ? r.shown : entry.medium,
  }));
}

/** Incremental mesh update for a moved collector (falls back to a full run in the worker when it must). */
export async function runMeshMove(store: AppStore, prev: MediumEntry, collectorId: string): Promise<void> {
  current?.abort();
  const ac = new AbortController();
  current = ac;
  setResults(store, { running: true });
  const doc = store.getState().doc;
  try {
    const entry = await moveMeshCollector(doc, prev, collectorId, { signal: ac.signal });
    if (current === ac) storeEntry(store, entry);
  } catch (e) {
    if (!isCancellation(e) && !ac.signal.aborted) setResults(store, (r) => ({ errors: { ...r.errors, mesh: (e as Error).message } }));
  } finally {
    if (current === ac) { current = null; setResults(store, { running: false }); }
  }
}
