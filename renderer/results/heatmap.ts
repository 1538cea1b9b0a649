/**
 * The star coverage heatmap: a coverage-probability raster over the selected
 * area or the visible extent, coloured with the engine's legend into a PNG
 * data URL for a MapLibre image source. Images are cached per (revision,
 * region, cell size); the worker caches the rasters themselves.
 */
import { colourise } from '../../workers/clients/star-client';
import type { Project } from '../../workers/model';
import { revisionKey } from '../analysis';
import type { AppStore } from '../state/app-state';
import { starClient } from './clients';
import { profileFor } from './profiles';
import { resolveScope } from './viewport';
import { setResults } from './state';
import type { HeatmapImage } from './types';

/** Cell sizes offered in the panel, m. */
export const HEATMAP_CELLS_M = [10, 25, 50, 100] as const;
/** Largest raster drawn, cells (the cell size grows for big regions). */
export const MAX_HEATMAP_CELLS = 200_000;

const cache = new Map<string, HeatmapImage>();

/** Cell size actually used for a box: the chosen one, enlarged so the raster stays ≤ MAX_HEATMAP_CELLS. */
export function effectiveCellM(bbox: [number, number, number, number], cellM: number): number {
  const [w, s, e, n] = bbox;
  const lat = ((s + n) / 2) * (Math.PI / 180);
  const widthM = (e - w) * 111_320 * Math.cos(lat), heightM = (n - s) * 110_574;
  const cells = (widthM / cellM) * (heightM / cellM);
  return cells <= MAX_HEATMAP_CELLS ? cellM : Math.ceil(Math.sqrt((widthM * heightM) / MAX_HEATMAP_CELLS) / 5) * 5;
}

function areaBox(doc: Project, areaId: string): [number, number, number, number] | null {
  const a = doc.areas.find((x) => x.id === areaId);
  if (!a) return null;
  const xs = a.polygon[0].map((p) => p[0]), ys = a.polygon[0].map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function toDataUrl(rgba: Uint8ClampedArray, width: number, height: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = width; canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.putImageData(new ImageData(new Uint8ClampedArray(rgba), width, height), 0, 0);
  return canvas.toDataURL('image/png');
}

/** Compute (or reuse) the heatmap for the current scope and cell size and store it. */
export async function computeHeatmap(store: AppStore, signal?: AbortSignal): Promise<HeatmapImage | null> {
  const s = store.getState();
  const doc = s.doc;
  const profileId = profileFor(doc, 'star');
  if (!profileId) return null;
  let scope = resolveScope(store, s.results.scope === 'project' ? 'viewport' : s.results.scope);
  if (scope.kind === 'project') scope = resolveScope(store, 'viewport');
  const box = scope.kind === 'area' ? areaBox(doc, scope.areaId!) : scope.bbox ?? null;
  if (!box) return null;
  const cellM = effectiveCellM(box, s.results.heatmapCellM);
  const region = scope.kind === 'area' ? { areaId: scope.areaId } : { bboxLonLat: box };
  const key = `${revisionKey(doc)}|${JSON.stringify(region)}|${cellM}|${profileId}`;
  let img = cache.get(key);
  if (!img) {
    const { raster } = await starClient().raster(doc, revisionKey(doc), { ...region, cellM, gridKind: 'lonlat', profileId }, { signal });
    const scale = raster.legend.coverageProbability;
    img = {
      key, url: toDataUrl(colourise(raster.coverageProbability, scale), raster.width, raster.height), corners: raster.georef.cornersLonLat,
      stops: scale.stops, title: scale.title, covered: raster.stats.coveredFraction, cellM,
    };
    if (cache.size > 8) cache.delete(cache.keys().next().value as string);
    cache.set(key, img);
  }
  if (store.getState().doc === doc) setResults(store, { heatmap: img });
  return img;
}
