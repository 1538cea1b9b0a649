/**
 * Main-thread facade over the star workers: star runs per meter and coverage
 * rasters, with progress and cancellation via AbortSignal. Typed arrays arrive
 * transferred. The browser pool factory is `createBrowserStarPool`; the CLI
 * uses cli/star-pool.ts.
 */
import { proxy } from 'comlink';
import type { StarApi, StarRasterApiRequest, StarRasterRun, StarRun, StarRunOptions } from '../api/star-api';
import type { Project } from '../model';
import type { Progress } from '../engines/run-control';
import { WorkerPool } from './worker-pool';

export type { StarRasterApiRequest, StarRasterRun, StarRun, StarRunOptions } from '../api/star-api';
export type { StarRaster, StarResult, StarRasterLegend, ColourScale, RasterGeoref } from '../engines/star';
export { STAR_REASONS } from '../engines/star/engine';
export { colourise } from '../engines/star/legend';

export interface StarRunControl {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/** Facade for star runs on a pool of star workers. */
export interface StarClient {
  /** Per-meter best server, margin, coverage probability, capacity and daily read success. */
  run(project: Project, revisionKey: string, options?: StarRunOptions, control?: StarRunControl): Promise<StarRun>;
  /** Coverage raster over an area or the viewport (cached in the worker by a hash of the inputs). */
  raster(project: Project, revisionKey: string, request: StarRasterApiRequest, control?: StarRunControl): Promise<StarRasterRun>;
}

export function createStarClient(pool: WorkerPool<StarApi>): StarClient {
  return {
    run(project, revisionKey, options = {}, control = {}) {
      const progress = control.onProgress ? proxy(control.onProgress) : undefined;
      return pool.run((remote, flag) => remote.run(project, revisionKey, options, flag, progress), control.signal);
    },
    raster(project, revisionKey, request, control = {}) {
      const progress = control.onProgress ? proxy(control.onProgress) : undefined;
      return pool.run((remote, flag) => remote.raster(project, revisionKey, request, flag, progress), control.signal);
    },
  };
}

/** A pool of module Web Workers running workers/star.worker.ts (browser only). */
export function createBrowserStarPool(size = Math.min(2, navigator.hardwareConcurrency || 2)): WorkerPool<StarApi> {
  return new WorkerPool<StarApi>({
    size,
    create: () => {
      const worker = new Worker(new URL('../star.worker.ts', import.meta.url), { type: 'module', name: 'fanplan-star' });
      return { endpoint: worker, terminate: () => worker.terminate() };
    },
  });
}
