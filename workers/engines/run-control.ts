/**
 * Progress reporting and cooperative cancellation for long engine runs
 * (DESIGN.md §3): engines call {@link checkpoint} between chunks.
 */

/** Where a run is: a named stage and how far through it. */
export interface Progress {
  stage: string;
  done: number;
  total: number;
}

/** Optional hooks an engine receives from its caller. */
export interface RunControl {
  progress?: (p: Progress) => void;
  /** True once the caller has asked the run to stop. */
  isCancelled?: () => boolean;
}

/** Thrown by an engine that stopped because its run was cancelled. */
export class CancelledError extends Error {
  constructor(stage = '') {
    super(stage ? `cancelled during ${stage}` : 'cancelled');
    this.name = 'CancelledError';
  }
}

/** Report progress and stop if cancelled. Call between chunks, not per item. */
export function checkpoint(control: RunControl | undefined, stage: string, done: number, total: number): void {
  if (control?.isCancelled?.()) throw new CancelledError(stage);
  control?.progress?.({ stage, done, total });
}

/** A cancel flag backed by shared memory where available (set from another thread). */
export function flagCancelled(flag: Int32Array | null | undefined): () => boolean {
  return () => (flag ? Atomics.load(flag, 0) !== 0 : false);
}
