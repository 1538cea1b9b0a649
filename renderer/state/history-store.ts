/**
 * A small observable store with undo/redo of one recorded slice (the user's
 * document). Only `edit` records history; `set` changes view state (selection,
 * results, loading) without recording. Edits made between `beginGesture` and
 * `endGesture` (e.g. a drag) coalesce into one undo step.
 */

export interface HistoryOptions {
  /** Maximum undo steps kept. */
  limit?: number;
}

export class HistoryStore<S extends { doc: D }, D> {
  private state: S;
  private readonly listeners = new Set<() => void>();
  private past: D[] = [];
  private future: D[] = [];
  private gestureOpen = false;
  private gestureRecorded = false;
  private readonly limit: number;
  private loads = 0;

  constructor(initial: S, options: HistoryOptions = {}) {
    this.state = initial;
    this.limit = options.limit ?? 200;
  }

  getState = (): S => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Increments each time a new document is loaded (views use it to re-frame). */
  get generation(): number {
    return this.loads;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Apply a recorded change to the document. No-op updates (same reference) record nothing. */
  edit(update: (doc: D) => D, extra?: (s: S) => Partial<S>): void {
    const before = this.state.doc;
    const after = update(before);
    if (after === before) return;
    if (!this.gestureOpen || !this.gestureRecorded) {
      this.past.push(before);
      if (this.past.length > this.limit) this.past.shift();
      this.future = [];
      this.gestureRecorded = this.gestureOpen;
    }
    this.commit({ ...this.state, doc: after, ...(extra ? extra({ ...this.state, doc: after }) : {}) });
  }

  /** Change unrecorded state (selection, results, UI). */
  set(patch: Partial<Omit<S, 'doc'>> | ((s: S) => Partial<Omit<S, 'doc'>>)): void {
    const p = typeof patch === 'function' ? patch(this.state) : patch;
    this.commit({ ...this.state, ...p });
  }

  /** Replace the document without recording (loading a file) and clear history. */
  load(doc: D, patch: Partial<Omit<S, 'doc'>> = {}): void {
    this.past = [];
    this.future = [];
    this.gestureOpen = false;
    this.loads++;
    this.commit({ ...this.state, ...patch, doc });
  }

  beginGesture(): void {
    this.gestureOpen = true;
    this.gestureRecorded = false;
  }

  endGesture(): void {
    this.gestureOpen = false;
    this.gestureRecorded = false;
  }

  undo(): boolean {
    const prev = this.past.pop();
    if (prev === undefined) return false;
    this.endGesture();
    this.future.push(this.state.doc);
    this.commit({ ...this.state, doc: prev });
    return true;
  }

  redo(): boolean {
    const next = this.future.pop();
    if (next === undefined) return false;
    this.endGesture();
    this.past.push(this.state.doc);
    this.commit({ ...this.state, doc: next });
    return true;
  }

  private commit(next: S): void {
    this.state = next;
    for (const l of [...this.listeners]) l();
  }
}
