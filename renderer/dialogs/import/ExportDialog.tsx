/**
 * File › Export…: meters, collectors or areas as GeoJSON or CSV, written by
 * the model exporters in the import worker and saved through the platform
 * (a download in the browser). "Results, routes and rasters…" opens the
 * results export (renderer/report/ExportResultsDialog.tsx).
 */
import { useState } from 'react';
import type { ExportEntity, ExportFormat } from '../../../workers/clients/import-client';
import { fmtNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { Platform } from '../../platform';
import { suggestedFileName } from '../../state/document-actions';
import { useAppState, useAppStore } from '../../state/use-store';
import { Dialog } from './Dialog';
import { closeImportDialogs } from './dialog-state';
import { importClient } from './import-service';
import { openExportResults } from '../../report/report-state';

const ENTITIES: ExportEntity[] = ['meters', 'collectors', 'areas'];
const FORMATS: ExportFormat[] = ['geojson', 'csv'];

export function ExportDialog({ platform }: { platform: Platform }) {
  const store = useAppStore();
  const doc = useAppState((s) => s.doc);
  const fileName = useAppState((s) => s.fileName);
  const [entity, setEntity] = useState<ExportEntity>('meters');
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [busy, setBusy] = useState(false);
  const items = entity === 'meters' ? doc.meters : entity === 'collectors' ? doc.collectors : doc.areas;
  const save = async () => {
    setBusy(true);
    try {
      const text = await importClient().exportModel(entity, format, items);
      const base = suggestedFileName(fileName, doc).replace(/\.fanplan$/i, '');
      const r = await platform.saveFile(new TextEncoder().encode(text), `${base}-${entity}.${format === 'csv' ? 'csv' : 'geojson'}`, format === 'csv' ? 'text/csv' : 'application/geo+json');
      if (r.status === 'error') throw new Error(r.message);
      closeImportDialogs();
    } catch (e) {
      store.set({ notice: { level: 'error', title: t('exp.failed'), lines: [(e as Error).message] } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog id="export" title={t('exp.title')} onClose={closeImportDialogs}>
      <fieldset>
        <legend>{t('exp.what')}</legend>
        {ENTITIES.map((e) => {
          const n = e === 'meters' ? doc.meters.length : e === 'collectors' ? doc.collectors.length : doc.areas.length;
          return <label key={e} className="radio"><input type="radio" name="export-entity" value={e} checked={entity === e} data-autofocus={entity === e ? '' : undefined} onChange={() => setEntity(e)} /><span>{t(`exp.entity.${e}`, { n: fmtNumber(n) })}</span></label>;
        })}
      </fieldset>
      <fieldset>
        <legend>{t('exp.format')}</legend>
        {FORMATS.map((f) => <label key={f} className="radio"><input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} /><span>{t(`exp.${f}`)}</span></label>)}
      </fieldset>
      {items.length === 0 && <p className="muted small">{t('exp.empty')}</p>}
      <p className="muted small">{t('exp.note')}</p>
      <div className="buttons">
        <button data-testid="export-results-open" style={{ marginRight: 'auto' }} onClick={() => { closeImportDialogs(); openExportResults(); }}>{t('exp.results')}</button>
        <button onClick={closeImportDialogs}>{t('imp.cancel')}</button>
        <button className="primary" data-testid="export-save" disabled={busy || items.length === 0} onClick={() => void save()}>{t('exp.save')}</button>
      </div>
    </Dialog>
  );
}
