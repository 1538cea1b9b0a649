/**
 * Export results (from File › Export…): meters with results, collectors,
 * mesh routes or areas as GeoJSON/CSV/KML, the per-area table as CSV, or the
 * coverage raster of a star profile over one area as GeoTIFF or PNG + world
 * file (two downloads). Engines run in the report worker with progress and
 * Cancel/Esc; files are saved through the platform.
 */
import { useState } from 'react';
import type { ExportWhat, ResultExportFormat, ResultExportRequest } from '../../workers/clients/report-client';
import { Dialog } from '../dialogs/import/Dialog';
import { fmtNumber } from '../i18n/format';
import { t, type MessageKey } from '../i18n/messages';
import { ProgressBar } from '../panels/ProgressBar';
import type { Platform } from '../platform';
import { suggestedFileName } from '../state/document-actions';
import { useAppState } from '../state/use-store';
import { cancelReportJob, exportResults } from './report-service';
import { closeReportViews, setReportUi, useReportUi } from './report-state';

/** Formats per export (the first is the default), as the report worker accepts them. */
export const RESULT_FORMATS: Record<ExportWhat, readonly ResultExportFormat[]> = {
  meters: ['geojson', 'csv', 'kml'], collectors: ['geojson', 'csv', 'kml'], routes: ['geojson', 'csv', 'kml'], areas: ['geojson', 'csv', 'kml'], 'per-area': ['csv'], raster: ['geotiff', 'png'],
};
const WHATS = Object.keys(RESULT_FORMATS) as ExportWhat[];

export function ExportResultsDialog({ platform }: { platform: Platform }) {
  const doc = useAppState((s) => s.doc);
  const fileName = useAppState((s) => s.fileName);
  const job = useReportUi((s) => s.job);
  const status = useReportUi((s) => s.status);
  const [what, setWhat] = useState<ExportWhat>('meters');
  const [format, setFormat] = useState<ResultExportFormat>('geojson');
  const stars = doc.profiles.filter((p) => p.medium === 'star');
  const [areaId, setAreaId] = useState(doc.areas[0]?.id ?? '');
  const [profileId, setProfileId] = useState(stars[0]?.id ?? '');
  const [cellText, setCellText] = useState('25');
  const cellM = Number(cellText);
  const hasMesh = doc.profiles.some((p) => p.medium === 'mesh');
  const problem = what === 'raster' ? (!stars.length ? t('xr.noStar') : !doc.areas.length ? t('xr.noAreas') : !(cellM >= 1 && cellM <= 1000) ? t('xr.cellInvalid') : null)
    : what === 'routes' && !hasMesh ? t('xr.noMesh') : what === 'meters' && !doc.meters.length ? t('exp.empty') : null;
  const busy = job !== null;
  const pick = (w: ExportWhat) => { setWhat(w); setFormat(RESULT_FORMATS[w][0]); };
  const onClose = () => { if (!cancelReportJob()) closeReportViews(); };
  const run = async () => {
    const req: ResultExportRequest = { what, format, ...(what === 'raster' ? { areaId, cellM, ...(profileId ? { profileId } : {}) } : {}) };
    try {
      const out = await exportResults(doc, req);
      if (!out) return;
      const base = `${suggestedFileName(fileName, doc).replace(/\.fanplan$/i, '')}-${what === 'raster' ? `coverage-${areaId}` : what}`;
      const names: string[] = [];
      for (const f of out.files) {
        const bytes = typeof f.data === 'string' ? new TextEncoder().encode(f.data) : f.data;
        const r = await platform.saveFile(bytes, base + f.extension, f.mimeType);
        if (r.status === 'error') throw new Error(r.message);
        if (r.status === 'saved') names.push(r.name);
      }
      if (names.length) setReportUi({ status: { level: 'info', text: t('xr.saved', { files: names.join(', '), count: fmtNumber(out.count), unit: t(`xr.unit.${out.unit}`) }) } });
    } catch (e) {
      setReportUi({ status: { level: 'error', text: `${t('xr.failed')}: ${(e as Error).message}` } });
    }
  };
  return (
    <Dialog id="export-results" title={t('xr.title')} onClose={onClose} testId="export-results">
      <fieldset>
        <legend>{t('xr.what')}</legend>
        {WHATS.map((w) => (
          <label key={w} className="radio"><input type="radio" name="xr-what" value={w} checked={what === w} disabled={busy} data-autofocus={what === w ? '' : undefined} onChange={() => pick(w)} />
            <span>{t(`xr.what.${w}` as MessageKey, { n: fmtNumber(w === 'collectors' ? doc.collectors.length : doc.areas.length) })}</span></label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('xr.format')}</legend>
        {RESULT_FORMATS[what].map((f) => <label key={f} className="radio"><input type="radio" name="xr-format" value={f} checked={format === f} disabled={busy} onChange={() => setFormat(f)} /><span>{t(`xr.format.${f}` as MessageKey)}</span></label>)}
      </fieldset>
      {what === 'raster' && stars.length > 0 && doc.areas.length > 0 && (
        <div className="xr-raster">
          <label className="imp-field"><span>{t('xr.area')}</span><select data-testid="xr-area" value={areaId} disabled={busy} onChange={(e) => setAreaId(e.target.value)}>{doc.areas.map((a) => <option key={a.id} value={a.id}>{a.name || a.id}</option>)}</select></label>
          <label className="imp-field"><span>{t('xr.profile')}</span><select data-testid="xr-profile" value={profileId} disabled={busy} onChange={(e) => setProfileId(e.target.value)}>{stars.map((p) => <option key={p.id} value={p.id}>{p.id} — {p.vendor}</option>)}</select></label>
          <label className="imp-field"><span>{t('xr.cell')}</span><input type="text" inputMode="decimal" data-testid="xr-cell" value={cellText} disabled={busy} onChange={(e) => setCellText(e.target.value)} /></label>
        </div>
      )}
      {problem && <p className="error-text" role="alert">{problem}</p>}
      <p className="muted small">{t('xr.runsNote')}</p>
      {job && <ProgressBar job={job} onCancel={() => cancelReportJob()} />}
      {status && <p className={status.level === 'error' ? 'error-text' : 'muted small'} role={status.level === 'error' ? 'alert' : 'status'} data-testid="xr-status">{status.text}</p>}
      <div className="buttons">
        <button onClick={onClose} data-testid="xr-close">{busy ? t('xr.cancel') : t('xr.close')}</button>
        <button className="primary" data-testid="xr-export" disabled={busy || problem !== null} onClick={() => void run()}>{t('xr.export')}</button>
      </div>
    </Dialog>
  );
}
