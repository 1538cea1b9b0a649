/**
 * Autosave of unsaved work into the platform's recovery store (IndexedDB in
 * the browser, userData/recovery in Electron). While the document has unsaved
 * changes, a copy is written by the {@link createAutosaveScheduler} rules
 * (30 s after the last change, at least every 60 s while editing, one write
 * at a time). When the document becomes clean — saved, replaced by New/Open,
 * or undone back to its saved state — pending work is dropped and the copy is
 * removed. In the browser, `beforeunload` asks before leaving with unsaved
 * changes.
 *
 * Serialisation: small projects use the model's writer in one go; above
 * {@link SLICED_ABOVE_ENTITIES} meters + buildings the same JSON is built in
 * slices with yields in between (sliced-writer.ts), so a big project never
 * freezes the page. (A worker would not help much: structured-cloning the
 * project to it costs about 40 % of serialising it, on the main thread.)
 */
import { writeProjectFile } from '../../workers/model';
import type { Platform, RecoveryCopy } from '../platform/platform';
import { isDirty, type AppState, type AppStore } from '../state/app-state';
import { createAutosaveScheduler, type SchedulerTimers } from './autosave-scheduler';
import { serialiseProjectSliced } from './sliced-writer';

/** Options of {@link startAutosave}. */
export interface AutosaveOptions {
  /** Quiet time after the last change, ms (default 30 s; the ceiling is twice this, at least 60 s by default). */
  quietMs?: number;
  timers?: SchedulerTimers;
  /** Register `beforeunload` while dirty (web). */
  guardUnload?: boolean;
  /** A failed write (e.g. storage full); the app keeps running. */
  onError?(e: unknown): void;
}

/** Projects with more entities than this are serialised in slices (sliced-writer.ts), smaller ones in one go. */
export const SLICED_ABOVE_ENTITIES = 20_000;

const metaOf = (s: AppState, nowMs: number): RecoveryCopy['meta'] => ({ title: (s.fileName ?? s.doc.meta.name).slice(0, 300), fileName: s.fileName?.slice(0, 300) ?? null, meters: s.doc.meters.length, savedAtMs: nowMs });

/** The recovery copy of the current document, serialised in one go (small projects, tests). */
export function recoveryCopyOf(s: AppState, nowMs: number): RecoveryCopy {
  return { meta: metaOf(s, nowMs), bytes: writeProjectFile(s.doc) };
}

/** The recovery copy, serialised without blocking the page for big projects. */
export async function recoveryCopyAsync(s: AppState, nowMs: number): Promise<RecoveryCopy> {
  const big = s.doc.meters.length + s.doc.buildings.length > SLICED_ABOVE_ENTITIES;
  return big ? { meta: metaOf(s, nowMs), bytes: await serialiseProjectSliced(s.doc) } : recoveryCopyOf(s, nowMs);
}

/**
 * `?autosaveMs=` from a URL query (500 ms … 10 min), else undefined (the
 * default). End-to-end tests use it so they need not wait 30 s.
 */
export function autosaveDelayFromUrl(search: string): number | undefined {
  const v = Number(new URLSearchParams(search).get('autosaveMs'));
  return Number.isFinite(v) && v >= 500 && v <= 600_000 ? v : undefined;
}

/** Start autosaving `store`; returns a function that stops it. */
export function startAutosave(store: AppStore, platform: Platform, options: AutosaveOptions = {}): () => void {
  const now = () => options.timers?.now() ?? Date.now();
  let ops: Promise<unknown> = Promise.resolve();
  const chain = (f: () => Promise<unknown>) => (ops = ops.then(f).catch((e: unknown) => options.onError?.(e)));
  const scheduler = createAutosaveScheduler({
    quietMs: options.quietMs,
    maxWaitMs: options.quietMs !== undefined ? options.quietMs * 2 : undefined,
    timers: options.timers,
    onError: options.onError,
    write: async () => {
      const s = store.getState();
      if (!isDirty(s)) return;
      await platform.writeRecovery(await recoveryCopyAsync(s, now()));
    },
  });
  let lastDoc = store.getState().doc;
  let wasDirty = isDirty(store.getState());
  let generation = store.generation;
  const onChange = () => {
    const s = store.getState();
    const dirty = isDirty(s);
    const loaded = store.generation !== generation;
    generation = store.generation;
    if (dirty && (s.doc !== lastDoc || !wasDirty)) scheduler.changed();
    if (!dirty && (wasDirty || loaded)) chain(async () => { await scheduler.cancel(); if (!isDirty(store.getState())) await platform.clearRecovery(); });
    lastDoc = s.doc;
    wasDirty = dirty;
  };
  const offStore = store.subscribe(onChange);
  if (wasDirty) scheduler.changed();
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (!isDirty(store.getState())) return;
    e.preventDefault();
    e.returnValue = '';
  };
  if (options.guardUnload) window.addEventListener('beforeunload', beforeUnload);
  return () => {
    offStore();
    void scheduler.cancel();
    if (options.guardUnload) window.removeEventListener('beforeunload', beforeUnload);
  };
}
