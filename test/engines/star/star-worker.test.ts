import { afterEach, describe, expect, it } from 'vitest';
import { createNodeStarPool } from '../../../cli/star-pool';
import { createStarClient } from '../../../workers/clients/star-client';
import type { StarApi } from '../../../workers/api/star-api';
import { JobCancelledError, type WorkerPool } from '../../../workers/clients/worker-pool';
import { runStar } from '../../../workers/engines/star/engine';
import { gridProject, scenarioOf } from './helpers';

describe('star worker over worker_threads (comlink)', () => {
  let pool: WorkerPool<StarApi> | undefined;
  afterEach(() => pool?.close());

  it('returns the same per-meter results as the engine in-process, with progress and typed arrays', async () => {
    const project = gridProject({ n: 2500, spacingDeg: 0.0008, areaClass: 'dense-residential', indoorEvery: 4 });
    pool = createNodeStarPool(1);
    const stages = new Set<string>();
    const run = await createStarClient(pool).run(project, 'r1', { profileId: 'star-lorawan-as923' }, { onProgress: (p) => stages.add(p.stage) });
    const local = runStar(scenarioOf(project), { profileId: 'star-lorawan-as923' });
    expect(run.result.meters.dailyReadSuccess).toBeInstanceOf(Float32Array);
    expect(Array.from(run.result.meters.dailyReadSuccess)).toEqual(Array.from(local.meters.dailyReadSuccess));
    expect(Array.from(run.result.meters.servers)).toEqual(Array.from(local.meters.servers));
    expect(run.result.summary).toEqual(local.summary);
    expect(stages.has('best server')).toBe(true);
  });

  it('caches rasters by a hash of the inputs and returns intact copies', async () => {
    const project = gridProject({ n: 100, spacingDeg: 0.002, areaClass: 'suburban' });
    pool = createNodeStarPool(1);
    const client = createStarClient(pool);
    const req = { profileId: 'star-nb-iot', areaId: 'A', cellM: 50 };
    const a = await client.raster(project, 'rev', req);
    const b = await client.raster(project, 'rev', req);
    const c = await client.raster(project, 'rev', { ...req, cellM: 60 });
    expect(a.cacheHit).toBe(false);
    expect(b.cacheHit).toBe(true);
    expect(c.cacheHit).toBe(false);
    expect(b.key).toBe(a.key);
    expect(Array.from(b.raster.coverageProbability)).toEqual(Array.from(a.raster.coverageProbability));
    expect(a.raster.georef.cornersLonLat).toHaveLength(4);
  });

  it('cancels a long run and stays usable', async () => {
    pool = createNodeStarPool(1);
    const client = createStarClient(pool);
    const ac = new AbortController();
    const job = client.run(gridProject({ n: 200_000, spacingDeg: 0.0001 }), 'big', { profileId: 'star-nb-iot' }, { signal: ac.signal, onProgress: (p) => { if (p.stage === 'best server') ac.abort(); } });
    await expect(job).rejects.toBeInstanceOf(JobCancelledError);
    const after = await client.run(gridProject({ n: 50 }), 'small', { profileId: 'star-nb-iot' });
    expect(after.result.meters.count).toBe(50);
  });

  it('surfaces engine errors as rejections', async () => {
    pool = createNodeStarPool(1);
    await expect(createStarClient(pool).run(gridProject({ n: 5 }), 'x', { profileId: 'nope' })).rejects.toThrow(/no star profile with id nope/);
  });
});
