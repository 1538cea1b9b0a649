/** The Simulate commands (native menu, in-window menu, F5). */
import type { AppStore } from '../state/app-state';
import { cancelRuns, runMedia, runnableMedia } from './run-controller';
import type { Medium } from './types';

export const RUN_COMMANDS = ['run:all', 'run:mesh', 'run:star', 'run:plc', 'run:cancel'] as const;
export type RunCommand = (typeof RUN_COMMANDS)[number];

export function isRunCommand(cmd: string): cmd is RunCommand {
  return (RUN_COMMANDS as readonly string[]).includes(cmd);
}

/** Run or cancel; returns false for commands that are not Simulate commands. */
export function runSimulateCommand(store: AppStore, cmd: string): boolean {
  if (!isRunCommand(cmd)) return false;
  if (cmd === 'run:cancel') { cancelRuns(); return true; }
  const media: Medium[] = cmd === 'run:all' ? runnableMedia(store.getState().doc) : [cmd.slice(4) as Medium];
  void runMedia(store, media);
  return true;
}
