import { afterEach, describe, expect, it } from 'vitest';
import { createNodePool } from '../../cli/node-pool';
import type { MeshApi } from '../../workers/api/mesh-api';
import { createMeshClient } from '../../workers/clients/mesh-client';
import { generateDemoProject } from '../../workers/engines/demo/generate';
import type { WorkerPool } from '../../workers/clients/worker-pool';

describe('mesh worker over worker_threads', () => {
  let pool: WorkerPool<MeshApi> | undefined;
  afterEach(() => pool?.close());

  it('runs, then follows a collector move incrementally with the same result as a full run', async () => {
    pool = createNodePool<MeshApi>('mesh', 1);
    const client = createMeshClient(pool);
    const p = generateDemoProject({ seed: 4, meters: 4000 });
    const first = await client.run(p, 'r1', { resilience: false });
    expect(first.perMeter.dailyReadSuccess).toBeInstanceOf(Float32Array);
    const moved = { ...p, collectors: p.collectors.map((c, i) => (i === 2 ? { ...c, lon: c.lon + 0.001 } : c)) };
    const inc = await client.moveCollector(moved, 'r2', 'r1', moved.collectors[2].id, { resilience: false });
    expect(inc.mode).toBe('incremental');
    expect(inc.compileMs).toBeLessThan(first.compileMs + 1);
    const full = await client.run(moved, 'r3', { resilience: false });
    expect(Array.from(inc.perMeter.parent)).toEqual(Array.from(full.perMeter.parent));
    expect(Array.from(inc.perMeter.reason)).toEqual(Array.from(full.perMeter.reason));
    // a stale previous key falls back to a full run
    const fallback = await client.moveCollector(moved, 'r4', 'nope', moved.collectors[2].id, { resilience: false });
    expect(fallback.mode).toBe('full');
  });
});
