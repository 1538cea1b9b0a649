/** The results view: which medium the map shows, how meters are coloured, per-area tables and charts. */
import { useMemo } from 'react';
import { Chart } from '../../charts/Chart';
import { t, type MessageKey } from '../../i18n/messages';
import { useAppState, useAppStore } from '../../state/use-store';
import { meterAreaIndex } from '../areas';
import { areaPick, hopsSpec, successSpec } from '../chart-specs';
import { mediaWithResults, setResults, shownEntry } from '../state';
import { COLOUR_BY, type ColourBy, type Medium } from '../types';
import { SummaryTable } from './SummaryTable';

export function ResultsView() {
  const store = useAppStore();
  const r = useAppState((s) => s.results);
  const doc = useAppState((s) => s.doc);
  const entry = useAppState(shownEntry);
  const locale = useAppState((s) => s.locale);
  const media = mediaWithResults(r);
  const charts = useMemo(() => {
    if (!entry) return null;
    const d = entry.doc;
    const area = r.chartArea === 'all' ? -1 : d.areas.findIndex((a) => a.id === r.chartArea);
    const pick = areaPick(entry, meterAreaIndex(d), area < 0 ? 'all' : area);
    const target = area >= 0 ? d.areas[area].readSuccessTarget ?? d.settings.readSuccessTarget : d.settings.readSuccessTarget;
    return { success: successSpec(entry, pick, r.chartKind, target), locale, hops: entry.medium === 'star' ? null : hopsSpec(entry, pick) };
  }, [entry, r.chartArea, r.chartKind, locale]);
  if (!entry || !charts) return <section className="panel" aria-label={t('results.panel.view')}><h2>{t('results.panel.view')}</h2><p className="muted" data-testid="results-empty">{t('results.none')}</p></section>;
  return (
    <section className="panel results-view" aria-label={t('results.panel.view')}>
      <h2>{t('results.panel.view')}</h2>
      <div className="row wrap">
        <label>{t('results.shown')}{' '}
          <select data-testid="shown-medium" value={entry.medium} onChange={(e) => setResults(store, { shown: e.target.value as Medium })}>
            {media.map((m) => <option key={m} value={m}>{t(`medium.${m}` as MessageKey)}</option>)}
          </select>
        </label>
        <label>{t('results.colourBy')}{' '}
          <select data-testid="colour-by" value={r.colourBy} onChange={(e) => setResults(store, { colourBy: e.target.value as ColourBy })}>
            {COLOUR_BY.map((c) => <option key={c} value={c}>{t(`results.colour.${c}` as MessageKey)}</option>)}
          </select>
        </label>
      </div>
      {media.map((m) => <SummaryTable key={m} entry={r[m]!} />)}
      <p className="muted table-note">{t('results.tableNote')}</p>
      <div className="row wrap">
        <label>{t('results.chartArea')}{' '}
          <select data-testid="chart-area" value={r.chartArea} onChange={(e) => setResults(store, { chartArea: e.target.value })}>
            <option value="all">{t('results.allAreas')}</option>
            {doc.areas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
        <label>{t('results.chartKind')}{' '}
          <select data-testid="chart-kind" value={r.chartKind} onChange={(e) => setResults(store, { chartKind: e.target.value as 'histogram' | 'cdf' })}>
            <option value="histogram">{t('results.chart.histogram')}</option>
            <option value="cdf">{t('results.chart.cdf')}</option>
          </select>
        </label>
      </div>
      <Chart spec={charts.success} title={t('results.chart.successTitle', { medium: t(`medium.${entry.medium}` as MessageKey) })} width={330} height={170} />
      {charts.hops && <Chart spec={charts.hops} title={t('results.chart.hopsTitle', { medium: t(`medium.${entry.medium}` as MessageKey) })} width={330} height={150} />}
    </section>
  );
}
