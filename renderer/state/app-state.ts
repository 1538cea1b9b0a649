/**
 * The renderer's single store: the project document (recorded for undo) plus
 * unrecorded view state — file name, save point, selection, tool, layer
 * visibility, analysis results and messages.
 */
import { LAYER_IDS, type LayerId } from '../../contract/ipc';
import type { NeighbourStatsRun, Progress } from '../../workers/clients/analysis-client';
import { createEmptyProject, type Project } from '../../workers/model';
import { HistoryStore } from './history-store';
import type { EntityRef } from './updaters';

export type Tool = 'select' | 'add-meter' | 'add-collector';

/** A message shown to the user (errors name the file and the field). */
export interface Notice {
  level: 'error' | 'info';
  title: string;
  lines: string[];
}

/** A long-running job shown in the progress bar. */
export interface JobState {
  label: string;
  progress: Progress | null;
  startedMs: number;
}

export interface AppState {
  doc: Project;
  fileName: string | null;
  /** The document object at the last save or load, to tell whether there are unsaved changes. */
  savedDoc: Project;
  selection: EntityRef[];
  tool: Tool;
  layers: Record<LayerId, boolean>;
  stats: NeighbourStatsRun | null;
  job: JobState | null;
  notice: Notice | null;
}

export function initialState(project: Project = createEmptyProject()): AppState {
  return {
    doc: project,
    fileName: null,
    savedDoc: project,
    selection: [],
    tool: 'select',
    layers: Object.fromEntries(LAYER_IDS.map((l) => [l, true])) as Record<LayerId, boolean>,
    stats: null,
    job: null,
    notice: null,
  };
}

export type AppStore = HistoryStore<AppState, Project>;

/** Create the application store. */
export function createAppStore(project?: Project): AppStore {
  return new HistoryStore<AppState, Project>(initialState(project));
}

/** True when the document differs from the last save/load point. */
export const isDirty = (s: AppState): boolean => s.doc !== s.savedDoc;
