import { afterEach, describe, expect, it } from 'vitest';
import { createNodeAnalysisPool } from '../../cli/node-pool';
import { createAnalysisClient } from '../../workers/clients/analysis-client';
import { JobCancelledError, type WorkerPool } from '../../workers/clients/worker-pool';
import type { AnalysisApi } from '../../workers/api/analysis-api';
import { compileProject } from '../../workers/engines/compile/compile-project';
import { neighbourStats } from '../../workers/engines/stats/neighbour-stats';
import { createEmptyProject, type Project } from '../../workers/model';

function gridProject(n: number): Project {
  const p = createEmptyProject('grid');
  const side = Math.ceil(Math.sqrt(n));
  return { ...p, meters: Array.from({ length: n }, (_, i) => ({ id: `m${i}`, lon: 139.5 + (i % side) * 0.0004, lat: 35.7 + Math.floor(i / side) * 0.0003 })) };
}

describe('analysis workers over worker_threads (comlink)', () => {
  let pool: WorkerPool<AnalysisApi> | undefined;
  afterEach(() => pool?.close());

  it('computes the same statistics as the engine run in-process, with progress and transferred typed arrays', async () => {
    const project = gridProject(20_000);
    pool = createNodeAnalysisPool(1);
    const progress: string[] = [];
    const run = await createAnalysisClient(pool).neighbourStats(project, 'r1', 120, { onProgress: (p) => progress.push(`${p.stage}:${p.done}/${p.total}`) });
    const s = compileProject(project);
    const local = neighbourStats({ xM: s.meters.xM, yM: s.meters.yM }, { radiusM: 120 });
    expect(run.stats.nearestM).toBeInstanceOf(Float32Array);
    expect(Array.from(run.stats.neighbourCount)).toEqual(Array.from(local.neighbourCount));
    expect(run.stats.summary).toEqual(local.summary);
    expect(progress.some((p) => p.startsWith('neighbours'))).toBe(true);
    expect(progress.at(-1)).toBe('neighbours:20000/20000');
  });

  it('reuses the compiled Scenario for the same revision key', async () => {
    pool = createNodeAnalysisPool(1);
    const client = createAnalysisClient(pool);
    const p = gridProject(5_000);
    await client.neighbourStats(p, 'same', 100);
    const again = await client.neighbourStats(p, 'same', 200);
    expect(again.timingsMs.compile).toBe(0);
  });

  it('cancels a running job, and the pool keeps working afterwards', async () => {
    pool = createNodeAnalysisPool(1);
    const client = createAnalysisClient(pool);
    const ac = new AbortController();
    const job = client.neighbourStats(gridProject(60_000), 'big', 5_000, { signal: ac.signal, onProgress: (p) => { if (p.stage === 'neighbours') ac.abort(); } });
    await expect(job).rejects.toBeInstanceOf(JobCancelledError);
    const after = await client.neighbourStats(gridProject(1_000), 'small', 100);
    expect(after.counts.meters).toBe(1_000);
  });

  it('queues jobs beyond the pool size and runs them all', async () => {
    pool = createNodeAnalysisPool(2);
    const client = createAnalysisClient(pool);
    const runs = await Promise.all([1, 2, 3, 4].map((k) => client.neighbourStats(gridProject(1000 * k), `q${k}`, 100)));
    expect(runs.map((r) => r.counts.meters)).toEqual([1000, 2000, 3000, 4000]);
    expect(pool.started).toBeLessThanOrEqual(2);
  });

  it('surfaces an engine error as a rejection and stays usable', async () => {
    pool = createNodeAnalysisPool(1);
    const client = createAnalysisClient(pool);
    await expect(client.neighbourStats(gridProject(10), 'bad', -5)).rejects.toThrow(/radiusM must be a positive/);
    expect((await client.neighbourStats(gridProject(10), 'ok', 50)).counts.meters).toBe(10);
  });
});
