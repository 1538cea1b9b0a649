/**
 * Cancelling at any stage leaves the workers consistent (RELIABILITY.md §4):
 * compile (analysis), mesh and star runs over worker_threads are cancelled at
 * random progress events (fast-check picks which), and the next run with the
 * same revision key, on the same worker and its caches, must equal a run on
 * a fresh pool.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeAnalysisPool, createNodePool } from '../../cli/node-pool';
import { createNodeStarPool } from '../../cli/star-pool';
import type { AnalysisApi } from '../../workers/api/analysis-api';
import type { MeshApi } from '../../workers/api/mesh-api';
import type { StarApi } from '../../workers/api/star-api';
import { createAnalysisClient } from '../../workers/clients/analysis-client';
import { createMeshClient } from '../../workers/clients/mesh-client';
import { createStarClient } from '../../workers/clients/star-client';
import { JobCancelledError, type WorkerPool } from '../../workers/clients/worker-pool';
import { generateDemoProject } from '../../workers/engines/demo/generate';
import type { Progress } from '../../workers/engines/run-control';

/** Cancel points per engine; recorded in RELIABILITY.md. */
export const CANCELS_PER_ENGINE = 3;

const pools: WorkerPool<unknown>[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.close();
});
const keep = <T>(p: WorkerPool<T>) => (pools.push(p as WorkerPool<unknown>), p);

/** Cancel picks: when to abort, as a fraction of a full run's duration (fast-check, fixed seed per engine). */
const picks = (seed: number) => fc.sample(fc.noBias(fc.integer({ min: 3, max: 97 })), { numRuns: CANCELS_PER_ENGINE, seed }).map((p) => p / 100);

/**
 * Time one full run of `job`, then for each pick run it on the same pool with
 * an abort at that point of the run (compile, links, routing...: whatever
 * stage it has reached), and check that the next run equals `fresh`.
 * Returns the stage each cancel hit (the last progress seen).
 */
async function cancelAndRerun<R>(job: (key: string, signal: AbortSignal | undefined, onProgress: (p: Progress) => void) => Promise<R>, same: (a: R) => unknown, fresh: R, seed: number): Promise<string[]> {
  await job('warm-up', undefined, () => undefined);
  const t0 = performance.now();
  await job('timing', undefined, () => undefined);
  const fullMs = performance.now() - t0;
  const stages: string[] = [];
  for (const [i, f] of picks(seed).entries()) {
    // A new revision key per cancel: the cancelled run compiles (and may be cut mid-compile), and the rerun uses its cache.
    const key = `cancel-${i}`;
    const ac = new AbortController();
    let last = 'start';
    const timer = setTimeout(() => ac.abort(), f * fullMs);
    const outcome = await job(key, ac.signal, (p) => { last = `${p.stage} ${p.done}/${p.total}`; }).then(() => 'finished', (e: unknown) => e);
    clearTimeout(timer);
    stages.push(`${outcome === 'finished' ? 'finished' : `cancelled after progress "${last}"`} (abort at ${(f * fullMs).toFixed(0)} of ${fullMs.toFixed(0)} ms)`);
    expect(outcome === 'finished' || outcome instanceof JobCancelledError).toBe(true);
    expect(same(await job(key, undefined, () => undefined))).toEqual(same(fresh));
  }
  return stages;
}

describe('cancel at random stages, then run again', () => {
  const project = generateDemoProject({ seed: 4, meters: 1500 });

  it('compile + neighbour statistics (analysis worker)', async () => {
    const fresh = await createAnalysisClient(keep(createNodeAnalysisPool(1))).neighbourStats(project, 'r', 150);
    const client = createAnalysisClient(keep(createNodeAnalysisPool(1)));
    const stages = await cancelAndRerun((key, signal, onProgress) => client.neighbourStats(project, key, 150, { signal, onProgress }),
      (r) => [Array.from(r.stats.neighbourCount), r.stats.summary, r.counts], fresh, 11);
    console.info(`analysis: ${stages.join('; ')}`);
  });

  it('mesh run (mesh worker, with its scenario cache and incremental state)', async () => {
    const fresh = await createMeshClient(keep(createNodePool<MeshApi>('mesh', 1))).run(project, 'r', { resilience: false });
    const client = createMeshClient(keep(createNodePool<MeshApi>('mesh', 1)));
    const stages = await cancelAndRerun((key, signal, onProgress) => client.run(project, key, { resilience: false }, { signal, onProgress }),
      (r) => [Array.from(r.perMeter.parent), Array.from(r.perMeter.reason), Array.from(r.perMeter.dailyReadSuccess)], fresh, 12);
    console.info(`mesh: ${stages.join('; ')}`);
  });

  it('star run (star worker, with its scenario cache)', async () => {
    const options = { profileId: 'star-lorawan-as923' };
    const fresh = await createStarClient(keep(createNodeStarPool(1))).run(project, 'r', options);
    const client = createStarClient(keep(createNodeStarPool(1)));
    const stages = await cancelAndRerun((key, signal, onProgress) => client.run(project, key, options, { signal, onProgress }),
      (r) => [Array.from(r.result.meters.servers), Array.from(r.result.meters.dailyReadSuccess), r.result.summary], fresh, 13);
    console.info(`star: ${stages.join('; ')}`);
  });
});

// Typed references keep the API imports meaningful for readers; the pools above are created through them.
export type Apis = [AnalysisApi, MeshApi, StarApi];
