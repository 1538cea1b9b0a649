/**
 * Inline SVG tornado chart: one horizontal bar per driver spanning its low-
 * and high-case TCO around a vertical base line, the low-case part in one
 * colour and the high-case part in another, sorted as given (largest swing
 * first). Pure string building; every label is escaped.
 */
import { esc, n2 } from './escape';
import { compact } from './svg-charts';

/** One row of a tornado: label and the TCO of its low and high case. */
export interface TornadoRow { label: string; lowTco: number; highTco: number }

const FONT = 'font-size="10"';
/** Colours of the low- and high-case parts of a bar. */
export const TORNADO_COLOURS = { low: '#2e86c1', high: '#d35400' } as const;

/** Display width of a label in half-width units (CJK and full-width characters count two). */
export function labelUnits(s: string): number {
  let u = 0;
  for (const ch of s) u += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return u;
}

/** Shorten a label to at most `max` half-width units, with an ellipsis. */
export function clipUnits(s: string, max: number): string {
  if (labelUnits(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (labelUnits(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}

/** Axis range covering the base and every case, padded by 5 % of the span. */
function range(rows: TornadoRow[], baseTco: number): [number, number] {
  const vals = [baseTco, ...rows.flatMap((r) => [r.lowTco, r.highTco])].filter(Number.isFinite);
  const lo = Math.min(...vals), hi = Math.max(...vals), pad = Math.max((hi - lo) * 0.05, Math.abs(baseTco) * 0.01, 1);
  return [lo - pad, hi + pad];
}

/** The tornado chart with a legend naming the low- and high-case colours. */
export function tornadoSvg(rows: TornadoRow[], baseTco: number, o: { widthPx: number; unit: string; lowLabel: string; highLabel: string; baseLabel: string }): string {
  const labelW = 285, rowH = 22, top = 22, plotW = o.widthPx - labelW - 24, h = top + rows.length * rowH + 50;
  const [lo, hi] = range(rows, baseTco);
  const x = (v: number) => labelW + ((v - lo) / (hi - lo)) * plotW;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" class="chart tornado" width="${o.widthPx}" height="${h}" viewBox="0 0 ${o.widthPx} ${h}">`,
    `<text x="${n2(x(baseTco))}" y="12" ${FONT} text-anchor="middle">${esc(`${o.baseLabel} ${compact(baseTco)}`)}</text>`];
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${labelW - 6}" y="${y + 14}" ${FONT} text-anchor="end">${esc(clipUnits(r.label, 52))}</text>`);
    for (const [v, colour] of [[r.lowTco, TORNADO_COLOURS.low], [r.highTco, TORNADO_COLOURS.high]] as const) {
      if (!Number.isFinite(v)) continue;
      const a = Math.min(x(v), x(baseTco)), w = Math.abs(x(v) - x(baseTco));
      parts.push(`<rect x="${n2(a)}" y="${y + 3}" width="${n2(Math.max(w, 0.5))}" height="${rowH - 7}" fill="${colour}"/>`);
    }
  });
  const y0 = top + rows.length * rowH;
  parts.push(`<line x1="${n2(x(baseTco))}" y1="${top - 4}" x2="${n2(x(baseTco))}" y2="${y0}" stroke="#1b2631" stroke-dasharray="3 2"/>`,
    `<line x1="${labelW}" y1="${y0}" x2="${labelW + plotW}" y2="${y0}" stroke="#555"/>`);
  for (let t = 0; t <= 4; t++) {
    const v = lo + (t / 4) * (hi - lo), xx = x(v);
    parts.push(`<line x1="${n2(xx)}" y1="${y0}" x2="${n2(xx)}" y2="${y0 + 4}" stroke="#555"/><text x="${n2(xx)}" y="${y0 + 14}" ${FONT} text-anchor="middle">${esc(compact(v))}</text>`);
  }
  parts.push(`<text x="${labelW + plotW}" y="${y0 + 26}" ${FONT} text-anchor="end">${esc(o.unit)}</text>`);
  const ly = y0 + 34;
  parts.push(`<rect x="10" y="${ly}" width="10" height="10" fill="${TORNADO_COLOURS.low}"/><text x="24" y="${ly + 9}" ${FONT}>${esc(o.lowLabel)}</text>`,
    `<rect x="170" y="${ly}" width="10" height="10" fill="${TORNADO_COLOURS.high}"/><text x="184" y="${ly + 9}" ${FONT}>${esc(o.highLabel)}</text></svg>`);
  return parts.join('');
}
