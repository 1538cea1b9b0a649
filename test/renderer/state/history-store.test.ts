import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../renderer/state/history-store';

type S = { doc: { n: number }; selection: string[]; loading: boolean };
const make = () => new HistoryStore<S, { n: number }>({ doc: { n: 0 }, selection: [], loading: false });
const inc = (d: { n: number }) => ({ n: d.n + 1 });

describe('HistoryStore', () => {
  it('records edits and undoes/redoes them', () => {
    const s = make();
    s.edit(inc);
    s.edit(inc);
    expect(s.getState().doc.n).toBe(2);
    expect(s.undo()).toBe(true);
    expect(s.getState().doc.n).toBe(1);
    expect(s.redo()).toBe(true);
    expect(s.getState().doc.n).toBe(2);
    s.undo(); s.undo();
    expect(s.undo()).toBe(false);
    expect(s.getState().doc.n).toBe(0);
  });

  it('a gesture (drag) is one undo step however many edits it makes', () => {
    const s = make();
    s.edit(inc);
    s.beginGesture();
    for (let i = 0; i < 25; i++) s.edit(inc);
    s.endGesture();
    expect(s.getState().doc.n).toBe(26);
    s.undo();
    expect(s.getState().doc.n).toBe(1);
    s.redo();
    expect(s.getState().doc.n).toBe(26);
  });

  it('does not record selection, results or loading; loading clears history', () => {
    const s = make();
    s.edit(inc);
    s.set({ selection: ['a'], loading: true });
    s.undo();
    expect(s.getState().doc.n).toBe(0);
    expect(s.getState().selection).toEqual(['a']);
    s.redo();
    s.load({ n: 100 });
    expect(s.canUndo).toBe(false);
    expect(s.undo()).toBe(false);
    expect(s.getState().doc.n).toBe(100);
    expect(s.generation).toBe(1);
  });

  it('a new edit clears the redo stack; no-op edits record nothing', () => {
    const s = make();
    s.edit(inc); s.edit(inc); s.undo();
    expect(s.canRedo).toBe(true);
    s.edit((d) => d);
    expect(s.canRedo).toBe(true);
    s.edit(inc);
    expect(s.canRedo).toBe(false);
  });

  it('notifies subscribers and respects the history limit', () => {
    const s = new HistoryStore<S, { n: number }>({ doc: { n: 0 }, selection: [], loading: false }, { limit: 3 });
    let calls = 0;
    const off = s.subscribe(() => calls++);
    for (let i = 0; i < 5; i++) s.edit(inc);
    off();
    s.edit(inc);
    expect(calls).toBe(5);
    let undos = 0;
    while (s.undo()) undos++;
    expect(undos).toBe(3);
  });
});
