/**
 * The renderer's analysis runs: one worker pool for the app, a revision key
 * per document object, and store updates for progress, results and errors.
 */
import { createAnalysisClient, type AnalysisClient } from '../workers/clients/analysis-client';
import { createBrowserAnalysisPool } from '../workers/clients/browser-pool';
import { JobCancelledError } from '../workers/clients/worker-pool';
import type { Project } from '../workers/model';
import { t } from './i18n/messages';
import type { AppStore } from './state/app-state';

let client: AnalysisClient | null = null;
const keys = new WeakMap<Project, string>();
let keySeq = 0;

function analysis(): AnalysisClient {
  client ??= createAnalysisClient(createBrowserAnalysisPool());
  return client;
}

/** A key that changes whenever the document object changes (documents are immutable). */
export function revisionKey(p: Project): string {
  let k = keys.get(p);
  if (!k) { k = `rev-${++keySeq}`; keys.set(p, k); }
  return k;
}

let current: AbortController | null = null;

/** Run the neighbour-density check on the current document, showing progress; a second call cancels the first. */
export async function runDensityCheck(store: AppStore, radiusM: number): Promise<void> {
  current?.abort();
  const ac = new AbortController();
  current = ac;
  const doc = store.getState().doc;
  store.set({ job: { label: t('analysis.job'), progress: null, startedMs: performance.now() } });
  try {
    const run = await analysis().neighbourStats(doc, revisionKey(doc), radiusM, {
      signal: ac.signal,
      onProgress: (p) => store.set((s) => (s.job ? { job: { ...s.job, progress: p } } : {})),
    });
    store.set({ stats: run, job: null });
  } catch (e) {
    if (e instanceof JobCancelledError || (e as Error).name === 'JobCancelledError') store.set({ job: null });
    else store.set({ job: null, notice: { level: 'error', title: t('notice.densityFailed'), lines: [(e as Error).message, t('notice.densityFailedLine')] } });
  } finally {
    if (current === ac) current = null;
  }
}

/** Cancel the running job, if any. */
export function cancelJob(): void {
  current?.abort();
}
