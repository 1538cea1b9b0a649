/** Simulate: run all media or one over the project, the selected area or the visible extent; progress, cancel, auto re-run. */
import { fmtNumber } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import { ProgressBar } from '../../panels/ProgressBar';
import { useAppState, useAppStore } from '../../state/use-store';
import { runSimulateCommand } from '../commands';
import { cancelRuns, runnableMedia } from '../run-controller';
import { autoRerunOn, isStale, setResults } from '../state';
import type { MediumEntry, ScopeKind } from '../types';

const SCOPES: ScopeKind[] = ['project', 'area', 'viewport'];

function Status({ entry }: { entry: MediumEntry }) {
  const doc = useAppState((s) => s.doc);
  const m = entry.meters;
  let conn = 0, sum = 0;
  for (let i = 0; i < m.count; i++) if (m.reason[i] !== 255) { conn += m.connected[i]; sum += m.dailyReadSuccess[i] || 0; }
  const stale = isStale(entry, doc);
  return (
    <li data-testid={`run-status-${entry.medium}`} data-mode={entry.mode} data-stale={stale}>
      <b>{t(`medium.${entry.medium}` as MessageKey)}</b>{' '}
      {t('results.status', { n: fmtNumber(m.simulated), conn: fmtNumber(m.simulated ? (100 * conn) / m.simulated : 0, 1), mean: fmtNumber(m.simulated ? (100 * sum) / m.simulated : 0, 2), ms: fmtNumber(entry.elapsedMs, 0) })}
      {' '}<span className="badge">{t(`results.mode.${entry.mode}` as MessageKey)}</span>
      {entry.scope.kind !== 'project' && <span className="badge">{t(`results.scope.${entry.scope.kind}` as MessageKey)}</span>}
      {stale && <span className="badge stale">{t('results.stale')}</span>}
      {entry.resilience && <div className="muted" data-testid="run-resilience">{t('results.resilience', { id: entry.resilience.worstCollector, lost: fmtNumber(entry.resilience.worstLost), single: fmtNumber(entry.resilience.singlePointMeters) })}</div>}
    </li>
  );
}

export function RunPanel() {
  const store = useAppStore();
  const r = useAppState((s) => s.results);
  const doc = useAppState((s) => s.doc);
  const hasArea = useAppState((s) => s.selection.some((x) => x.kind === 'area'));
  const media = runnableMedia(doc);
  const run = (cmd: string) => runSimulateCommand(store, cmd);
  return (
    <section className="panel results-run" aria-label={t('results.panel.run')}>
      <h2>{t('results.panel.run')}</h2>
      <div className="row wrap">
        <button data-testid="run-all" disabled={!media.length || doc.meters.length === 0} onClick={() => run('run:all')} title="F5">{t('results.runAll')}</button>
        {(['mesh', 'star', 'plc'] as const).map((m) => (
          <button key={m} data-testid={`run-${m}`} disabled={!media.includes(m) || doc.meters.length === 0} onClick={() => run(`run:${m}`)}>{t(`medium.${m}` as MessageKey)}</button>
        ))}
      </div>
      <div className="row wrap">
        <label>{t('results.scope')}{' '}
          <select data-testid="run-scope" value={r.scope} onChange={(e) => setResults(store, { scope: e.target.value as ScopeKind })}>
            {SCOPES.map((s) => <option key={s} value={s}>{t(`results.scope.${s}` as MessageKey)}</option>)}
          </select>
        </label>
        <label><input type="checkbox" data-testid="auto-rerun" checked={autoRerunOn(r, doc)} onChange={(e) => setResults(store, { autoRerun: e.target.checked })} /> {t('results.autoRerun')}</label>
      </div>
      {r.scope === 'area' && !hasArea && <p className="muted">{t('results.scopeAreaHint')}</p>}
      {r.job && <ProgressBar job={r.job} onCancel={() => cancelRuns()} />}
      <ul className="run-status">
        {(['mesh', 'star', 'plc'] as const).map((m) => r[m] && <Status key={m} entry={r[m]!} />)}
        {(['mesh', 'star', 'plc'] as const).map((m) => r.errors[m] && <li key={`e-${m}`} className="error" data-testid={`run-error-${m}`}>{t(`medium.${m}` as MessageKey)}: {r.errors[m]}</li>)}
      </ul>
      {!media.includes('plc') && <p className="muted">{t('results.noPlcProfile')}</p>}
    </section>
  );
}
