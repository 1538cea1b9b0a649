/**
 * <Chart spec=…/>: draws a ChartSpec with the registered renderer, or with a
 * minimal built-in SVG (React elements, so it is CSP-safe) when none is
 * registered. Accessible: the figure has a label and a data summary.
 */
import { useEffect, useRef } from 'react';
import { t } from '../i18n/messages';
import { cdfPoints, type ChartRenderer, type ChartSpec } from './chart-types';

let renderer: ChartRenderer | null = null;

/** Use a charting library for every <Chart> (e.g. a uPlot adapter). */
export function registerChartRenderer(r: ChartRenderer | null): void {
  renderer = r;
}

interface Props {
  spec: ChartSpec;
  title: string;
  width?: number;
  height?: number;
}

const M = { l: 36, r: 8, t: 8, b: 28 };

function SvgChart({ spec, width, height }: { spec: ChartSpec; width: number; height: number }) {
  const w = width - M.l - M.r, h = height - M.t - M.b;
  const pts: [number, number][] = spec.kind === 'cdf' ? cdfPoints(spec.sorted) : [];
  const counts = spec.kind === 'histogram' ? Array.from(spec.counts) : [];
  const edges = spec.kind === 'histogram' ? Array.from(spec.edges) : [];
  const x0 = spec.kind === 'histogram' ? edges[0] : pts[0]?.[0] ?? 0;
  const x1 = spec.kind === 'histogram' ? edges[edges.length - 1] : pts[pts.length - 1]?.[0] ?? 1;
  const yMax = spec.kind === 'histogram' ? Math.max(1, ...counts) : 1;
  const sx = (v: number) => M.l + ((v - x0) / (x1 - x0 || 1)) * w;
  const sy = (v: number) => M.t + h - (v / yMax) * h;
  const fx = spec.xFormat ?? ((v: number) => String(Math.round(v * 100) / 100));
  return (
    <svg width={width} height={height} role="img" aria-hidden="true">
      <line x1={M.l} y1={M.t + h} x2={M.l + w} y2={M.t + h} stroke="#888" />
      <line x1={M.l} y1={M.t} x2={M.l} y2={M.t + h} stroke="#888" />
      {spec.kind === 'histogram' && counts.map((c, i) => (
        <rect key={i} x={sx(edges[i]) + 0.5} y={sy(c)} width={Math.max(0, sx(edges[i + 1]) - sx(edges[i]) - 1)} height={M.t + h - sy(c)} fill="#0b6e99" />
      ))}
      {spec.kind === 'cdf' && pts.length > 0 && <polyline fill="none" stroke="#0b6e99" strokeWidth={2} points={pts.map(([x, y]) => `${sx(x)},${sy(y)}`).join(' ')} />}
      {spec.marker && <line x1={sx(spec.marker.x)} x2={sx(spec.marker.x)} y1={M.t} y2={M.t + h} stroke="#b42318" strokeDasharray="4 3" />}
      <text x={M.l} y={height - 8} fontSize={10}>{fx(x0)}</text>
      <text x={M.l + w} y={height - 8} fontSize={10} textAnchor="end">{fx(x1)}</text>
      <text x={M.l + w / 2} y={height - 2} fontSize={10} textAnchor="middle">{spec.xLabel}</text>
      <text x={4} y={M.t + 8} fontSize={10}>{spec.kind === 'histogram' ? yMax : '1'}</text>
    </svg>
  );
}

export function Chart({ spec, title, width = 300, height = 160 }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const external = renderer;
  useEffect(() => {
    if (!external || !host.current) return;
    return external(host.current, spec, { width, height });
  }, [external, spec, width, height]);
  const n = spec.kind === 'histogram' ? Array.from(spec.counts).reduce((a, b) => a + b, 0) : spec.sorted.length;
  return (
    <figure className="chart" aria-label={title} data-testid="chart">
      <figcaption>{title}</figcaption>
      {n === 0 ? <p className="muted">{t('chart.empty')}</p> : external ? <div ref={host} /> : <SvgChart spec={spec} width={width} height={height} />}
    </figure>
  );
}
