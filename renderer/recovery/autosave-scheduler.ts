/**
 * When to write the recovery copy: a debounce with a ceiling. A write starts
 * `quietMs` after the last change, but never later than `maxWaitMs` after the
 * first change not yet written (continuous editing still gets a copy). Only
 * one write runs at a time: a change during a write schedules the next one
 * after it. Timers and the clock are injected so tests need no real time.
 */

/** Timer functions (window's by default). */
export interface SchedulerTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of {@link createAutosaveScheduler}. */
export interface AutosaveSchedulerOptions {
  /** Quiet time after the last change, ms (default 30 s). */
  quietMs?: number;
  /** Longest wait after the first unwritten change, ms (default 60 s). */
  maxWaitMs?: number;
  /** Write the copy; a rejection is reported to `onError` and the change stays pending. */
  write(): Promise<void>;
  onError?(e: unknown): void;
  timers?: SchedulerTimers;
}

/** The scheduler's controls. */
export interface AutosaveScheduler {
  /** The document changed (still unsaved). */
  changed(): void;
  /** Drop pending work (the document is saved or replaced); resolves when no write is in flight. */
  cancel(): Promise<void>;
  /** True while a change waits for its write. */
  readonly pending: boolean;
  /** True while a write runs. */
  readonly writing: boolean;
}

/** Default quiet time after the last change, ms. */
export const AUTOSAVE_QUIET_MS = 30_000;
/** Default ceiling during continuous editing, ms. */
export const AUTOSAVE_MAX_WAIT_MS = 60_000;

const windowTimers: SchedulerTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Create a scheduler; it does nothing until {@link AutosaveScheduler.changed} is called. */
export function createAutosaveScheduler(options: AutosaveSchedulerOptions): AutosaveScheduler {
  const quietMs = options.quietMs ?? AUTOSAVE_QUIET_MS;
  const maxWaitMs = Math.max(quietMs, options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS);
  const timers = options.timers ?? windowTimers;
  let timer: unknown = null;
  let firstChangeMs: number | null = null;
  let lastChangeMs = 0;
  let inFlight: Promise<void> | null = null;
  /** Bumped by cancel(): a write that fails after a cancel must not re-arm. */
  let epoch = 0;

  const arm = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (firstChangeMs === null || inFlight) return;
    const due = Math.min(lastChangeMs + quietMs, firstChangeMs + maxWaitMs);
    timer = timers.setTimeout(fire, Math.max(0, due - timers.now()));
  };
  const fire = () => {
    timer = null;
    if (firstChangeMs === null || inFlight) return;
    firstChangeMs = null;
    const started = epoch;
    inFlight = options.write().catch((e: unknown) => {
      options.onError?.(e);
      if (started !== epoch) return;
      // keep the change pending: the next attempt comes a quiet period later, not in a tight loop
      lastChangeMs = timers.now();
      firstChangeMs ??= lastChangeMs;
    }).finally(() => {
      inFlight = null;
      arm();
    });
  };
  return {
    changed() {
      const now = timers.now();
      lastChangeMs = now;
      firstChangeMs ??= now;
      arm();
    },
    async cancel() {
      epoch++;
      firstChangeMs = null;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      while (inFlight) await inFlight;
    },
    get pending() { return firstChangeMs !== null; },
    get writing() { return inFlight !== null; },
  };
}
