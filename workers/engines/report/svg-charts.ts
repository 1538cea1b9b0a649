/**
 * Inline SVG charts for the report: horizontal stacked bars (cost
 * breakdown), plain horizontal bars (TCO totals) and histograms (read-success
 * distributions). Pure string building; every label is escaped.
 */
import { esc, n2 } from './escape';

/** One bar of a stacked bar chart: label and values per series. */
export interface StackedBar { label: string; values: number[]; colours?: string[]; note?: string }

const FONT = 'font-size="10"';

/** Shorten a label to `max` characters with an ellipsis. */
export const clip = (s: string, max: number): string => (s.length > max ? s.slice(0, max - 1) + '…' : s);

/** Round up to a 1/2/5 × 10^k axis maximum. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const f of [1, 2, 5, 10]) if (f * p >= v) return f * p;
  return 10 * p;
}

/** Compact number: 1.2 k, 3.4 M, 5.6 G. */
export function compact(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${(v / 1e9).toFixed(1)} G`;
  if (a >= 1e6) return `${(v / 1e6).toFixed(1)} M`;
  if (a >= 1e3) return `${(v / 1e3).toFixed(1)} k`;
  return v.toFixed(a < 10 ? 2 : 0);
}

/** Horizontal stacked bars with a legend of the series. */
export function stackedBarsSvg(bars: StackedBar[], series: { name: string; colour: string }[], o: { widthPx: number; unit: string }): string {
  const labelW = 210, rowH = 20, top = 8, legendH = series.length ? 16 * Math.ceil(series.length / 3) + 6 : 0;
  const plotW = o.widthPx - labelW - 20, h = top + bars.length * rowH + 24 + legendH;
  const max = niceMax(Math.max(0, ...bars.map((b) => b.values.reduce((s, v) => s + Math.max(0, v), 0))));
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${o.widthPx}" height="${h}" viewBox="0 0 ${o.widthPx} ${h}">`];
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${labelW - 4}" y="${y + 13}" ${FONT} text-anchor="end">${esc(clip(b.label, 38))}</text>`);
    let x = labelW;
    b.values.forEach((v, k) => {
      const w = (Math.max(0, v) / max) * plotW;
      if (w > 0) parts.push(`<rect x="${n2(x)}" y="${y + 2}" width="${n2(w)}" height="${rowH - 5}" fill="${esc(b.colours?.[k] ?? series[k]?.colour ?? '#888')}"/>`);
      x += w;
    });
    parts.push(`<text x="${n2(x + 3)}" y="${y + 13}" ${FONT}>${esc(b.note ?? compact(b.values.reduce((s, v) => s + v, 0)))}</text>`);
  });
  parts.push(...axis(labelW, top + bars.length * rowH, plotW, max, o.unit));
  const ly = top + bars.length * rowH + 28;
  series.forEach((s, k) => {
    const x = 10 + (k % 3) * ((o.widthPx - 20) / 3), y = ly + Math.floor(k / 3) * 16;
    parts.push(`<rect x="${n2(x)}" y="${y}" width="10" height="10" fill="${esc(s.colour)}"/><text x="${n2(x + 14)}" y="${y + 9}" ${FONT}>${esc(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

function axis(x0: number, y0: number, plotW: number, max: number, unit: string): string[] {
  const out = [`<line x1="${x0}" y1="${y0}" x2="${n2(x0 + plotW)}" y2="${y0}" stroke="#555"/>`];
  for (let t = 0; t <= 4; t++) {
    const x = x0 + (t / 4) * plotW;
    out.push(`<line x1="${n2(x)}" y1="${y0}" x2="${n2(x)}" y2="${y0 + 4}" stroke="#555"/><text x="${n2(x)}" y="${y0 + 14}" ${FONT} text-anchor="middle">${esc(compact((t / 4) * max))}</text>`);
  }
  out.push(`<text x="${n2(x0 + plotW)}" y="${y0 + 24}" ${FONT} text-anchor="end">${esc(unit)}</text>`);
  return out;
}

/** Horizontal bars, one colour each (a missing value draws no bar and shows its note). */
export function barsSvg(bars: { label: string; value: number | null; colour: string; note?: string }[], o: { widthPx: number; unit: string }): string {
  return stackedBarsSvg(bars.map((b) => ({ label: b.label, values: [b.value ?? 0], colours: [b.colour], ...(b.value === null ? { note: b.note ?? '' } : {}) })), [], o);
}

/** A histogram of values in [lo, hi] with `bins` equal bins; bars show the share of values. */
export function histogramSvg(values: ArrayLike<number>, o: { lo: number; hi: number; bins: number; widthPx: number; heightPx: number; colour: string; title: string; xLabel: (v: number) => string; yLabel: string; ticks?: number[] }): string {
  const counts = new Array<number>(o.bins).fill(0);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const b = Math.min(o.bins - 1, Math.max(0, Math.floor(((v - o.lo) / (o.hi - o.lo)) * o.bins)));
    counts[b]++; n++;
  }
  const left = 46, top = 18, bottom = 28, plotW = o.widthPx - left - 26, plotH = o.heightPx - top - bottom;
  const maxShare = niceMax(Math.max(0.01, ...counts.map((c) => c / Math.max(1, n))));
  const bw = plotW / o.bins;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${o.widthPx}" height="${o.heightPx}" viewBox="0 0 ${o.widthPx} ${o.heightPx}">`,
    `<text x="${left}" y="12" ${FONT} font-weight="bold">${esc(o.title)}</text>`];
  counts.forEach((c, b) => {
    const hh = (c / Math.max(1, n) / maxShare) * plotH;
    if (hh > 0) parts.push(`<rect x="${n2(left + b * bw + 0.5)}" y="${n2(top + plotH - hh)}" width="${n2(Math.max(0.5, bw - 1))}" height="${n2(hh)}" fill="${esc(o.colour)}"/>`);
  });
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#555"/><line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#555"/>`);
  for (const t of [0, 0.5, 1]) parts.push(`<text x="${left - 3}" y="${n2(top + plotH - t * plotH + 3)}" ${FONT} text-anchor="end">${esc(`${Math.round(100 * t * maxShare)}%`)}</text>`);
  for (const t of o.ticks ? o.ticks.map((x) => (x - o.lo) / (o.hi - o.lo)) : [0, 0.5, 1]) parts.push(`<text x="${n2(left + t * plotW)}" y="${top + plotH + 12}" ${FONT} text-anchor="middle">${esc(o.xLabel(o.lo + t * (o.hi - o.lo)))}</text>`);
  parts.push(`<text transform="translate(9,${n2(top + plotH / 2)}) rotate(-90)" ${FONT} text-anchor="middle">${esc(o.yLabel)}</text></svg>`);
  return parts.join('');
}
