/**
 * Report and result-export jobs of the app: one report worker (created on
 * first use), one job at a time, progress into the report view state and
 * cancellation through an AbortController (Cancel, Esc, closing the view).
 */
import { createBrowserReportPool, createReportClient, type ReportClient, type ReportLang, type ResultExport, type ResultExportRequest } from '../../workers/clients/report-client';
import type { Proposal } from '../../workers/clients/plan-client';
import type { Project } from '../../workers/model';
import { isCancellation } from '../../workers/clients/worker-pool';
import { t, type MessageKey } from '../i18n/messages';
import { engineStageLabel } from '../i18n/stage-label';
import { getReportUi, setReportUi } from './report-state';

let client: ReportClient | null = null;
let running: AbortController | null = null;

/** The report client (one Web Worker). */
export const reportClient = (): ReportClient => (client ??= createReportClient(createBrowserReportPool()));

/** Meters a project must exceed for quick mode to be proposed by default. */
export const QUICK_DEFAULT_ABOVE_METERS = 10_000;

/** Whether a job (report or export) is running. */
export const reportJobRunning = (): boolean => running !== null;

/** Cancel the running job; returns whether there was one. */
export function cancelReportJob(): boolean {
  if (!running) return false;
  running.abort();
  return true;
}

const stageLabel = (stage: string): string => {
  const key = `report.stage.${stage}` as MessageKey;
  const s = t(key) as string | undefined;
  return s && s !== key ? s : engineStageLabel(stage);
};

async function runJob<T>(label: string, translateStage: boolean, work: (signal: AbortSignal, onProgress: (p: { stage: string; done: number; total: number }) => void) => Promise<T>): Promise<T | null> {
  cancelReportJob();
  const ac = new AbortController();
  running = ac;
  setReportUi({ job: { label, progress: null, startedMs: performance.now() }, status: null });
  try {
    return await work(ac.signal, (p) => {
      const job = getReportUi().job;
      if (running === ac && job) setReportUi({ job: { ...job, progress: { ...p, stage: translateStage ? stageLabel(p.stage) : p.stage } } });
    });
  } catch (e) {
    if (running !== ac) return null;
    if (isCancellation(e) || ac.signal.aborted) setReportUi({ status: { level: 'info', text: t('report.cancelled') } });
    else throw e;
    return null;
  } finally {
    if (running === ac) {
      running = null;
      setReportUi({ job: null });
    }
  }
}

/** Generate the report of `doc` (with vendor proposals compared on neutral assumptions, when given); the result goes to the view state. Errors become the view's error line. */
export async function generateReport(doc: Project, lang: ReportLang, quick: boolean, proposals: Proposal[] = []): Promise<void> {
  try {
    const r = await runJob(t('report.generating'), true, (signal, onProgress) => reportClient().render(doc, { lang, quick, ...(proposals.length ? { proposals } : {}) }, { signal, onProgress }));
    if (r) setReportUi({ report: { html: r.html, lang, meters: r.meters, areas: r.areas, elapsedMs: r.elapsedMs, doc } });
  } catch (e) {
    setReportUi({ status: { level: 'error', text: `${t('report.failed')}: ${(e as Error).message}` } });
  }
}

/** Run one result export; null when cancelled. Errors are thrown with the engine's message. */
export function exportResults(doc: Project, request: ResultExportRequest): Promise<ResultExport | null> {
  return runJob(t('xr.exporting'), false, (signal, onProgress) => reportClient().exportResults(doc, request, { signal, onProgress }));
}
