/** Cost breakdown of each area's recommended option: stacked bars of CAPEX parts and the NPV of the OPEX parts, with a translated legend. */
import type { PlanJson } from '../../../workers/api/plan-api';
import { t } from '../../i18n/messages';
import { areaName } from '../AreaRecommendations';
import { fmtCost, fmtCostCompact, mediumLabel } from '../format';
import { breakdownNpv, COST_PARTS, partLabel, PART_COLOURS } from '../series';

/** Stacked NPV cost parts of each area's recommended option. */
export function BreakdownChart({ plan }: { plan: PlanJson }) {
  const { discountRate: r, horizonYears: h } = plan.assumptions;
  const rows = plan.areas.filter((a) => a.recommendedIndex >= 0).map((a) => {
    const o = a.options[a.recommendedIndex];
    return { a, o, parts: breakdownNpv(o.breakdown, r, h) };
  });
  const sum = (p: Record<string, number>) => Object.values(p).reduce((x, y) => x + y, 0);
  const max = Math.max(1, ...rows.map((x) => sum(x.parts)));
  const used = COST_PARTS.filter((p) => rows.some((x) => x.parts[p] > 0));
  return (
    <figure className="plan-chart" aria-label={t('plan.breakdown.title')} data-testid="plan-breakdown">
      <figcaption>{t('plan.breakdown.title')}</figcaption>
      <div className="hbars">
        {rows.map(({ a, o, parts }) => (
          <div key={a.id} className="hbar-row" data-area={a.id}>
            <span className="hbar-label" title={areaName(a)}>{areaName(a)}<br /><small className="muted">{mediumLabel(o.medium)}</small></span>
            <div className="hbar-track">
              <div className="hbar-area">
                <div className="hbar cost-parts" style={{ width: `${(100 * sum(parts)) / max}%` }}>
                  {used.map((p) => parts[p] > 0 && (
                    <i key={p} style={{ width: `${(100 * parts[p]) / sum(parts)}%`, background: PART_COLOURS[p] }} title={`${partLabel(p)}: ${fmtCost(parts[p], plan.currency)}`} />
                  ))}
                </div>
              </div>
              <span className="hbar-value">{fmtCostCompact(sum(parts), plan.currency)}</span>
            </div>
          </div>
        ))}
      </div>
      <ul className="legend plan-legend" data-testid="plan-breakdown-legend">
        {used.map((p) => <li key={p}><i className="sw box" style={{ background: PART_COLOURS[p] }} />{partLabel(p)}</li>)}
      </ul>
    </figure>
  );
}
