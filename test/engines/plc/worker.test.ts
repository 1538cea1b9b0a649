import { afterEach, describe, expect, it } from 'vitest';
import { createNodePlcPool } from '../../../cli/plc-pool';
import type { PlcApi } from '../../../workers/api/plc-api';
import { createPlcClient } from '../../../workers/clients/plc-client';
import { JobCancelledError, type WorkerPool } from '../../../workers/clients/worker-pool';
import { generateDemoProject } from '../../../workers/engines/demo';
import { plcInputFromProject, runPlc } from '../../../workers/engines/plc';
import { plcProfile } from './helpers';

const project = generateDemoProject({ seed: 2, meters: 2000 });

describe('PLC worker over worker_threads (comlink)', () => {
  let pool: WorkerPool<PlcApi> | undefined;
  afterEach(() => pool?.close());

  it('returns the in-process result with transferred typed arrays, progress, and input caching per revision', async () => {
    pool = createNodePlcPool(1);
    const client = createPlcClient(pool);
    const stages = new Set<string>();
    const run = await client.run(project, 'r1', { profileId: 'plc-g3-arib' }, { onProgress: (p) => stages.add(p.stage) });
    const local = runPlc(plcInputFromProject(project), { profile: plcProfile('plc-g3-arib'), settings: project.settings });
    expect(run.result.meters.dailyReadSuccess).toBeInstanceOf(Float32Array);
    expect(Array.from(run.result.meters.dailyReadSuccess)).toEqual(Array.from(local.meters.dailyReadSuccess));
    expect(Array.from(run.result.meters.parent)).toEqual(Array.from(local.meters.parent));
    expect(Array.from(run.result.segments.feederMinSnrDb)).toEqual(Array.from(local.segments.feederMinSnrDb));
    expect(run.result.summary).toEqual(local.summary);
    for (const s of ['topology', 'channel', 'routing', 'reliability']) expect(stages.has(s)).toBe(true);
    const again = await client.run(project, 'r1', { profileId: 'plc-g3-cenelec-a' });
    expect(again.timingsMs.compile).toBe(0);
    expect(again.result.band).toBe('cenelec-a');
    await expect(client.run(project, 'r1', { profileId: 'nope' })).rejects.toThrow(/no PLC profile/);
  });

  it('stops a cancelled run', async () => {
    pool = createNodePlcPool(1);
    const ac = new AbortController();
    const p = createPlcClient(pool).run(project, 'r2', {}, { signal: ac.signal, onProgress: () => ac.abort() });
    await expect(p).rejects.toBeInstanceOf(JobCancelledError);
  });
});
