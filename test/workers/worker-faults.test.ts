/**
 * Engine faults at the pool level (RELIABILITY.md §4): real worker_threads
 * that throw, exit, crash outside a call or hang. Each fault must reject the
 * job it hit with a clear error, never hang it, and leave the pool serving
 * the next job (on a fresh worker where the old one died).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createThreadPool } from '../../cli/node-pool';
import { JobCancelledError, WorkerDiedError, type WorkerPool } from '../../workers/clients/worker-pool';
import type { FaultyApi } from './threads/faulty.thread';

const ENTRY = new URL('./threads/faulty.thread.ts', import.meta.url).href;
let pool: WorkerPool<FaultyApi> | undefined;
afterEach(() => pool?.close());

const echo = (p: WorkerPool<FaultyApi>, x: number) => p.run((r) => r.echo(x));

describe('worker faults over worker_threads', () => {
  it('an engine that throws: the job rejects with the error, the same worker serves the next job', async () => {
    pool = createThreadPool<FaultyApi>(ENTRY, 1);
    const before = await echo(pool, 1);
    await expect(pool.run((r) => r.fail('engine input is nonsense'))).rejects.toThrow('engine input is nonsense');
    const after = await echo(pool, 2);
    expect(after).toEqual({ threadId: before.threadId, x: 2 });
  });

  it.each([
    ['process.exit(3)', (p: WorkerPool<FaultyApi>) => p.run((r) => r.exit(3)), /exited with code 3/],
    ['process.exit(0)', (p: WorkerPool<FaultyApi>) => p.run((r) => r.exit(0)), /exited with code 0/],
    ['an uncaught error in a timer', (p: WorkerPool<FaultyApi>) => p.run((r) => r.crashLater(5)), /uncaught error in a worker timer/],
  ])('a worker that dies (%s): the job rejects with WorkerDiedError, a fresh worker serves the next job', async (_name, fault, why) => {
    pool = createThreadPool<FaultyApi>(ENTRY, 1);
    const before = await echo(pool, 1);
    const err = await fault(pool).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerDiedError);
    expect((err as Error).message).toMatch(why);
    const after = await echo(pool, 2);
    expect(after.x).toBe(2);
    expect(after.threadId).not.toBe(before.threadId);
    expect(pool.started).toBe(1);
  });

  it('a death fails only the job on that worker; queued jobs run on the replacement', async () => {
    pool = createThreadPool<FaultyApi>(ENTRY, 1);
    const crash = pool.run((r) => r.crashLater(20));
    const queued = [3, 4, 5].map((x) => echo(pool!, x));
    await expect(crash).rejects.toBeInstanceOf(WorkerDiedError);
    expect((await Promise.all(queued)).map((r) => r.x)).toEqual([3, 4, 5]);
  });

  it('a worker that hangs in a busy loop is terminated on cancel, and the pool goes on', async () => {
    pool = createThreadPool<FaultyApi>(ENTRY, 1, 50);
    const ac = new AbortController();
    const hung = pool.run((r) => r.spin(), ac.signal);
    setTimeout(() => ac.abort(), 50);
    await expect(hung).rejects.toBeInstanceOf(JobCancelledError);
    expect((await echo(pool, 7)).x).toBe(7);
  });

  it('a cooperative engine stops on the cancel flag and keeps its worker', async () => {
    pool = createThreadPool<FaultyApi>(ENTRY, 1, 5_000);
    const { threadId } = await echo(pool, 0);
    const ac = new AbortController();
    const job = pool.run((r, flag) => r.cooperative(flag), ac.signal);
    setTimeout(() => ac.abort(), 30);
    await expect(job).rejects.toBeInstanceOf(JobCancelledError);
    expect(await echo(pool, 1)).toEqual({ threadId, x: 1 });
  });

  it('a job cancelled while queued never runs, and close() fails queued jobs instead of hanging them', async () => {
    pool = createThreadPool<FaultyApi>(ENTRY, 1, 20);
    const ac = new AbortController();
    const stalled = pool.run((r) => r.stall(), ac.signal);
    let ran = false;
    const queued = pool.run((r) => {
      ran = true;
      return r.echo(1);
    }, ac.signal);
    const other = echo(pool, 2);
    ac.abort();
    await expect(queued).rejects.toBeInstanceOf(JobCancelledError);
    await expect(stalled).rejects.toBeInstanceOf(JobCancelledError);
    expect((await other).x).toBe(2);
    expect(ran).toBe(false);
    const busy = pool.run((r) => r.stall());
    const waiting = echo(pool, 3);
    pool.close();
    const [b, w] = await Promise.allSettled([busy, waiting]);
    expect(b.status === 'rejected' && b.reason).toBeInstanceOf(WorkerDiedError);
    expect(w.status === 'rejected' && (w.reason as Error).message).toMatch(/closed/);
  });

  it('a thread whose module fails to load rejects each job instead of hanging', async () => {
    pool = createThreadPool<FaultyApi>(new URL('./threads/missing.thread.ts', import.meta.url).href, 1);
    await expect(echo(pool, 1)).rejects.toBeInstanceOf(WorkerDiedError);
    await expect(echo(pool, 2)).rejects.toBeInstanceOf(WorkerDiedError);
  });
});
