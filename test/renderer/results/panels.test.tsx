// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RunPanel } from '../../../renderer/results/panels/RunPanel';
import { SummaryTable } from '../../../renderer/results/panels/SummaryTable';
import { setResults } from '../../../renderer/results/state';
import type { MediumEntry } from '../../../renderer/results/types';
import { createAppStore } from '../../../renderer/state/app-state';
import { StoreContext } from '../../../renderer/state/use-store';
import type { Project } from '../../../workers/model';
import { smallTown } from '../fixture';

afterEach(cleanup);

function entry(doc: Project): MediumEntry {
  const n = doc.meters.length;
  const connected = new Uint8Array(n).fill(1);
  connected[0] = 0;
  return {
    medium: 'mesh', key: 'k', doc, scope: { kind: 'project' }, mode: 'full', loads: [], warnings: [], elapsedMs: 12, finishedAt: 0,
    resilience: { worstCollector: 'C1', worstLost: 7, singlePointMeters: 3 },
    meters: {
      count: n, simulated: n, serverIds: ['C1'], dailyReadSuccess: new Float32Array(n).fill(1), hops: new Float32Array(n).fill(2), marginDb: new Float32Array(n).fill(5),
      reason: new Uint8Array(n), connected, server: new Int32Array(n), parent: new Int32Array(n).fill(n),
    },
  };
}

describe('results panels (jsdom)', () => {
  it('shows a run status with N-1 and marks it outdated after an edit', () => {
    const store = createAppStore(smallTown());
    render(<StoreContext.Provider value={store}><RunPanel /></StoreContext.Provider>);
    expect(screen.queryByTestId('run-status-mesh')).toBeNull();
    act(() => setResults(store, { mesh: entry(store.getState().doc) }));
    const status = screen.getByTestId('run-status-mesh');
    expect(status.dataset.stale).toBe('false');
    expect(screen.getByTestId('run-resilience').textContent).toContain('C1');
    act(() => store.edit((p) => ({ ...p, collectors: p.collectors.map((c, i) => (i === 0 ? { ...c, lon: c.lon + 0.001 } : c)) })));
    expect(screen.getByTestId('run-status-mesh').dataset.stale).toBe('true');
    expect(store.canUndo).toBe(true);
    act(() => { store.undo(); });
    expect(store.getState().results.mesh).not.toBeNull();
  });

  it('summarises per area with a total row', () => {
    const store = createAppStore(smallTown());
    const doc = store.getState().doc;
    render(<StoreContext.Provider value={store}><SummaryTable entry={entry(doc)} /></StoreContext.Provider>);
    const total = screen.getByTestId('summary-total-mesh').querySelectorAll('td');
    expect(total[1].textContent).toBe(String(doc.meters.length));
    expect(total[2].textContent).toMatch(/^99\.8\d%$/);
    expect(total[5].textContent).toBe('2');
  });
});
