import { describe, expect, it } from 'vitest';
import { createAutosaveScheduler, type SchedulerTimers } from '../../../renderer/recovery/autosave-scheduler';

/** A manual clock: timers fire only when the test advances time. */
function manualTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: SchedulerTimers = {
    now: () => now,
    setTimeout: (fn, ms) => { pending.set(++seq, { at: now + ms, fn }); return seq; },
    clearTimeout: (h) => { pending.delete(h as number); },
  };
  const flush = () => new Promise((r) => setImmediate(r));
  const advance = async (ms: number) => {
    const end = now + ms;
    await flush();
    for (;;) {
      const next = [...pending.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      now = next[1].at;
      pending.delete(next[0]);
      next[1].fn();
      await flush();
    }
    now = end;
  };
  return { timers, advance, armed: () => pending.size };
}

describe('autosave scheduler', () => {
  it('writes 30 s after the last change, not before', async () => {
    const t = manualTimers();
    const writes: number[] = [];
    const s = createAutosaveScheduler({ timers: t.timers, write: async () => { writes.push(t.timers.now()); } });
    s.changed();
    await t.advance(10_000);
    s.changed();
    await t.advance(29_000);
    expect(writes).toEqual([]);
    await t.advance(1_000);
    expect(writes).toEqual([40_000]);
    expect(s.pending).toBe(false);
    await t.advance(120_000);
    expect(writes).toHaveLength(1); // nothing changed since
  });

  it('writes at least every 60 s while the user keeps editing', async () => {
    const t = manualTimers();
    const writes: number[] = [];
    const s = createAutosaveScheduler({ timers: t.timers, write: async () => { writes.push(t.timers.now()); } });
    for (let ms = 0; ms <= 150_000; ms += 5_000) { s.changed(); await t.advance(5_000); }
    expect(writes).toEqual([60_000, 120_000]);
  });

  it('skips while a write is in flight and writes the later change after it', async () => {
    const t = manualTimers();
    let release: () => void = () => undefined;
    let calls = 0;
    const s = createAutosaveScheduler({ quietMs: 1_000, maxWaitMs: 2_000, timers: t.timers, write: () => { calls++; return new Promise<void>((r) => { release = r; }); } });
    s.changed();
    await t.advance(1_000);
    expect(calls).toBe(1);
    expect(s.writing).toBe(true);
    s.changed();
    await t.advance(10_000);
    expect(calls).toBe(1); // still the first write
    release();
    await t.advance(0); await t.advance(1_000);
    expect(calls).toBe(2);
  });

  it('cancel drops pending work, waits for the write in flight, and a failure after cancel does not re-arm', async () => {
    const t = manualTimers();
    let fail: (e: Error) => void = () => undefined;
    const errors: unknown[] = [];
    const s = createAutosaveScheduler({ quietMs: 1_000, timers: t.timers, onError: (e) => errors.push(e), write: () => new Promise<void>((_, rej) => { fail = rej; }) });
    s.changed();
    await t.advance(1_000);
    s.changed();
    const cancelled = s.cancel();
    fail(new Error('disk full'));
    await cancelled;
    expect(errors).toHaveLength(1);
    expect(s.pending).toBe(false);
    expect(t.armed()).toBe(0);
  });

  it('retries a failed write one quiet period later, not in a tight loop', async () => {
    const t = manualTimers();
    let calls = 0;
    const s = createAutosaveScheduler({ quietMs: 1_000, timers: t.timers, onError: () => undefined, write: async () => { calls++; throw new Error('quota'); } });
    s.changed();
    await t.advance(1_000);
    expect(calls).toBe(1);
    expect(s.pending).toBe(true);
    await t.advance(999);
    expect(calls).toBe(1);
    await t.advance(1);
    expect(calls).toBe(2);
  });
});
