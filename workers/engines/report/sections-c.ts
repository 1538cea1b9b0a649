/** Report section: TCO sensitivity (tornado) of the hybrid plan, or a note that quick mode skipped it. */
import type { TornadoBar } from '../planner';
import { esc, int } from './escape';
import type { ReportInput, Tr } from './model';
import { money, table } from './sections-a';
import type { ReportStringKey } from './strings';
import { tornadoSvg } from './svg-tornado';

/** A driver's low or high value in words: ×0.7, 2.0 %, −2 dB, 99.9 %. */
export function driverValue(b: Pick<TornadoBar, 'driver'>, v: number): string {
  switch (b.driver) {
    case 'modulePrice': case 'fees': return `×${v}`;
    case 'discountRate': return `${(100 * v).toFixed(1)} %`;
    case 'shadowingSigma': return `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)} dB`;
    case 'readSuccessTarget': return `${(100 * v).toFixed(1)} %`;
  }
}

/** The driver's translated name. */
export const driverName = (b: Pick<TornadoBar, 'driver'>, tr: Tr): string => tr.t(`driver_${b.driver}` as ReportStringKey);

/** Section 6: tornado chart and table, or the quick-mode note. */
export function sensitivitySection(inp: ReportInput, tr: Tr): string {
  const s = inp.sensitivity;
  if (s === undefined) return '';
  const head = `<section class="page" data-section="sensitivity"><h2>6. ${esc(tr.t('sensitivity'))}</h2>`;
  if (s === null) return `${head}<p class="note" data-testid="sensitivity-skipped">${esc(tr.t('sensitivitySkipped'))}</p></section>`;
  const cur = s.currency;
  const svg = tornadoSvg(s.bars.map((b) => ({ label: `${driverName(b, tr)} (${driverValue(b, b.low)} / ${driverValue(b, b.high)})`, lowTco: b.lowTco, highTco: b.highTco })), s.baseTco,
    { widthPx: 700, unit: cur, lowLabel: tr.t('lowCase'), highLabel: tr.t('highCase'), baseLabel: tr.t('baseTco') });
  const rows = s.bars.map((b) => [esc(driverName(b, tr)), `${esc(driverValue(b, b.low))} → ${money(b.lowTco, cur)}`, `${esc(driverValue(b, b.high))} → ${money(b.highTco, cur)}`, money(b.swing, cur), `<span class="muted">${esc(b.source)}</span>`]);
  return `${head}<p>${esc(tr.t('sensitivityIntro', { base: int(s.baseTco), cur }))}</p>
<figure class="map">${svg}</figure>
${table([tr.t('driver'), tr.t('lowCase'), tr.t('highCase'), tr.t('swing'), tr.t('source')], rows, 'num small')}</section>`;
}
