/**
 * The preview of a parsed import: files, source CRS, extent, what would be
 * added, DEM heights, a small map, and the first errors and warnings (file,
 * row or feature, field, message).
 */
import type { ImportIssue, ImportPreview } from '../../../workers/clients/import-client';
import { fmtNumber } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import type { ImportEntityKind } from '../../state/import-merge';
import { PreviewMap } from './PreviewMap';

const SHOWN = 25;

/** Items per kind an import would add, non-empty kinds only. */
export function addedCounts(p: ImportPreview): [ImportEntityKind, number][] {
  const x = p.payload;
  const all: [ImportEntityKind, number][] = [['meters', x.meters.length], ['buildings', x.buildings.length], ['roads', x.roads.length], ['sites', x.sites.length], ['transformers', x.transformers.length], ['feeders', x.feeders.length], ['areas', x.areas.length], ['terrain', x.dem ? 1 : 0]];
  return all.filter(([, n]) => n > 0);
}

const where = (i: ImportIssue) => (i.row !== undefined ? t('imp.row', { n: i.row }) : i.feature !== undefined ? t('imp.feature', { n: i.feature }) : t('imp.wholeFile'));

function Issues({ list, total, kind }: { list: ImportIssue[]; total: number; kind: 'errors' | 'warnings' }) {
  if (total === 0) return null;
  const shown = list.slice(0, SHOWN);
  return (
    <details className={`issues ${kind}`} open={kind === 'errors'} data-testid={`import-${kind}`}>
      <summary>{t(kind === 'errors' ? 'imp.errors' : 'imp.warnings', { n: fmtNumber(total) })}</summary>
      <table>
        <thead><tr><th>{t('imp.col.file')}</th><th>{t('imp.col.where')}</th><th>{t('imp.col.field')}</th><th>{t('imp.col.message')}</th></tr></thead>
        <tbody>{shown.map((i, k) => <tr key={k}><td>{i.file}</td><td>{where(i)}</td><td>{i.field ?? ''}</td><td>{i.message}</td></tr>)}</tbody>
      </table>
      {total > shown.length && <p className="muted">{t('imp.moreIssues', { shown: shown.length, n: fmtNumber(total) })}</p>}
    </details>
  );
}

const deg = (v: number) => v.toFixed(5);

export function ImportPreviewView({ preview, project }: { preview: ImportPreview; project: [[number, number], [number, number]] | null }) {
  const added = addedCounts(preview);
  const dem = preview.payload.dem;
  return (
    <div className="import-preview" data-testid="import-preview">
      <div className="preview-top">
        <dl className="preview-facts">
          <dt>{t('imp.files')}</dt><dd data-testid="import-files">{preview.files.join(', ')}</dd>
          <dt>{t('imp.crsFound')}</dt><dd data-testid="import-crs">{preview.crs}</dd>
          <dt>{t('imp.bbox')}</dt><dd data-testid="import-bbox">{preview.bbox ? preview.bbox.map(deg).join(', ') : t('imp.noBbox')}</dd>
          <dt>{t('imp.found')}</dt>
          <dd data-testid="import-counts">{added.length ? added.map(([k, n]) => <span key={k} data-kind={k} className="count-chip">{t('imp.countOf', { n: fmtNumber(n), what: t(`imp.entity.${k}` as MessageKey) })}</span>) : '—'}</dd>
          {dem && <><dt>DEM</dt><dd data-testid="import-dem">{t('imp.dem', { min: fmtNumber(dem.minM), max: fmtNumber(dem.maxM), cols: fmtNumber(dem.cols), rows: fmtNumber(dem.rows) })}</dd></>}
        </dl>
        <PreviewMap bbox={preview.bbox} payload={preview.payload} project={project} />
      </div>
      {dem && <p className="muted small">{t('imp.demNote', { file: dem.fileName })}</p>}
      <Issues list={preview.errors} total={preview.errorCount} kind="errors" />
      <Issues list={preview.warnings} total={preview.warningCount} kind="warnings" />
    </div>
  );
}
