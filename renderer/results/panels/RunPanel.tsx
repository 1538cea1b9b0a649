/** Simulate: run all media or one over the project, the selected area or the visible extent; progress, cancel, auto re-run. */
import { fmtNumber } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import { ProgressBar } from '../../panels/ProgressBar';
import { useAppState, useAppStore } from '../../state/use-store';
import { runSimulateCommand } from '../commands';
import { cancelRuns, runMedia, runnableMedia } from '../run-controller';
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

const FAULT_STYLE = { fontSize: 12, margin: '8px 0', padding: '8px 10px', background: '#fef3f2', border: '1px solid #fda29b', borderLeft: '4px solid #b42318', borderRadius: 4, color: '#7a271a' } as const;

/** Engine faults of the last run: what stopped, that the project is unchanged, and Run again for the failed media. */
function RunFaults() {
  const store = useAppStore();
  const errors = useAppState((s) => s.results.errors);
  const running = useAppState((s) => s.results.running);
  const failed = (['mesh', 'star', 'plc'] as const).filter((m) => errors[m]);
  if (!failed.length) return null;
  return (
    <div className="run-faults" role="alert" data-testid="run-faults" style={FAULT_STYLE}>
      {failed.map((m) => (
        <div key={m} className="run-fault" data-testid={`run-error-${m}`}>
          <b>{t('fault.title', { medium: t(`medium.${m}` as MessageKey) })}</b>
          <div className="run-fault-message" style={{ overflowWrap: 'anywhere', margin: '2px 0 6px' }}>{errors[m]}</div>
        </div>
      ))}
      <div className="row wrap">
        <span className="muted">{t('fault.untouched')}</span>
        <button data-testid="run-again" disabled={running} onClick={() => void runMedia(store, failed)}>{t('fault.runAgain')}</button>
      </div>
    </div>
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
      </ul>
      <RunFaults />
      {!media.includes('plc') && <p className="muted">{t('results.noPlcProfile')}</p>}
    </section>
  );
}
