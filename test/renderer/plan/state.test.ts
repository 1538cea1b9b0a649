import { describe, expect, it } from 'vitest';
import { escapePlan, resetPlanForNewDocument, runPlanCommand } from '../../../renderer/plan/commands';
import { clampDockHeight, DOCK_MIN_PX, initialPlan, isPlanStale, planBusy, setPlan } from '../../../renderer/plan/state';
import { createAppStore } from '../../../renderer/state/app-state';
import { smallTown } from '../fixture';
import { entryFor } from './plan-fixture';

describe('plan store slice', () => {
  it('starts empty and is written without undo history', () => {
    const store = createAppStore(smallTown());
    expect(store.getState().plan).toEqual(initialPlan());
    setPlan(store, { entry: entryFor(store.getState().doc) });
    setPlan(store, (p) => ({ dockOpen: !p.dockOpen }));
    expect(store.getState().plan.dockOpen).toBe(true);
    expect(store.getState().plan.entry).not.toBeNull();
    expect(store.canUndo).toBe(false);
  });

  it('is stale once the document changes, and current again after undo', () => {
    const store = createAppStore(smallTown());
    setPlan(store, { entry: entryFor(store.getState().doc) });
    expect(isPlanStale(store.getState().plan.entry, store.getState().doc)).toBe(false);
    store.edit((p) => ({ ...p, meters: p.meters.slice(1) }));
    expect(isPlanStale(store.getState().plan.entry, store.getState().doc)).toBe(true);
    // the plan survives the edit (derived data is not rolled back) and undo restores the planned document
    store.undo();
    expect(store.getState().plan.entry).not.toBeNull();
    expect(isPlanStale(store.getState().plan.entry, store.getState().doc)).toBe(false);
    expect(isPlanStale(null, store.getState().doc)).toBe(false);
  });

  it('is cleared when another document is loaded', () => {
    const store = createAppStore(smallTown());
    setPlan(store, { entry: entryFor(store.getState().doc), dockOpen: true, areaFilter: 'A1' });
    resetPlanForNewDocument(store);
    const p = store.getState().plan;
    expect([p.entry, p.tornado, p.job, p.dockOpen, p.areaFilter]).toEqual([null, null, null, false, 'all']);
  });

  it('clamps the dock height and reports busy jobs', () => {
    expect(clampDockHeight(10, 800)).toBe(DOCK_MIN_PX);
    expect(clampDockHeight(5000, 800)).toBe(680);
    expect(clampDockHeight(NaN, 800)).toBe(380);
    expect(clampDockHeight(300, 100)).toBe(DOCK_MIN_PX);
    const store = createAppStore(smallTown());
    expect(planBusy(store.getState())).toBe(false);
    setPlan(store, { tornadoJob: { label: 'x', progress: null, startedMs: 0 } });
    expect(planBusy(store.getState())).toBe(true);
  });

  it('handles only its own command; Esc does nothing when no plan runs', () => {
    const store = createAppStore(smallTown());
    expect(runPlanCommand(store, 'run:all')).toBe(false);
    // Cancel run is shared with the other run controllers: the plan stops its runs but lets them see it
    expect(runPlanCommand(store, 'run:cancel')).toBe(false);
    expect(escapePlan(store)).toBe(false);
    expect(store.getState().sidebarTab).toBe('plan');
  });
});
