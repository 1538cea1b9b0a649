/**
 * Saving a rendered report: the HTML through `platform.saveFile` (a
 * download, or the save flow in Electron) and the PDF through
 * `platform.printReportPdf`; the outcome goes to the view's status line.
 */
import { t } from '../i18n/messages';
import type { Platform } from '../platform';
import { setReportUi, type RenderedReport } from './report-state';

/** Meters a quick report keeps (the worker's QUICK_METERS_LIMIT; shown in the quick-mode label). */
export const QUICK_METERS = 2000;

/** File name of a report: `<project>-report-<lang>.<ext>`. */
export const reportFileName = (base: string, lang: string, ext: 'html' | 'pdf'): string => `${base}-report-${lang}.${ext}`;

const show = (r: { status: string; name?: string; message?: string }) => {
  if (r.status === 'saved') setReportUi({ status: { level: 'info', text: t('report.saved', { name: r.name ?? '' }) } });
  else if (r.status === 'error') setReportUi({ status: { level: 'error', text: r.message ?? '' } });
};

/** Save the report as a self-contained HTML file. */
export async function saveReportHtml(platform: Platform, report: RenderedReport, base: string): Promise<void> {
  try {
    show(await platform.saveFile(new TextEncoder().encode(report.html), reportFileName(base, report.lang, 'html'), 'text/html'));
  } catch (e) {
    show({ status: 'error', message: (e as Error).message });
  }
}

/** Print the report to PDF (Electron: save dialog; browser: print dialog). */
export async function saveReportPdf(platform: Platform, report: RenderedReport, base: string): Promise<void> {
  if (!platform.printReportPdf) return;
  try {
    show(await platform.printReportPdf(report.html, reportFileName(base, report.lang, 'pdf')));
  } catch (e) {
    show({ status: 'error', message: (e as Error).message });
  }
}
