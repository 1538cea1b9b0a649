/** The dock's sensitivity section: run the TCO tornado on demand (own progress and Cancel), then the chart and the drivers' sources. */
import { t, type MessageKey } from '../i18n/messages';
import { ProgressBar } from '../panels/ProgressBar';
import { useAppState, useAppStore } from '../state/use-store';
import { driverRange, TornadoChart } from './charts/TornadoChart';
import { cancelTornado, runTornadoFromUi } from './run-controller';
import { isPlanStale } from './state';

/** The sensitivity section of the dock. */
export function SensitivityView() {
  const store = useAppStore();
  const p = useAppState((s) => s.plan);
  const doc = useAppState((s) => s.doc);
  const tor = p.tornado;
  return (
    <div className="plan-sensitivity" data-testid="plan-sensitivity">
      <div className="row wrap">
        <button data-testid="plan-tornado-run" disabled={!!p.tornadoJob || doc.meters.length === 0} onClick={() => void runTornadoFromUi(store)}>{t('plan.tornado.run')}</button>
        <span className="muted hint">{t('plan.tornado.hint')}</span>
      </div>
      {p.tornadoJob && <ProgressBar job={p.tornadoJob} onCancel={() => cancelTornado()} />}
      {p.tornadoError && <p className="error" role="alert">{t('plan.tornado.error', { msg: p.tornadoError })}</p>}
      {!tor && !p.tornadoJob && <p className="muted">{t('plan.tornado.none')}</p>}
      {tor && <>
        {isPlanStale(tor, doc) && <p className="warn" data-testid="plan-tornado-stale"><span className="badge stale">{t('plan.stale')}</span> {t('plan.tornado.stale')}</p>}
        <TornadoChart result={tor.result} />
        <details className="plan-sources">
          <summary>{t('plan.tornado.source')}</summary>
          <ul>{tor.result.bars.map((b) => <li key={b.driver}><b>{t(`plan.driver.${b.driver}` as MessageKey)}</b> ({driverRange(b)}): {b.source}</li>)}</ul>
        </details>
      </>}
    </div>
  );
}
