/**
 * Bar chart of total (hybrid) TCO per vendor, drawn with uPlot on canvas
 * (no eval, CSP-safe): one bar per vendor, the best overall in green. The
 * figure's label and a text list carry the same numbers for screen readers
 * and for environments without canvas.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { fmtMoney } from '../i18n/format';
import { currentLocale, LOCALE_TAGS } from '../i18n/messages';

export interface TcoBar {
  label: string;
  tco: number;
  best: boolean;
}

/** A label shortened to `maxChars` (with an ellipsis) so bar labels do not overlap. */
export function shortLabel(label: string, maxChars: number): string {
  return label.length <= maxChars ? label : `${label.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** Axis tick text for a money value: compact (350M in English, 3.5億 in Japanese). */
export function compactMoney(v: number): string {
  return Number.isFinite(v) ? new Intl.NumberFormat(LOCALE_TAGS[currentLocale()], { notation: 'compact', maximumFractionDigits: 1 }).format(v) : '—';
}

let canvasOk: boolean | null = null;
/** Whether canvas 2D drawing works here (not in jsdom). */
function canDraw(): boolean {
  if (canvasOk === null) { try { canvasOk = !!document.createElement('canvas').getContext('2d'); } catch { canvasOk = false; } }
  return canvasOk;
}

export function TcoBarChart({ bars, title, currency, width = 520, height = 200 }: { bars: TcoBar[]; title: string; currency: string; width?: number; height?: number }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || bars.length === 0 || !canDraw()) return;
    const xs = bars.map((_, i) => i), ys = bars.map((b) => b.tco);
    // about 6.5 px per character at 11 px; the plot area is the width less the y axis
    const maxChars = Math.max(4, Math.floor((width - 80) / bars.length / 6.5));
    const colours = bars.map((b) => (b.best ? '#1a7f37' : '#0b6e99'));
    const el = host.current;
    let plot: uPlot | null = null;
    try {
      plot = new uPlot({
        width, height, legend: { show: false }, cursor: { show: false },
        scales: { x: { time: false, range: [-0.5, bars.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
        axes: [
          { size: 36, font: '11px system-ui', splits: () => xs, values: (_u, v) => v.map((i) => shortLabel(bars[i]?.label ?? '', maxChars)) },
          { size: 64, font: '11px system-ui', label: currency, labelSize: 14, labelFont: '11px system-ui', values: (_u, v) => v.map(compactMoney) },
        ],
        series: [{}, { fill: '#0b6e99cc', stroke: '#0b6e99', width: 0, points: { show: false },
          paths: uPlot.paths.bars!({ size: [0.6, 120], align: 0, disp: { fill: { unit: 3 as uPlot.Series.BarsPathBuilderFacetUnit, values: () => colours } } }) }],
      }, [xs, ys], el);
      el.dataset.renderer = 'uplot';
    } catch {
      plot = null; // the text list below still carries the numbers
    }
    return () => plot?.destroy();
  }, [bars, currency, width, height]);
  return (
    <figure className="chart tco-chart" aria-label={title} data-testid="tco-chart">
      <figcaption>{title}</figcaption>
      <div ref={host} />
      <ul className="tco-list sr-only">{bars.map((b, i) => <li key={i} className={b.best ? 'best' : undefined}>{b.label}: {fmtMoney(b.tco, currency)}</li>)}</ul>
    </figure>
  );
}
