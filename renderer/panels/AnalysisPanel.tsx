/** Runs the meter density check in a worker and shows its summary per area. */
import { useState } from 'react';
import { cancelJob, runDensityCheck } from '../analysis';
import { t } from '../i18n/messages';
import { useAppState, useAppStore } from '../state/use-store';
import { ProgressBar } from './ProgressBar';

const f1 = (v: number) => (Number.isFinite(v) ? v.toLocaleString(undefined, { maximumFractionDigits: 1 }) : '—');

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
        <label>{t('analysis.radius')} <input type="number" min={1} max={10000} value={radius} onChange={(e) => setRadius(Number(e.target.value))} /></label>
        <button data-testid="run-density" disabled={!!job || doc.meters.length === 0 || !(radius > 0)} onClick={() => void runDensityCheck(store, radius)}>{t('analysis.run')}</button>
      </div>
      {job && <ProgressBar job={job} onCancel={cancelJob} />}
      {stats && (
        <div data-testid="density-result">
          <p>{stats.counts.meters.toLocaleString()} meters · mean {f1(stats.stats.summary.meanNeighbours)} neighbours · nearest median {f1(stats.stats.summary.medianNearestM)} m · {stats.stats.summary.isolated.toLocaleString()} isolated</p>
          {stats.stats.perArea.length > 0 && (
            <table className="grid">
              <thead><tr><th>area</th><th>meters</th><th>mean nb.</th><th>NN median m</th><th>isolated</th></tr></thead>
              <tbody>{stats.stats.perArea.map((a, i) => (
                <tr key={i}><td>{doc.areas[i]?.name ?? i}</td><td>{a.meters.toLocaleString()}</td><td>{f1(a.meanNeighbours)}</td><td>{f1(a.medianNearestM)}</td><td>{a.isolated}</td></tr>
              ))}</tbody>
            </table>
          )}
          <p className="muted">compile {f1(stats.timingsMs.compile)} ms · statistics {f1(stats.timingsMs.stats)} ms (worker)</p>
        </div>
      )}
    </section>
  );
}
