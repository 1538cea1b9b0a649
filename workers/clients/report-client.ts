/**
 * Main-thread facade over the report worker: the plan report as HTML and
 * result exports, with progress and AbortSignal cancellation.
 */
import { proxy } from 'comlink';
import type { Project } from '../model';
import type { ReportApi, ReportRequest, ReportResult, ResultExport, ResultExportRequest } from '../api/report-api';
import type { RunOptions } from './analysis-client';
import { WorkerPool } from './worker-pool';

export type { ExportWhat, ExportedFile, Progress, ReportLang, ReportRequest, ReportResult, ReportStage, ResultExport, ResultExportFormat, ResultExportRequest } from '../api/report-api';

/** Report and export calls; each accepts `{ signal, onProgress }`. */
export interface ReportClient {
  render(project: Project, request: ReportRequest, control?: RunOptions): Promise<ReportResult>;
  exportResults(project: Project, request: ResultExportRequest, control?: RunOptions): Promise<ResultExport>;
}

/** A client over a pool of report workers (browser or worker_threads). */
export function createReportClient(pool: WorkerPool<ReportApi>): ReportClient {
  const progressOf = (c: RunOptions) => (c.onProgress ? proxy(c.onProgress) : undefined);
  return {
    render: (project, request, control = {}) => pool.run((r, flag) => r.render(project, request, flag, progressOf(control)), control.signal),
    exportResults: (project, request, control = {}) => pool.run((r, flag) => r.exportResults(project, request, flag, progressOf(control)), control.signal),
  };
}

/** Browser pool: one module Web Worker running workers/report.worker.ts. */
export function createBrowserReportPool(): WorkerPool<ReportApi> {
  return new WorkerPool<ReportApi>({
    size: 1,
    create: () => {
      const worker = new Worker(new URL('../report.worker.ts', import.meta.url), { type: 'module', name: 'fanplan-report' });
      return { endpoint: worker, terminate: () => void worker.terminate() };
    },
  });
}
