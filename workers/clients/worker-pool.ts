/**
 * A pool of comlink-wrapped workers, usable from a browser main thread and
 * from Node (worker_threads): the caller injects how a worker is created.
 * Jobs queue when all workers are busy. Cancellation sets a shared-memory flag
 * the engine polls; if the worker has not stopped after a grace period (or
 * shared memory is unavailable), the worker is terminated and replaced.
 */
import { wrap, type Endpoint, type Remote } from 'comlink';

/** A started worker as the pool sees it. */
export interface PooledWorker {
  endpoint: Endpoint;
  terminate(): void;
}

export interface WorkerPoolOptions {
  /** Start one worker. */
  create: () => PooledWorker;
  /** Maximum concurrent workers (default 2: the target machines have 2 cores). */
  size?: number;
  /** How long a cancelled job may take to stop on its own before its worker is terminated. */
  cancelGraceMs?: number;
}

/** Rejection reason of a cancelled job. */
export class JobCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelledError';
  }
}

interface Slot<T> {
  worker: PooledWorker;
  remote: Remote<T>;
  busy: boolean;
}

/** Shared-memory cancel flag when the environment allows it (cross-origin isolated pages, Node). */
export function createCancelFlag(): Int32Array | null {
  try {
    if (typeof SharedArrayBuffer === 'undefined') return null;
    if (typeof globalThis.crossOriginIsolated === 'boolean' && !globalThis.crossOriginIsolated) return null;
    return new Int32Array(new SharedArrayBuffer(4));
  } catch {
    return null;
  }
}

export class WorkerPool<T> {
  private readonly slots: Slot<T>[] = [];
  private readonly waiting: ((slot: Slot<T>) => void)[] = [];
  private readonly size: number;
  private readonly graceMs: number;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    this.size = Math.max(1, options.size ?? 2);
    this.graceMs = options.cancelGraceMs ?? 1500;
  }

  /** Workers currently started. */
  get started(): number {
    return this.slots.length;
  }

  /**
   * Run `job` on a free worker. `job` receives the remote API and a cancel
   * flag to pass to the worker. Aborting `signal` rejects with JobCancelledError.
   */
  async run<R>(job: (remote: Remote<T>, cancelFlag: Int32Array | null) => Promise<R>, signal?: AbortSignal): Promise<R> {
    if (signal?.aborted) throw new JobCancelledError();
    const slot = await this.acquire();
    const flag = createCancelFlag();
    let onAbort: (() => void) | undefined;
    const cancelled = new Promise<never>((_, reject) => {
      onAbort = () => {
        if (flag) Atomics.store(flag, 0, 1);
        const timer = setTimeout(() => this.replace(slot), flag ? this.graceMs : 0);
        reject(new JobCancelledError());
        work.finally(() => clearTimeout(timer)).catch(() => undefined);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    const work = job(slot.remote, flag);
    try {
      return await Promise.race([work, cancelled]);
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      work.then(() => this.release(slot), () => this.release(slot));
    }
  }

  /** Terminate every worker; pending and future jobs fail. */
  close(): void {
    this.closed = true;
    for (const s of this.slots.splice(0)) s.worker.terminate();
  }

  private acquire(): Promise<Slot<T>> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    const free = this.slots.find((s) => !s.busy);
    if (free) { free.busy = true; return Promise.resolve(free); }
    if (this.slots.length < this.size) {
      const worker = this.options.create();
      const slot: Slot<T> = { worker, remote: wrap<T>(worker.endpoint), busy: true };
      this.slots.push(slot);
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot<T>): void {
    if (!this.slots.includes(slot)) return;
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  /** Kill a stuck worker and put a fresh one in its place. */
  private replace(slot: Slot<T>): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    slot.worker.terminate();
    this.slots.splice(i, 1);
    const next = this.waiting.shift();
    if (next && !this.closed) {
      const worker = this.options.create();
      const fresh: Slot<T> = { worker, remote: wrap<T>(worker.endpoint), busy: true };
      this.slots.push(fresh);
      next(fresh);
    }
  }
}
