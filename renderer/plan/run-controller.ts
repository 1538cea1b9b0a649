/**
 * Running the planner and the TCO tornado from the UI, following the results
 * run controller: one plan run at a time (a new one cancels the previous),
 * progress with stage and ETA in the plan panel, cancellation through an
 * AbortSignal (Esc, the Cancel button), results stored with store.set (never
 * recorded for undo). A failure is shown in the panel; the document is never
 * touched.
 */
import type { Progress } from '../../workers/clients/analysis-client';
import { isCancellation } from '../../workers/clients/worker-pool';
import { revisionKey } from '../analysis';
import { t } from '../i18n/messages';
import { planClient } from '../results/clients';
import type { AppStore } from '../state/app-state';
import { multiPassFolder, planProgressFolder } from './progress';
import { setPlan } from './state';
import { engineStageLabel } from '../i18n/stage-label';

let planRun: AbortController | null = null;
let tornadoRun: AbortController | null = null;


/** The engine's stage name in the UI language (unknown stages pass through). */
export const stageLabel = engineStageLabel;

/** True while a plan run is in flight. */
export function isPlanRunning(): boolean {
  return planRun !== null;
}

/** Cancel the running plan (not the tornado); returns whether there was one. */
export function cancelPlan(): boolean {
  const had = planRun !== null;
  planRun?.abort();
  return had;
}

/** Cancel the running tornado; returns whether there was one. */
export function cancelTornado(): boolean {
  const had = tornadoRun !== null;
  tornadoRun?.abort();
  return had;
}

/** Cancel the plan and tornado runs; returns whether there was one. */
export function cancelPlanRuns(): boolean {
  const had = planRun !== null || tornadoRun !== null;
  planRun?.abort();
  tornadoRun?.abort();
  return had;
}

/** Run the planner on the current document and store the result in `plan.entry`. */
export async function runPlanFromUi(store: AppStore): Promise<void> {
  planRun?.abort();
  const ac = new AbortController();
  planRun = ac;
  const doc = store.getState().doc;
  const started = performance.now();
  const fold = planProgressFolder();
  setPlan(store, { job: { label: t('plan.job', { n: doc.meters.length.toLocaleString() }), progress: null, startedMs: started }, error: null });
  try {
    if (doc.meters.length === 0) throw new Error(t('plan.noMeters'));
    if (doc.profiles.length === 0) throw new Error(t('plan.noProfiles'));
    const result = await planClient().run(doc, revisionKey(doc), {}, {
      signal: ac.signal,
      onProgress: (p: Progress) => {
        if (planRun !== ac) return;
        const f = fold(p);
        setPlan(store, (s) => (s.job ? { job: { ...s.job, progress: { ...f, stage: stageLabel(p.stage) } } } : {}));
      },
    });
    if (planRun !== ac) return;
    setPlan(store, { entry: { result, doc, elapsedMs: performance.now() - started, finishedAt: Date.now() }, error: null });
  } catch (e) {
    if (isCancellation(e) || ac.signal.aborted) return;
    if (planRun === ac) setPlan(store, { error: (e as Error)?.message ?? String(e) });
  } finally {
    if (planRun === ac) { planRun = null; setPlan(store, { job: null }); }
  }
}

/** Run the TCO tornado (slower: it re-runs the planner for the engine drivers) and store it in `plan.tornado`. */
export async function runTornadoFromUi(store: AppStore): Promise<void> {
  tornadoRun?.abort();
  const ac = new AbortController();
  tornadoRun = ac;
  const doc = store.getState().doc;
  // the base plan, then shadowing sigma and read-success target at low and high (cost drivers only re-price)
  const fold = multiPassFolder(5);
  setPlan(store, { tornadoJob: { label: t('plan.tornado.job'), progress: null, startedMs: performance.now() }, tornadoError: null });
  try {
    const result = await planClient().tornado(doc, revisionKey(doc), {}, {
      signal: ac.signal,
      onProgress: (p: Progress) => {
        if (tornadoRun !== ac) return;
        const f = fold(p);
        setPlan(store, (s) => (s.tornadoJob ? { tornadoJob: { ...s.tornadoJob, progress: { ...f, stage: stageLabel(p.stage) } } } : {}));
      },
    });
    if (tornadoRun !== ac) return;
    setPlan(store, { tornado: { result, doc, finishedAt: Date.now() } });
  } catch (e) {
    if (isCancellation(e) || ac.signal.aborted) return;
    if (tornadoRun === ac) setPlan(store, { tornadoError: (e as Error)?.message ?? String(e) });
  } finally {
    if (tornadoRun === ac) { tornadoRun = null; setPlan(store, { tornadoJob: null }); }
  }
}
