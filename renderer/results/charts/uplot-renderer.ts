/**
 * A uPlot adapter for <Chart>: histograms as bars (x at bin centres),
 * CDFs as a stepped line, with an optional dashed target marker. uPlot
 * draws on canvas and uses no eval, so it runs under the strict CSP.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { cdfPoints, type ChartRenderer, type ChartSpec } from '../../charts/chart-types';
import { fmtNumber } from '../../i18n/format';

/** The data arrays uPlot draws for a spec: [x, y]. */
export function chartData(spec: ChartSpec): [number[], number[]] {
  if (spec.kind === 'histogram') {
    const e = Array.from(spec.edges), c = Array.from(spec.counts);
    return [c.map((_, i) => (e[i] + e[i + 1]) / 2), c];
  }
  const pts = cdfPoints(spec.sorted);
  return [pts.map((p) => p[0]), pts.map((p) => p[1])];
}

const markerPlugin = (x: number): uPlot.Plugin => ({
  hooks: {
    draw: (u) => {
      const cx = u.valToPos(x, 'x', true);
      const ctx = u.ctx;
      ctx.save();
      ctx.strokeStyle = '#b42318'; ctx.setLineDash([5, 4]); ctx.lineWidth = 1.5 * devicePixelRatio;
      ctx.beginPath(); ctx.moveTo(cx, u.bbox.top); ctx.lineTo(cx, u.bbox.top + u.bbox.height); ctx.stroke();
      ctx.restore();
    },
  },
});

export const uplotRenderer: ChartRenderer = (container, spec, { width, height }) => {
  const [xs, ys] = chartData(spec);
  const hist = spec.kind === 'histogram';
  const edges = hist ? Array.from(spec.edges) : [];
  const cdfRange = (): [number, number] => {
    const hi = Math.max(xs[xs.length - 1], spec.marker?.x ?? -Infinity);
    let lo = Math.min(xs[0], spec.marker?.x ?? xs[0]);
    if (!(hi > lo)) lo = hi - 0.01;
    const pad = (hi - lo) * 0.03;
    return [lo - pad, hi + pad];
  };
  const fx = spec.xFormat ?? ((v: number) => String(Math.round(v * 100) / 100));
  const opts: uPlot.Options = {
    width, height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false, range: hist ? [edges[0], edges[edges.length - 1]] : cdfRange() }, y: { range: (_u, _min, max) => [0, hist ? Math.max(1, max * 1.05) : 1] } },
    axes: [
      { label: spec.xLabel, size: 40, labelSize: 14, font: '11px system-ui', labelFont: '11px system-ui', values: (_u, v) => v.map((x) => fx(x)) },
      { label: spec.yLabel, size: 58, labelSize: 14, font: '11px system-ui', labelFont: '11px system-ui', values: (_u, v) => v.map((x) => (hist ? fmtNumber(x) : `${Math.round(x * 100)} %`)) },
    ],
    series: [{}, hist
      ? { fill: '#0b6e99cc', stroke: '#0b6e99', width: 0, paths: uPlot.paths.bars!({ size: [0.9, Infinity], align: 0 }), points: { show: false } }
      : { stroke: '#0b6e99', width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } }],
    plugins: spec.marker ? [markerPlugin(spec.marker.x)] : [],
  };
  const plot = new uPlot(opts, [xs, ys], container);
  container.dataset.renderer = 'uplot';
  return () => plot.destroy();
};
