import { afterAll, describe, expect, it } from 'vitest';
import { createNodePlanPool } from '../../../cli/plan-pool';
import { cancelCompare, escapeProposals, isComparing, runCompare } from '../../../renderer/proposals/compare-controller';
import { mergeLoaded, setProposals } from '../../../renderer/proposals/state';
import { createAppStore } from '../../../renderer/state/app-state';
import { createPlanClient } from '../../../workers/clients/plan-client';
import { smallTown } from '../fixture';
import { exampleFiles, parseFiles } from './helpers';

const pool = createNodePlanPool(1);
const client = createPlanClient(pool);
afterAll(() => pool.close());

async function storeWithExamples() {
  const store = createAppStore(smallTown());
  setProposals(store, { items: mergeLoaded([], await parseFiles(exampleFiles())).items });
  return store;
}

describe('compare controller (plan worker in a worker_thread)', () => {
  it('compares every proposal with progress, stores the result unrecorded and leaves the project untouched', async () => {
    const store = await storeWithExamples();
    const doc = store.getState().doc;
    const stages: string[] = [];
    const off = store.subscribe(() => { const j = store.getState().proposals.job; if (j?.progress) stages.push(j.progress.stage); });
    await runCompare(store, () => client);
    off();
    const s = store.getState();
    expect(s.proposals.runError).toBeNull();
    expect(s.proposals.job).toBeNull();
    expect(s.proposals.comparison?.result.proposals.map((p) => p.vendor)).toEqual(s.proposals.items.map((x) => x.proposal.vendor));
    expect(s.proposals.comparison?.result.currency).toBe('JPY');
    expect(s.proposals.showComparison).toBe(true);
    expect(s.sidebarTab).toBe('proposals');
    expect(s.doc).toBe(doc);
    expect(store.canUndo).toBe(false);
    expect(stages.some((x) => x.startsWith('Apex Radio Systems (fictitious) (3/3)'))).toBe(true);
    // Esc closes the comparison view
    expect(escapeProposals(store)).toBe(true);
    expect(store.getState().proposals.showComparison).toBe(false);
    expect(escapeProposals(store)).toBe(false);
  }, 120_000);

  it('cancels without an error or a result, and runs one comparison at a time', async () => {
    const store = await storeWithExamples();
    const run = runCompare(store, () => client);
    expect(isComparing()).toBe(true);
    await runCompare(store, () => client); // ignored while the first runs
    expect(cancelCompare()).toBe(true);
    await run;
    expect(isComparing()).toBe(false);
    expect(store.getState().proposals.comparison).toBeNull();
    expect(store.getState().proposals.runError).toBeNull();
    expect(store.getState().proposals.job).toBeNull();
  }, 120_000);

  it('explains why it cannot run without proposals', async () => {
    const store = createAppStore(smallTown());
    await runCompare(store, () => client);
    expect(store.getState().proposals.runError).toMatch(/Load at least one proposal/);
    expect(store.getState().proposals.job).toBeNull();
  });
});
