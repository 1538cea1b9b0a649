/**
 * File › Report…: choose the language and quick mode, generate the plan
 * report in the report worker with a progress bar (stage, ETA, Cancel/Esc),
 * show it in a sandboxed iframe (no scripts), and save it as HTML or PDF
 * (Electron prints in the main process; the browser opens its print dialog).
 */
import type { ReportLang } from '../../workers/clients/report-client';
import { Dialog } from '../dialogs/import/Dialog';
import { fmtNumber } from '../i18n/format';
import { t } from '../i18n/messages';
import { ProgressBar } from '../panels/ProgressBar';
import type { Platform } from '../platform';
import { suggestedFileName } from '../state/document-actions';
import { useAppState } from '../state/use-store';
import { cancelReportJob, generateReport, QUICK_DEFAULT_ABOVE_METERS } from './report-service';
import { closeReportViews, setReportUi, useReportUi } from './report-state';
import { QUICK_METERS, saveReportHtml, saveReportPdf } from './report-files';

const LANGS: ReportLang[] = ['en', 'ja'];

export function ReportView({ platform }: { platform: Platform }) {
  const doc = useAppState((s) => s.doc);
  const fileName = useAppState((s) => s.fileName);
  const lang = useReportUi((s) => s.lang);
  const quickChoice = useReportUi((s) => s.quick);
  const job = useReportUi((s) => s.job);
  const report = useReportUi((s) => s.report);
  const status = useReportUi((s) => s.status);
  const loaded = useAppState((s) => s.proposals.items);
  const withProposals = useReportUi((s) => s.withProposals);
  const big = doc.meters.length > QUICK_DEFAULT_ABOVE_METERS;
  const quick = quickChoice ?? big;
  const base = suggestedFileName(fileName, doc).replace(/\.fanplan$/i, '');
  const onClose = () => { if (!cancelReportJob()) closeReportViews(); };
  const busy = job !== null;
  return (
    <Dialog id="report" title={t('report.title')} onClose={onClose} wide testId="report-view">
      <div className="report-controls">
        <fieldset className="report-langs">
          <legend>{t('report.language')}</legend>
          {LANGS.map((l) => (
            <label key={l} className="radio"><input type="radio" name="report-lang" value={l} checked={lang === l} disabled={busy} data-autofocus={lang === l ? '' : undefined} onChange={() => setReportUi({ lang: l })} /><span>{t(`report.lang.${l}`)}</span></label>
          ))}
        </fieldset>
        <div className="report-quick">
          <label className="radio"><input type="checkbox" data-testid="report-quick" checked={quick} disabled={busy} onChange={(e) => setReportUi({ quick: e.target.checked })} /><span>{t('report.quick', { n: fmtNumber(QUICK_METERS) })}</span></label>
          {big && <p className="muted small">{t('report.quickHint', { meters: fmtNumber(doc.meters.length) })}</p>}
          {loaded.length > 0 && <label className="radio"><input type="checkbox" data-testid="report-proposals" checked={withProposals} disabled={busy} onChange={(e) => setReportUi({ withProposals: e.target.checked })} /><span>{t('report.proposals', { n: fmtNumber(loaded.length) })}</span></label>}
        </div>
        <div className="buttons report-buttons">
          <button className="primary" data-testid="report-generate" disabled={busy || doc.meters.length === 0} onClick={() => void generateReport(doc, lang, quick, withProposals ? loaded.map((x) => x.proposal) : [])}>{t('report.generate')}</button>
          <button data-testid="report-save-html" disabled={!report || busy} onClick={() => report && void saveReportHtml(platform, report, base)}>{t('report.saveHtml')}</button>
          <button data-testid="report-save-pdf" disabled={!report || busy || !platform.printReportPdf} onClick={() => report && void saveReportPdf(platform, report, base)}>{t('report.savePdf')}</button>
          <button onClick={() => { cancelReportJob(); closeReportViews(); }} data-testid="report-close">{t('report.close')}</button>
        </div>
      </div>
      <p className="muted small report-pdf-note">{platform.printReportPdf ? t(platform.kind === 'web' ? 'report.pdfWeb' : 'report.pdfElectron') : t('report.pdfUnavailable')}</p>
      {job && <ProgressBar job={job} onCancel={() => cancelReportJob()} />}
      {status && <p className={status.level === 'error' ? 'error-text' : 'muted small'} role={status.level === 'error' ? 'alert' : 'status'} data-testid="report-status">{status.text}</p>}
      {doc.meters.length === 0 && <p className="muted small">{t('report.noMeters')}</p>}
      {report ? (
        <>
          <p className="muted small" data-testid="report-summary">
            {t('report.done', { lang: t(`report.lang.${report.lang}`), meters: fmtNumber(report.meters), areas: fmtNumber(report.areas), s: fmtNumber(report.elapsedMs / 1000, 1) })}
            {report.doc !== doc ? ` — ${t('report.stale')}` : ''}
          </p>
          <iframe className="report-frame" sandbox="" srcDoc={report.html} title={t('report.frameTitle')} data-testid="report-frame" lang={report.lang} />
        </>
      ) : !busy && <div className="report-empty">{t('report.empty')}</div>}
    </Dialog>
  );
}
