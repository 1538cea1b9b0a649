/** Progress throttling for worker → main-thread messages. */
import type { Progress } from '../engines/run-control';

/** Wrap a progress callback so it fires at most every `intervalMs`, plus on every stage change and completion. */
export function throttleProgress(fn: ((p: Progress) => void) | undefined, intervalMs = 100): ((p: Progress) => void) | undefined {
  if (!fn) return undefined;
  let last = -Infinity;
  let lastStage = '';
  return (p) => {
    const now = performance.now();
    if (p.stage !== lastStage || p.done >= p.total || now - last >= intervalMs) {
      last = now;
      lastStage = p.stage;
      fn(p);
    }
  };
}
