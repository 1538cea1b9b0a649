/**
 * TCO over the years: the cumulative discounted cost per year 0…horizon of the
 * hybrid plan and each single-medium plan (series computed by the engine,
 * workers/engines/planner/yearly.ts), drawn with uPlot (canvas, no eval: CSP-safe).
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { YearlyTco } from '../../../workers/api/plan-api';
import { fmtNumber } from '../../i18n/format';
import { currentLocale, t } from '../../i18n/messages';
import { fmtCost, fmtCostCompact, HYBRID_COLOUR, MEDIUM_COLOURS } from '../format';

interface Line { id: string; label: string; colour: string; values: number[]; dash?: number[] }

/** The lines to draw: hybrid first, then the media that can serve every area. */
export function yearlyLines(y: YearlyTco): Line[] {
  const lines: Line[] = [{ id: 'hybrid', label: t('plan.totals.hybrid'), colour: HYBRID_COLOUR, values: y.hybrid }];
  for (const m of ['mesh', 'plc', 'star'] as const) {
    const v = y.singleMedium[m];
    if (v) lines.push({ id: m, label: t('plan.totals.single', { medium: t(`medium.${m}`) }), colour: MEDIUM_COLOURS[m], values: v, dash: [6, 4] });
  }
  return lines;
}

/** The cumulative discounted cost chart with a legend of year-H values (also as text for screen readers). */
export function YearlyChart({ yearly, width = 460, height = 220 }: { yearly: YearlyTco; width?: number; height?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const lines = yearlyLines(yearly);
  const cur = yearly.currency;
  const locale = currentLocale();
  useEffect(() => {
    if (!host.current || typeof HTMLCanvasElement === 'undefined' || !('getContext' in HTMLCanvasElement.prototype)) return;
    let plot: uPlot | null = null;
    try {
      plot = new uPlot({
        width, height, legend: { show: false }, cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, max * 1.05 || 1] } },
        axes: [
          { label: t('plan.yearly.year'), size: 36, labelSize: 14, font: '11px system-ui', labelFont: '11px system-ui', values: (_u, v) => v.map((x) => (Number.isInteger(x) ? fmtNumber(x) : '')) },
          { label: t('plan.yearly.cost'), size: 64, labelSize: 14, font: '11px system-ui', labelFont: '11px system-ui', values: (_u, v) => v.map((x) => fmtCostCompact(x, cur)) },
        ],
        series: [{}, ...lines.map((l) => ({ label: l.label, stroke: l.colour, width: l.id === 'hybrid' ? 3 : 2, ...(l.dash ? { dash: l.dash } : {}), points: { show: false } }))],
      }, [yearly.years, ...lines.map((l) => l.values)], host.current);
      host.current.dataset.renderer = 'uplot';
    } catch { plot = null; }
    return () => plot?.destroy();
  }, [yearly, width, height, cur, lines.length, locale]);
  const h = yearly.horizonYears;
  return (
    <figure className="plan-chart" aria-label={t('plan.yearly.title')} data-testid="plan-yearly">
      <figcaption>{t('plan.yearly.title')}</figcaption>
      <div ref={host} />
      <ul className="legend plan-legend">
        {lines.map((l) => <li key={l.id}><i className={l.dash ? 'sw line dashed-line' : 'sw line'} style={{ background: l.colour }} />{l.label}: {fmtCost(l.values[h], cur)}</li>)}
      </ul>
      <p className="sr-only">{t('plan.yearly.summary', { h: fmtNumber(h), values: lines.map((l) => `${l.label} ${fmtCost(l.values[h], cur)}`).join(', ') })}</p>
    </figure>
  );
}
