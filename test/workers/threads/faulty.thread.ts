/**
 * A worker_thread for fault injection (test/workers/worker-faults.test.ts):
 * each method fails in one way a real engine worker can: it throws, exits
 * the thread, crashes outside any call, or hangs (busy or idle).
 */
import { threadId } from 'node:worker_threads';
import { exposeToParent } from '../../../cli/threads/expose-thread';

/** The fault-injection API. */
export const faultyApi = {
  /** Answers normally: which thread ran it, and the input back. */
  echo: (x: number) => ({ threadId, x }),
  /** The engine throws: comlink carries the error back; the worker lives on. */
  fail: (message: string): never => {
    throw new RangeError(message);
  },
  /** The worker calls process.exit mid-job (in a worker_thread this ends the thread only). */
  exit: (code: number): Promise<never> => {
    setTimeout(() => process.exit(code), 5);
    return new Promise<never>(() => undefined);
  },
  /** An uncaught error outside the call (a timer callback): the thread dies. */
  crashLater: (ms: number): Promise<never> => {
    setTimeout(() => {
      throw new Error('uncaught error in a worker timer');
    }, ms);
    return new Promise<never>(() => undefined);
  },
  /** A busy loop that never polls a cancel flag. */
  spin: (): number => {
    let i = 0;
    for (;;) i = (i + 1) | 0;
  },
  /** A job that never settles but leaves the event loop free. */
  stall: (): Promise<never> => new Promise<never>(() => undefined),
  /** A loop that polls the shared cancel flag, like a real engine, and stops when it is set. */
  cooperative: (flag: Int32Array | null): string => {
    for (;;) if (flag && Atomics.load(flag, 0) === 1) return 'stopped';
  },
};

export type FaultyApi = typeof faultyApi;

exposeToParent(faultyApi, 'faulty.thread');
