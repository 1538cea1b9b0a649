/**
 * The report worker's API: the plan report as self-contained HTML (engines
 * run here, off the main thread) and result exports (meters with results,
 * collectors, routes, areas, the per-area table, coverage rasters). Runs
 * unchanged in a browser Worker and a Node worker_thread; binary files are
 * transferred.
 */
import { transfer } from 'comlink';
import type { Project } from '../model';
import { buildResultExport, type ResultExport, type ResultExportRequest } from '../engines/exporters';
import type { Proposal } from '../engines/planner/proposals';
import { renderReportHtml, runReportEngines, type ReportLang } from '../engines/report';
import { flagCancelled, type Progress, type RunControl } from '../engines/run-control';
import { throttleProgress } from './throttle';

export type { ExportWhat, ExportedFile, ResultExport, ResultExportFormat, ResultExportRequest } from '../engines/exporters';
export type { ReportLang, ReportStage } from '../engines/report';
export type { Progress } from '../engines/run-control';

/** Meters a quick report keeps (evenly thinned), as `fanplan report --quick`. */
export const QUICK_METERS_LIMIT = 2000;

/** What to render: language, quick mode (thinned meters, no N-1, no sensitivity) and optional vendor proposals. */
export interface ReportRequest {
  lang: ReportLang;
  quick?: boolean;
  /** Meters kept in quick mode (default {@link QUICK_METERS_LIMIT}). */
  metersLimit?: number;
  proposals?: Proposal[];
  /** Report date; default now (tests pass a fixed one). */
  generatedUtc?: string;
}

/** A rendered report and what it covered. */
export interface ReportResult {
  html: string;
  /** Meters the engines ran on (fewer than the project's in quick mode). */
  meters: number;
  areas: number;
  elapsedMs: number;
}

const controlOf = (cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): RunControl => ({ progress: throttleProgress(onProgress), isCancelled: flagCancelled(cancelFlag) });

export const reportApi = {
  /** Run the engines on `project` and render the report HTML. */
  async render(project: Project, request: ReportRequest, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<ReportResult> {
    const t0 = performance.now();
    const quick = !!request.quick;
    const input = runReportEngines(project, {
      ...(quick ? { metersLimit: request.metersLimit ?? QUICK_METERS_LIMIT } : {}), noResilience: quick, noSensitivity: quick,
      ...(request.proposals?.length ? { proposals: request.proposals } : {}), ...(request.generatedUtc ? { generatedUtc: request.generatedUtc } : {}),
    }, controlOf(cancelFlag, onProgress));
    const html = renderReportHtml(input, { lang: request.lang });
    return { html, meters: input.project.meters.length, areas: input.plan.areas.length, elapsedMs: performance.now() - t0 };
  },
  /** Build one result export (engines run as needed); binary files are transferred. */
  async exportResults(project: Project, request: ResultExportRequest, cancelFlag: Int32Array | null, onProgress?: (p: Progress) => void): Promise<ResultExport> {
    const out = buildResultExport(project, request, controlOf(cancelFlag, onProgress));
    const buffers = out.files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer as ArrayBuffer]));
    return transfer(out, buffers);
  },
};

export type ReportApi = typeof reportApi;
