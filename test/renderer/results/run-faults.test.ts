/**
 * The run controller under engine faults and cancellation at every stage:
 * the results slice is always consistent (running false, job null once the
 * run ends), earlier results are kept whole or replaced whole, and the
 * document is never touched. The engine call is injected (the worker
 * boundary); the store, project and entries are the real ones.
 */
import { describe, expect, it } from 'vitest';
import { JobCancelledError, WorkerDiedError } from '../../../workers/clients/worker-pool';
import { cancelRuns, isRunning, runMedia } from '../../../renderer/results/run-controller';
import type { MediumEntry, Medium, RunScope } from '../../../renderer/results/types';
import { createAppStore, type AppStore } from '../../../renderer/state/app-state';
import type { Project } from '../../../workers/model';
import { smallTown } from '../fixture';

function entryFor(doc: Project, medium: Medium, tag: number): MediumEntry {
  const n = doc.meters.length;
  return {
    medium, key: `k${tag}`, doc, scope: { kind: 'project' }, mode: 'full', loads: [], warnings: [], elapsedMs: tag, finishedAt: tag,
    meters: { count: n, simulated: n, serverIds: ['C1'], dailyReadSuccess: new Float32Array(n).fill(1), hops: new Float32Array(n).fill(1), marginDb: new Float32Array(n), reason: new Uint8Array(n), connected: new Uint8Array(n).fill(1), server: new Int32Array(n), parent: new Int32Array(n).fill(n) },
  };
}

/** An engine stand-in whose calls the test completes, fails or leaves hanging until cancelled. */
function controllableRunner() {
  const calls: { medium: Medium; resolve(e: MediumEntry): void; reject(e: unknown): void; doc: Project }[] = [];
  const runner = (doc: Project, medium: Medium, _scope: RunScope, control: { signal?: AbortSignal } = {}) => new Promise<MediumEntry>((resolve, reject) => {
    control.signal?.addEventListener('abort', () => reject(new JobCancelledError()), { once: true });
    calls.push({ medium, resolve, reject, doc });
  });
  return { runner, calls };
}
const tick = () => new Promise((r) => setTimeout(r, 0));
const consistentIdle = (store: AppStore) => {
  const r = store.getState().results;
  expect(r.running).toBe(false);
  expect(r.job).toBeNull();
  expect(isRunning()).toBe(false);
};

function seeded() {
  const store = createAppStore(smallTown());
  const doc = store.getState().doc;
  const old = { mesh: entryFor(doc, 'mesh', 1), plc: entryFor(doc, 'plc', 1) };
  store.set((s) => ({ results: { ...s.results, mesh: old.mesh, plc: old.plc } }));
  return { store, doc, old };
}

describe('engine faults', () => {
  it('a throwing engine leaves its message, keeps earlier results and the document; Run again succeeds', async () => {
    const { store, doc, old } = seeded();
    const { runner, calls } = controllableRunner();
    const run = runMedia(store, ['mesh'], { kind: 'project' }, { runner, confirmMemory: () => 'run' });
    calls[0].reject(new RangeError('the project has no mesh technology profile'));
    await run;
    consistentIdle(store);
    expect(store.getState().results.errors.mesh).toBe('the project has no mesh technology profile');
    expect(store.getState().results.mesh).toBe(old.mesh);
    expect(store.getState().doc).toBe(doc);
    expect(store.canUndo).toBe(false);
    const again = runMedia(store, ['mesh'], { kind: 'project' }, { runner, confirmMemory: () => 'run' });
    const fresh = entryFor(doc, 'mesh', 2);
    calls[1].resolve(fresh);
    await again;
    expect(store.getState().results.mesh).toBe(fresh);
    expect(store.getState().results.errors.mesh).toBeUndefined();
  });

  it('a worker that dies mid-run is reported per medium and the next medium still runs', async () => {
    const { store, old } = seeded();
    const { runner, calls } = controllableRunner();
    const run = runMedia(store, ['mesh', 'plc'], { kind: 'project' }, { runner, confirmMemory: () => 'run' });
    calls[0].reject(new WorkerDiedError(new Error('out of memory')));
    await tick();
    const plc = entryFor(calls[1].doc, 'plc', 3);
    calls[1].resolve(plc);
    await run;
    consistentIdle(store);
    const r = store.getState().results;
    expect(r.errors.mesh).toBe('the worker stopped unexpectedly: out of memory');
    expect(r.mesh).toBe(old.mesh);
    expect(r.plc).toBe(plc);
  });
});

describe('cancelling at every stage', () => {
  it('while the memory question is open: nothing runs and nothing changes', async () => {
    const { store, old } = seeded();
    const { runner, calls } = controllableRunner();
    let answer: (d: 'cancel') => void = () => undefined;
    const run = runMedia(store, ['mesh'], { kind: 'project' }, { runner, confirmMemory: () => new Promise((r) => { answer = r; }) });
    expect(isRunning()).toBe(false);
    answer('cancel');
    await run;
    expect(calls).toHaveLength(0);
    consistentIdle(store);
    expect(store.getState().results.mesh).toBe(old.mesh);
  });

  for (const stage of [0, 1] as const) {
    it(`during medium ${stage + 1} of 2: finished media are stored whole, the rest keep their earlier results`, async () => {
      const { store, doc, old } = seeded();
      const { runner, calls } = controllableRunner();
      const run = runMedia(store, ['mesh', 'plc'], { kind: 'project' }, { runner, confirmMemory: () => 'run' });
      expect(store.getState().results.running).toBe(true);
      expect(store.getState().results.job).not.toBeNull();
      let fresh: MediumEntry | null = null;
      if (stage === 1) { fresh = entryFor(doc, 'mesh', 5); calls[0].resolve(fresh); await tick(); }
      expect(cancelRuns()).toBe(true);
      await run;
      consistentIdle(store);
      const r = store.getState().results;
      expect(r.mesh).toBe(stage === 1 ? fresh : old.mesh);
      expect(r.plc).toBe(old.plc);
      expect(r.errors).toEqual({});
      expect(store.getState().doc).toBe(doc);
    });
  }

  it('a new run supersedes the running one; only the new one writes', async () => {
    const { store, doc, old } = seeded();
    const { runner, calls } = controllableRunner();
    const first = runMedia(store, ['mesh'], { kind: 'project' }, { runner, confirmMemory: () => 'run' });
    const second = runMedia(store, ['plc'], { kind: 'project' }, { runner, confirmMemory: () => 'run' });
    await first;
    expect(store.getState().results.running).toBe(true); // the second still runs
    const plc = entryFor(doc, 'plc', 9);
    calls[1].resolve(plc);
    await second;
    consistentIdle(store);
    expect(store.getState().results.mesh).toBe(old.mesh);
    expect(store.getState().results.plc).toBe(plc);
  });

  it('"Run on the visible extent" without a map runs the whole project and can still be cancelled', async () => {
    const { store } = seeded();
    const { runner, calls } = controllableRunner();
    const run = runMedia(store, ['mesh'], undefined, { runner, confirmMemory: () => 'viewport' });
    await tick();
    expect(calls).toHaveLength(1);
    cancelRuns();
    await run;
    consistentIdle(store);
  });
});
