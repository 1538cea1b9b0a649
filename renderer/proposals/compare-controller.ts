/**
 * Running a vendor comparison from the UI: one run at a time, every proposal
 * planned on the current document in the plan worker (one call per proposal,
 * so the bar shows overall progress and which vendor is running), progress
 * with ETA, cancellation by AbortSignal (Cancel button, Esc, run:cancel).
 * The result is stored unrecorded; the project is never edited.
 */
import type { PlanClient } from '../../workers/clients/plan-client';
import type { Progress } from '../../workers/clients/analysis-client';
import { isCancellation } from '../../workers/clients/worker-pool';
import { revisionKey } from '../analysis';
import { t } from '../i18n/messages';
import { engineStageLabel } from '../i18n/stage-label';
import { planClient } from '../results/clients';
import type { AppStore } from '../state/app-state';
import { setProposals } from './state';
import type { ComparisonResult } from './types';

let current: AbortController | null = null;


/** True while a comparison runs. */
export function isComparing(): boolean {
  return current !== null;
}

/** Cancel the running comparison; returns whether there was one. */
export function cancelCompare(): boolean {
  if (!current) return false;
  current.abort();
  return true;
}

/** Esc in the proposals feature: cancel a running comparison, else close the comparison view. Returns whether it did something. */
export function escapeProposals(store: AppStore): boolean {
  if (cancelCompare()) return true;
  if (!store.getState().proposals.showComparison) return false;
  setProposals(store, { showComparison: false });
  return true;
}

/** Overall progress of proposal `i` of `n` from one plan run's progress. */
export function overallProgress(i: number, n: number, vendor: string, p: Progress): Progress {
  const frac = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  return { stage: `${vendor} (${i + 1}/${n}): ${engineStageLabel(p.stage)}`, done: (i + frac) * 1000, total: n * 1000 };
}

/**
 * Compare the loaded proposals on the current document. Does nothing while a
 * comparison runs (one at a time); with no proposals or no meters it shows
 * why in the panel instead.
 */
export async function runCompare(store: AppStore, client: () => PlanClient = planClient): Promise<void> {
  if (current) return;
  const s = store.getState();
  const items = s.proposals.items;
  const doc = s.doc;
  store.set({ sidebarTab: 'proposals' });
  if (items.length === 0) { setProposals(store, { runError: t('proposals.err.noneLoaded') }); return; }
  if (doc.meters.length === 0) { setProposals(store, { runError: t('proposals.err.noMeters') }); return; }
  const ac = new AbortController();
  current = ac;
  const started = performance.now();
  setProposals(store, { runError: null, job: { label: t('proposals.job', { n: items.length }), progress: null, startedMs: started } });
  try {
    const key = revisionKey(doc);
    const out: ComparisonResult = { currency: 'JPY', proposals: [] };
    for (let i = 0; i < items.length; i++) {
      const { proposal } = items[i];
      const r = await client().compare(doc, key, [proposal], {}, {
        signal: ac.signal,
        onProgress: (p) => { if (current === ac) setProposals(store, (x) => (x.job ? { job: { ...x.job, progress: overallProgress(i, items.length, proposal.vendor, p) } } : {})); },
      });
      if (i === 0) out.currency = r.currency;
      out.proposals.push(...r.proposals);
    }
    const csv = await client().compareCsv(out, { signal: ac.signal });
    setProposals(store, { comparison: { result: out, csv, doc, items, elapsedMs: performance.now() - started }, showComparison: true });
  } catch (e) {
    if (!ac.signal.aborted && !isCancellation(e)) setProposals(store, { runError: t('proposals.err.run', { message: (e as Error).message }) });
  } finally {
    current = null;
    setProposals(store, { job: null });
  }
}
