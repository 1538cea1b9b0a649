/** Total TCO of the hybrid plan against each single-medium plan: horizontal bars with the figures and read success. */
import type { PlanJson } from '../../../workers/api/plan-api';
import { fmtNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { fmtCost, fmtSuccess } from '../format';
import { totalBars } from '../series';

/** Hybrid vs single-medium total TCO bars with read success and areas meeting target. */
export function TotalsChart({ plan }: { plan: PlanJson }) {
  const bars = totalBars(plan);
  const max = Math.max(1, ...bars.map((b) => b.total?.tco ?? 0));
  const areas = plan.areas.length;
  return (
    <figure className="plan-chart" aria-label={t('plan.totals.title')} data-testid="plan-totals">
      <figcaption>{t('plan.totals.title')}</figcaption>
      <div className="hbars">
        {bars.map((b) => (
          <div key={b.id} className="hbar-row" data-plan={b.id}>
            <span className="hbar-label">{b.label}</span>
            <div className="hbar-track">
              <div className="hbar-area">{b.total && <div className="hbar" style={{ width: `${(100 * b.total.tco) / max}%`, background: b.colour }} />}</div>
              <span className="hbar-value">{b.total ? fmtCost(b.total.tco, plan.currency) : t('plan.totals.na')}</span>
            </div>
            {b.total && <span className="hbar-sub muted">{t('plan.totals.rs', { rs: fmtSuccess(b.total.readSuccessMean), meet: fmtNumber(b.total.areasMeetingTarget), areas: fmtNumber(areas) })}</span>}
          </div>
        ))}
      </div>
    </figure>
  );
}
