/** Tornado of the hybrid plan's TCO: per driver, the change from the base TCO at its low and high value, widest swing on top. */
import type { TornadoResult } from '../../../workers/api/plan-api';
import { fmtNumber, fmtPercent } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import { fmtCost, fmtCostCompact } from '../format';
import { tornadoSpans, type TornadoSpan } from '../series';

/** The driver's low…high range in words ("×0.7 … ×1.3", "2 % … 5 %", "−2 dB … +2 dB"). */
export function driverRange(s: Pick<TornadoSpan, 'driver' | 'low' | 'high'>): string {
  if (s.driver === 'modulePrice' || s.driver === 'fees') return t('plan.driverRange.factor', { low: fmtNumber(s.low, 2), high: fmtNumber(s.high, 2) });
  if (s.driver === 'shadowingSigma') return t('plan.driverRange.db', { low: fmtNumber(s.low, 1), high: fmtNumber(s.high, 1) });
  return t('plan.driverRange.rate', { low: fmtPercent(s.low, 1), high: fmtPercent(s.high, 1) });
}

const signed = (v: number, cur: string) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${fmtCostCompact(Math.abs(v), cur)}`;

/** The tornado chart: blue bar at the driver's low value, red at its high value, around the base TCO. */
export function TornadoChart({ result }: { result: TornadoResult }) {
  const spans = tornadoSpans(result);
  const cur = result.currency;
  const reach = Math.max(1, ...spans.flatMap((s) => [Math.abs(s.lowDelta), Math.abs(s.highDelta)]));
  const pos = (d: number) => 50 + (50 * d) / reach;
  const bar = (d: number, kind: 'low' | 'high') => {
    const a = Math.min(pos(0), pos(d)), b = Math.max(pos(0), pos(d));
    return <div className={`tbar ${kind}`} style={{ left: `${a}%`, width: `${Math.max(0.3, b - a)}%` }} title={`${t(`plan.tornado.${kind}`)}: ${fmtCost(result.baseTco + d, cur)}`} />;
  };
  return (
    <figure className="plan-chart tornado" aria-label={t('plan.tornado.title')} data-testid="plan-tornado">
      <figcaption>{t('plan.tornado.title')} — {t('plan.tornado.base', { tco: fmtCost(result.baseTco, cur) })}</figcaption>
      <div className="hbars">
        {spans.map((s) => (
          <div key={s.driver} className="hbar-row" data-driver={s.driver}>
            <span className="hbar-label">{t(`plan.driver.${s.driver}` as MessageKey)}<br /><small className="muted">{driverRange(s)}</small></span>
            <div className="tornado-track">
              <div className="tornado-axis" />
              {bar(s.lowDelta, 'low')}
              {bar(s.highDelta, 'high')}
            </div>
            <span className="hbar-sub">{signed(s.lowDelta, cur)} / {signed(s.highDelta, cur)}</span>
          </div>
        ))}
      </div>
      <ul className="legend plan-legend">
        <li><i className="sw box tbar-low" />{t('plan.tornado.low')}</li>
        <li><i className="sw box tbar-high" />{t('plan.tornado.high')}</li>
      </ul>
    </figure>
  );
}
