/**
 * A small SVG map of what an import would add, framed on its extent: areas
 * and buildings as polygons, roads and feeders as lines, meters, poles and
 * transformers as dots (a sample when there are many), a DEM as a shaded
 * height image, and the current project's extent as a dashed outline.
 */
import { useMemo } from 'react';
import type { BBox, DemGrid, ImportPayload } from '../../../workers/clients/import-client';
import { t } from '../../i18n/messages';

const W = 340, H = 210, MAX_DOTS = 3000, MAX_LINES = 1500;

/** Every n-th item so that at most `max` remain. */
function sample<T>(xs: readonly T[], max: number): T[] {
  if (xs.length <= max) return xs as T[];
  const step = xs.length / max;
  return Array.from({ length: max }, (_, i) => xs[Math.floor(i * step)]);
}

/** The DEM's coarse heights as a grey-scale hypsometric image (data URL), or null without a canvas. */
function demImage(dem: DemGrid | null): string | null {
  if (!dem || typeof document === 'undefined') return null;
  const { cols, rows, heights } = dem.thumb;
  const c = document.createElement('canvas');
  c.width = cols; c.height = rows;
  const ctx = c.getContext('2d');
  if (!ctx) return null;
  const img = ctx.createImageData(cols, rows);
  const lo = dem.minM, span = Math.max(1, dem.maxM - dem.minM);
  for (let i = 0; i < heights.length; i++) {
    const v = heights[i], o = i * 4;
    if (v !== v) { img.data[o + 3] = 0; continue; }
    const f = Math.min(1, Math.max(0, (v - lo) / span));
    img.data[o] = 60 + 180 * f; img.data[o + 1] = 110 + 120 * f; img.data[o + 2] = 70 + 150 * f; img.data[o + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return c.toDataURL();
}

export function PreviewMap({ bbox, payload, project }: { bbox: BBox | null; payload: ImportPayload; project: [[number, number], [number, number]] | null }) {
  const demUrl = useMemo(() => demImage(payload.dem), [payload.dem]);
  if (!bbox) return null;
  const [w0, s0, e0, n0] = bbox;
  const k = Math.cos((((s0 + n0) / 2) * Math.PI) / 180);
  const spanX = Math.max((e0 - w0) * k, 1e-5), spanY = Math.max(n0 - s0, 1e-5);
  const scale = Math.min((W - 30) / spanX, (H - 30) / spanY);
  const ox = (W - spanX * scale) / 2, oy = (H - spanY * scale) / 2;
  const x = (lon: number) => ox + (lon - w0) * k * scale;
  const y = (lat: number) => oy + (n0 - lat) * scale;
  const path = (line: readonly (readonly [number, number])[], close = false) => line.map(([lon, lat], i) => `${i ? 'L' : 'M'}${x(lon).toFixed(1)} ${y(lat).toFixed(1)}`).join('') + (close ? 'Z' : '');
  const rect = (w: number, s: number, e: number, n: number) => ({ x: x(w), y: y(n), width: Math.max(1, x(e) - x(w)), height: Math.max(1, y(s) - y(n)) });
  const dots = sample([...payload.meters, ...payload.sites], MAX_DOTS);
  return (
    <svg className="preview-map" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('imp.previewMap')} data-testid="import-preview-map">
      <title>{t('imp.previewMap')}</title>
      <rect x={0} y={0} width={W} height={H} fill="#eef2f5" />
      {payload.dem?.bbox && (demUrl ? <image href={demUrl} {...rect(...payload.dem.bbox)} preserveAspectRatio="none" /> : <rect {...rect(...payload.dem.bbox)} fill="#d9c7a3" />)}
      {payload.dem?.bbox && <rect {...rect(...payload.dem.bbox)} fill="none" stroke="#8a6d3b" />}
      {project && <rect {...rect(project[0][0], project[0][1], project[1][0], project[1][1])} fill="none" stroke="#444" strokeDasharray="4 3" />}
      {sample(payload.areas, MAX_LINES).map((a, i) => <path key={i} d={path(a.polygon[0], true)} fill="rgba(56,120,200,.18)" stroke="#2d6cb5" strokeWidth={1} />)}
      {sample(payload.buildings, MAX_LINES).map((bd, i) => <path key={i} d={path(bd.polygon[0], true)} fill="#c9b8a6" stroke="#8c7a66" strokeWidth={0.5} />)}
      {sample(payload.roads, MAX_LINES).map((r, i) => <path key={i} d={path(r.line)} fill="none" stroke="#9aa3ad" strokeWidth={0.8} />)}
      {sample(payload.feeders, MAX_LINES).map((f, i) => <path key={i} d={path(f.line)} fill="none" stroke="#c26a00" strokeWidth={1.2} />)}
      {dots.map((m, i) => <circle key={i} cx={x(m.lon)} cy={y(m.lat)} r={dots.length < 100 ? 3 : 1.4} fill="#1f7a4d" />)}
      {payload.transformers.map((tr, i) => <rect key={i} x={x(tr.lon) - 2.5} y={y(tr.lat) - 2.5} width={5} height={5} fill="#c26a00" />)}
    </svg>
  );
}
