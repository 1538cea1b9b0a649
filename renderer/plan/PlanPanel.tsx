/**
 * The sidebar's plan panel: run the planner (button, Simulate menu, shortcut),
 * progress with stage, ETA and Cancel, the hybrid-plan headline against the
 * best single-medium plan, the recommendation per area with its reason, the
 * recommendation map layer toggle with its legend, and the button that opens
 * the wide comparison dock over the map.
 */
import { fmtNumber, fmtPercent } from '../i18n/format';
import { currentLocale, LOCALE_TAGS, t } from '../i18n/messages';
import { ProgressBar } from '../panels/ProgressBar';
import { mod } from '../panels/Toolbar';
import { useAppState, useAppStore } from '../state/use-store';
import { AreaRecommendations } from './AreaRecommendations';
import { fmtCost, fmtSuccess, MEDIUM_COLOURS } from './format';
import { cancelPlan, runPlanFromUi } from './run-controller';
import { bestSingle } from './series';
import { isPlanStale, setPlan } from './state';

/** Shortcut of the plan run, as shown in menus and tooltips. */
export const PLAN_SHORTCUT = `${mod}⇧P`;

/** "NPV over 15 years at 3.5 % …" for a plan. */
export function assumptionsText(a: { horizonYears: number; discountRate: number; currency: string }): string {
  return t('plan.assumptions', { h: fmtNumber(a.horizonYears), r: fmtPercent(a.discountRate, 2), cur: a.currency });
}

/** The hybrid plan against the cheapest single-medium plan: cheaper by x %, the same, or dearer (forced media). */
export function savingText(hybridTco: number, best: { medium: 'mesh' | 'plc' | 'star'; tco: number }): string {
  const medium = t(`medium.${best.medium}`);
  if (Math.abs(best.tco - hybridTco) < 1) return t('plan.noSaving', { medium });
  return best.tco > hybridTco
    ? t('plan.saving', { pct: fmtPercent(1 - hybridTco / best.tco, 1), medium })
    : t('plan.costlier', { pct: fmtPercent(hybridTco / best.tco - 1, 1), medium });
}

/** Legend of the recommendation layer (medium colours; the dashed outline when outdated). */
export function PlanLegend({ stale }: { stale: boolean }) {
  return (
    <ul className="legend" data-testid="plan-legend">
      {(['mesh', 'star', 'plc'] as const).map((m) => <li key={m}><i className="sw box" style={{ background: MEDIUM_COLOURS[m] }} />{t(`medium.${m}`)}</li>)}
      {stale && <li><i className="sw line dashed" />{t('plan.layerStale')}</li>}
    </ul>
  );
}

/** The plan panel of the Compare sidebar tab. */
export function PlanPanel() {
  const store = useAppStore();
  const p = useAppState((s) => s.plan);
  const doc = useAppState((s) => s.doc);
  const entry = p.entry;
  const plan = entry?.result.plan;
  const stale = isPlanStale(entry, doc);
  const best = plan ? bestSingle(plan) : null;
  const hybrid = plan?.totals.hybrid;
  return (
    <section className="panel plan-panel" aria-label={t('plan.panel')} data-testid="plan-panel">
      <h2>{t('plan.panel')}</h2>
      <div className="row wrap">
        <button className="primary" data-testid="plan-run" disabled={!!p.job} title={PLAN_SHORTCUT} onClick={() => void runPlanFromUi(store)}>{entry ? t('plan.rerun') : t('plan.run')}</button>
        <button data-testid="plan-open-dock" aria-pressed={p.dockOpen} disabled={!entry} onClick={() => setPlan(store, (x) => ({ dockOpen: !x.dockOpen }))}>{p.dockOpen ? t('plan.closeDock') : t('plan.openDock')}</button>
      </div>
      {p.job && <ProgressBar job={p.job} onCancel={() => cancelPlan()} />}
      {p.error && <p className="error" role="alert" data-testid="plan-error">{t('plan.error', { msg: p.error })}</p>}
      {!entry && !p.job && <p className="muted">{t('plan.none')}</p>}
      {entry && plan && hybrid && (
        <div data-testid="plan-summary" data-stale={stale}>
          <p className="muted">
            {t('plan.status', { areas: fmtNumber(plan.areas.length), n: fmtNumber(plan.areas.reduce((n, a) => n + a.meters, 0)), ms: fmtNumber(entry.elapsedMs / 1000, 1), date: new Date(entry.finishedAt).toLocaleTimeString(LOCALE_TAGS[currentLocale()]) })}
            {stale && <span className="badge stale" data-testid="plan-stale" title={t('plan.staleHint')}>{t('plan.stale')}</span>}
          </p>
          {stale && <p className="warn">{t('plan.staleHint')}</p>}
          <p>{t('plan.hybridSummary', { tco: fmtCost(hybrid.tco, plan.currency), rs: fmtSuccess(hybrid.readSuccessMean), meet: fmtNumber(hybrid.areasMeetingTarget), areas: fmtNumber(plan.areas.length) })}</p>
          {best && <p data-testid="plan-saving">{savingText(hybrid.tco, best)}</p>}
          <p className="muted">{assumptionsText(plan.assumptions)}</p>
          <h3>{t('plan.perArea')}</h3>
          <AreaRecommendations plan={plan} />
          <label className="plan-layer-toggle"><input type="checkbox" data-testid="plan-layer-toggle" checked={p.showLayer} onChange={(e) => setPlan(store, { showLayer: e.target.checked })} /> {t('plan.layer')}</label>
          {p.showLayer && <PlanLegend stale={stale} />}
        </div>
      )}
    </section>
  );
}
