/** Result layers: toggles and legends (meter colours, routes, orphans, collector load, star heatmap with cell size, PLC feeders). */
import { fmtNumber } from '../../i18n/format';
import { en, t, type MessageKey } from '../../i18n/messages';
import { useAppState, useAppStore } from '../../state/use-store';
import { DUTY_SCALE, METER_SCALES, SNR_SCALE, type ColourScale } from '../colour-scales';
import { computeHeatmap, HEATMAP_CELLS_M } from '../heatmap';
import { mediaWithResults, setResults } from '../state';
import { RESULT_LAYERS, type ResultLayerId } from '../types';

const label = (l: string) => (l in en ? t(l as MessageKey) : l);

/** A horizontal colour bar with labelled stops. */
export function LegendBar({ scale, testid }: { scale: Pick<ColourScale, 'stops' | 'kind'>; testid?: string }) {
  const stops = scale.stops;
  if (scale.kind === 'step') {
    return <ul className="legend" data-testid={testid}>{stops.map((s) => <li key={s.label}><i className="sw dot" style={{ background: s.color }} />{label(s.label)}</li>)}</ul>;
  }
  // stops evenly spaced (the read-success scale is far from linear: 0, 90, 99, 99.9 %)
  const at = (i: number) => (stops.length > 1 ? (i / (stops.length - 1)) * 100 : 0);
  const grad = stops.map((s, i) => `${s.color} ${at(i)}%`).join(', ');
  return (
    <div className="legend-bar" data-testid={testid}>
      <div className="legend-ramp" style={{ background: `linear-gradient(to right, ${grad})` }} />
      <div className="legend-ticks">{stops.map((s, i) => <span key={s.label} style={{ left: `${at(i)}%` }}>{s.label}</span>)}</div>
    </div>
  );
}

export function ResultLayersPanel() {
  const store = useAppStore();
  const r = useAppState((s) => s.results);
  if (!mediaWithResults(r).length) return null;
  const toggle = (id: ResultLayerId) => setResults(store, (x) => ({ layers: { ...x.layers, [id]: !x.layers[id] } }));
  const available: Record<ResultLayerId, boolean> = { meterColours: true, routes: true, orphans: true, collectorLoad: true, heatmap: !!r.star, plcFeeders: !!r.plc };
  const legend = (id: ResultLayerId) => {
    switch (id) {
      case 'meterColours': return <><div className="muted">{t(`results.colour.${r.colourBy}` as MessageKey)}</div><LegendBar scale={METER_SCALES[r.colourBy]} testid="legend-meters" /></>;
      case 'routes': return <ul className="legend"><li><i className="sw line" style={{ background: '#3182bd' }} />{t('results.legend.routes')}</li></ul>;
      case 'orphans': return <ul className="legend"><li><i className="sw dot ring" />{t('results.legend.orphans')}</li></ul>;
      case 'collectorLoad': return <><div className="muted">{t('results.legend.duty')}</div><LegendBar scale={DUTY_SCALE} /></>;
      case 'plcFeeders': return <><div className="muted">{t('results.legend.snr')}</div><LegendBar scale={SNR_SCALE} /></>;
      case 'heatmap': return (
        <div data-testid="heatmap-controls">
          <div className="row wrap">
            <label>{t('results.cellSize')}{' '}
              <select data-testid="heatmap-cell" value={r.heatmapCellM} onChange={(e) => { setResults(store, { heatmapCellM: Number(e.target.value) }); void computeHeatmap(store).catch(() => null); }}>
                {HEATMAP_CELLS_M.map((c) => <option key={c} value={c}>{fmtNumber(c)} m</option>)}
              </select>
            </label>
            <button data-testid="heatmap-refresh" onClick={() => void computeHeatmap(store).catch((e: Error) => setResults(store, (x) => ({ errors: { ...x.errors, star: e.message } })))}>{t('results.heatmapRefresh')}</button>
          </div>
          {r.heatmap && <>
            <div className="muted">{t('results.heatmapTitle', { cell: fmtNumber(r.heatmap.cellM), covered: fmtNumber(r.heatmap.covered * 100, 1) })}</div>
            <LegendBar scale={{ kind: 'interpolate', stops: r.heatmap.stops }} testid="legend-heatmap" />
          </>}
        </div>
      );
    }
  };
  return (
    <section className="panel result-layers" aria-label={t('results.panel.layers')}>
      <h2>{t('results.panel.layers')}</h2>
      <ul className="layers">
        {RESULT_LAYERS.filter((id) => available[id]).map((id) => (
          <li key={id}>
            <label><input type="checkbox" data-result-layer={id} checked={r.layers[id]} onChange={() => toggle(id)} /> {t(`results.layer.${id}` as MessageKey)}</label>
            {r.layers[id] && legend(id)}
          </li>
        ))}
      </ul>
    </section>
  );
}
