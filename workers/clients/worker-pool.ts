/**
 * A pool of comlink-wrapped workers, usable from a browser main thread and
 * from Node (worker_threads): the caller injects how a worker is created.
 * Jobs queue when all workers are busy. Cancellation sets a shared-memory flag
 * the engine polls; if the worker has not stopped after a grace period (or
 * shared memory is unavailable), the worker is terminated and replaced.
 * A worker that dies (an uncaught error, `process.exit`, a failed load)
 * rejects its job with {@link WorkerDiedError} and is replaced; the pool
 * keeps serving the queue.
 */
import { wrap, type Endpoint, type Remote } from 'comlink';

/** A started worker as the pool sees it. */
export interface PooledWorker {
  endpoint: Endpoint;
  terminate(): void;
  /**
   * Register the pool's listener for the worker's death (Node: the Worker's
   * 'error' and 'exit' events). Optional: without it, a browser `Worker`
   * endpoint's 'error' event counts as death.
   */
  onDeath?(listener: (reason: Error) => void): void;
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

/**
 * Whether a rejection means the job was cancelled (not failed): our
 * JobCancelledError (also by name, after crossing a worker boundary), the
 * engines' CancelledError, or an AbortError.
 */
export function isCancellation(e: unknown): boolean {
  return e instanceof JobCancelledError || ['JobCancelledError', 'CancelledError', 'AbortError'].includes((e as Error)?.name);
}

/** Rejection reason of a job whose worker died under it; the pool has already replaced the worker. */
export class WorkerDiedError extends Error {
  constructor(readonly reason: Error) {
    super(`the worker stopped unexpectedly: ${reason.message}`);
    this.name = 'WorkerDiedError';
  }
}

interface Slot<T> {
  worker: PooledWorker;
  remote: Remote<T>;
  busy: boolean;
  /** Rejects when the worker dies (never resolves). */
  died: Promise<never>;
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
  private readonly waiting: { resolve(slot: Slot<T>): void; reject(e: Error): void }[] = [];
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
    const slot = await this.acquire(signal);
    if (signal?.aborted) {
      // Aborted between getting the slot and starting: an abort listener added now would never fire.
      this.release(slot);
      throw new JobCancelledError();
    }
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
      return await Promise.race([work, cancelled, slot.died]);
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      work.then(() => this.release(slot), () => this.release(slot));
    }
  }

  /** Terminate every worker; pending and future jobs fail. */
  close(): void {
    this.closed = true;
    for (const s of this.slots.splice(0)) s.worker.terminate();
    for (const w of this.waiting.splice(0)) w.reject(new Error('worker pool is closed'));
  }

  /** A free slot; a job queued for one leaves the queue (JobCancelledError) when `signal` aborts. */
  private acquire(signal?: AbortSignal): Promise<Slot<T>> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    const free = this.slots.find((s) => !s.busy);
    if (free) { free.busy = true; return Promise.resolve(free); }
    if (this.slots.length < this.size) return Promise.resolve(this.spawn());
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new JobCancelledError());
      };
      const entry = {
        resolve: (slot: Slot<T>) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(slot);
        },
        reject: (e: Error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      this.waiting.push(entry);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Start a worker in a new busy slot, watching for its death. */
  private spawn(): Slot<T> {
    const worker = this.options.create();
    let die: (e: Error) => void = () => undefined;
    const died = new Promise<never>((_, reject) => {
      die = reject;
    });
    died.catch(() => undefined);
    const slot: Slot<T> = { worker, remote: wrap<T>(worker.endpoint), busy: true, died };
    let dead = false;
    const onDeath = (reason: Error) => {
      if (dead) return;
      dead = true;
      die(new WorkerDiedError(reason));
      // An expected termination (cancel, close) has already removed the slot.
      if (this.slots.includes(slot)) this.replace(slot);
    };
    if (worker.onDeath) worker.onDeath(onDeath);
    else watchBrowserWorker(worker.endpoint, onDeath);
    this.slots.push(slot);
    return slot;
  }

  private release(slot: Slot<T>): void {
    if (!this.slots.includes(slot)) return;
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else slot.busy = false;
  }

  /** Kill a stuck or dead worker and, if a job is waiting, start a fresh one for it. */
  private replace(slot: Slot<T>): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    slot.worker.terminate();
    const next = this.waiting.shift();
    if (!next || this.closed) return;
    try {
      next.resolve(this.spawn());
    } catch (e) {
      next.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }
}

/** Without an `onDeath` hook, a browser `Worker`'s 'error' event (failed load, uncaught error) is taken as its death. */
function watchBrowserWorker(endpoint: Endpoint, onDeath: (reason: Error) => void): void {
  if (typeof Worker === 'undefined' || !(endpoint instanceof Worker)) return;
  endpoint.addEventListener('error', (e: ErrorEvent) => onDeath(new Error(e.message || 'worker error')));
}
