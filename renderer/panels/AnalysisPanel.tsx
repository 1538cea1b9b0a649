/** Runs the meter density check in a worker and shows its summary per area. */
import { useState } from 'react';
import { cancelJob, runDensityCheck } from '../analysis';
import { fmtNumber } from '../i18n/format';
import { t } from '../i18n/messages';
import { useAppState, useAppStore } from '../state/use-store';
import { ProgressBar } from './ProgressBar';

const f1 = (v: number) => fmtNumber(v, 1);

export function AnalysisPanel() {
  const store = useAppStore();
  const stats = useAppState((s) => s.stats);
  const job = useAppState((s) => s.job);
  const doc = useAppState((s) => s.doc);
  const [radius, setRadius] = useState(doc.settings.neighbourRadiusM);
  return (
    <section className="panel" aria-label={t('panel.analysis')}>
      <h2>{t('panel.analysis')}</h2>
      <div className="row">
        <label>{t('analysis.radius')} <input type="number" data-testid="density-radius" min={1} max={10000} value={radius} onChange={(e) => setRadius(Number(e.target.value))} /></label>
        <button data-testid="run-density" disabled={!!job || doc.meters.length === 0 || !(radius > 0)} onClick={() => void runDensityCheck(store, radius)}>{t('analysis.run')}</button>
      </div>
      {job && <ProgressBar job={job} onCancel={cancelJob} />}
      {stats && (
        <div data-testid="density-result">
          <p>{t('analysis.summary', { meters: fmtNumber(stats.counts.meters), mean: f1(stats.stats.summary.meanNeighbours), nn: f1(stats.stats.summary.medianNearestM), iso: fmtNumber(stats.stats.summary.isolated) })}</p>
          {stats.stats.perArea.length > 0 && (
            <table className="grid">
              <thead><tr><th>{t('analysis.colArea')}</th><th>{t('analysis.colMeters')}</th><th>{t('analysis.colMean')}</th><th>{t('analysis.colNn')}</th><th>{t('analysis.colIsolated')}</th></tr></thead>
              <tbody>{stats.stats.perArea.map((a, i) => (
                <tr key={i}><td>{doc.areas[i]?.name ?? i}</td><td>{fmtNumber(a.meters)}</td><td>{f1(a.meanNeighbours)}</td><td>{f1(a.medianNearestM)}</td><td>{fmtNumber(a.isolated)}</td></tr>
              ))}</tbody>
            </table>
          )}
          <p className="muted">{t('analysis.timings', { c: f1(stats.timingsMs.compile), s: f1(stats.timingsMs.stats) })}</p>
        </div>
      )}
    </section>
  );
}
