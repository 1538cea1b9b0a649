/** The plan commands (Simulate menu, native menu, Ctrl/Cmd+Shift+P) and Esc handling for plan runs. */
import type { AppStore } from '../state/app-state';
import { cancelPlanRuns, runPlanFromUi } from './run-controller';
import { setPlan } from './state';

/** Commands the plan feature handles (contract/ipc.ts MENU_COMMANDS has them too). */
export const PLAN_COMMANDS = ['run:plan'] as const;
/** A plan command. */
export type PlanCommand = (typeof PLAN_COMMANDS)[number];

/** Run a plan command; returns false for commands that are not plan commands. */
export function runPlanCommand(store: AppStore, cmd: string): boolean {
  // Simulate › Cancel run stops plan runs too; the other run controllers still see the command
  if (cmd === 'run:cancel') { cancelPlanRuns(); return false; }
  if (cmd !== 'run:plan') return false;
  // show the plan panel so the progress and Cancel are visible
  store.set({ sidebarTab: 'plan-results' });
  void runPlanFromUi(store);
  return true;
}

/** Esc: cancel a running plan or tornado; returns whether it did. */
export function escapePlan(store: AppStore): boolean {
  const s = store.getState().plan;
  if (!s.job && !s.tornadoJob) return false;
  return cancelPlanRuns();
}

/** Forget the plan when another document is loaded (it belongs to the old project). */
export function resetPlanForNewDocument(store: AppStore): void {
  cancelPlanRuns();
  setPlan(store, { entry: null, tornado: null, error: null, tornadoError: null, job: null, tornadoJob: null, dockOpen: false, areaFilter: 'all' });
}
