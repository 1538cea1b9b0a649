/** ChartSpecs of the results view: read-success histogram or CDF, and hop-count histogram, per area. */
import type { ChartSpec } from '../charts/chart-types';
import { fmtNumber } from '../i18n/format';
import { t } from '../i18n/messages';
import { histogram, integerEdges, linearEdges, sortedFinite } from './binning';
import type { MediumEntry } from './types';

/** Meter filter for an area choice: 'all', 'none' (outside every area) or an area index. */
export function areaPick(entry: MediumEntry, areaIndex: Int32Array, area: 'all' | number): (i: number) => boolean {
  const sim = (i: number) => entry.meters.reason[i] !== 255;
  if (area === 'all') return sim;
  return (i) => sim(i) && areaIndex[i] === area;
}

const pctFmt = (v: number) => `${fmtNumber(v * 100, v > 0.99 && v < 1 ? 1 : 0)} %`;

/** Read success (0…1) as a 20-bin histogram or an empirical CDF. */
export function successSpec(entry: MediumEntry, pick: (i: number) => boolean, kind: 'histogram' | 'cdf', target: number): ChartSpec {
  const common = { xLabel: t('results.chart.success'), xFormat: pctFmt, marker: { x: target, label: t('results.chart.target') } };
  if (kind === 'cdf') return { kind: 'cdf', sorted: sortedFinite(entry.meters.dailyReadSuccess, pick), yLabel: t('results.chart.share'), ...common };
  const edges = linearEdges(0, 1, 20);
  return { kind: 'histogram', edges, counts: histogram(entry.meters.dailyReadSuccess, edges, pick), yLabel: t('chart.count'), ...common };
}

/** Hops of connected meters, one bin per hop count. */
export function hopsSpec(entry: MediumEntry, pick: (i: number) => boolean): ChartSpec {
  const h = entry.meters.hops;
  let max = 1;
  for (let i = 0; i < h.length; i++) if (pick(i) && h[i] > max) max = h[i];
  const edges = integerEdges(1, max);
  return { kind: 'histogram', edges, counts: histogram(h, edges, pick), xLabel: t('results.chart.hops'), yLabel: t('chart.count'), xFormat: (v) => fmtNumber(Math.round(v)) };
}
