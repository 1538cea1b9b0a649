/**
 * The renderer's single store: the project document (recorded for undo) plus
 * unrecorded view state — file name, save point, selection, tool, layer
 * visibility, the area being drawn, language, analysis results and messages.
 */
import type { NeighbourStatsRun, Progress } from '../../workers/clients/analysis-client';
import { createEmptyProject, type Medium, type Project } from '../../workers/model';
import type { Locale } from '../i18n/messages';
import { currentLocale } from '../i18n/messages';
import { MAP_LAYER_IDS, type MapLayerId } from '../map/layer-ids';
import { initialPlan, type PlanState } from '../plan/state';
import { initialProposals, type ProposalsState } from '../proposals/types';
import { initialResults } from '../results/state';
import type { ResultsState } from '../results/types';
import { HistoryStore } from './history-store';
import type { EntityRef } from './updaters';

/** The map tools; shortcuts in state/shortcuts.ts. */
export const TOOLS = ['select', 'box-select', 'lasso', 'add-meter', 'add-collector', 'draw-area'] as const;
export type Tool = (typeof TOOLS)[number];

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

/** What the add-collector tool places: a medium and a profile of that medium. */
export interface Placement {
  medium: Medium;
  /** Profile id; null picks the first profile of the medium. */
  profileId: string | null;
}

/** A request for the map to frame a region (bumping `seq` repeats it). */
export interface FocusRequest {
  bounds: [[number, number], [number, number]];
  seq: number;
}

export interface AppState {
  doc: Project;
  fileName: string | null;
  /** The document object at the last save or load, to tell whether there are unsaved changes. */
  savedDoc: Project;
  selection: EntityRef[];
  tool: Tool;
  placement: Placement;
  /** Vertices (lon, lat) of the area polygon being drawn, or null. */
  draft: [number, number][] | null;
  focus: FocusRequest | null;
  locale: Locale;
  /** Open sidebar tab (see panels/registry.ts). */
  sidebarTab: string;
  layers: Record<MapLayerId, boolean>;
  stats: NeighbourStatsRun | null;
  job: JobState | null;
  notice: Notice | null;
  /** Engine results (derived, unrecorded; see renderer/results/). */
  results: ResultsState;
  /** Vendor proposals loaded for this session and their comparison (unrecorded, never saved; see renderer/proposals/). */
  proposals: ProposalsState;
  /** Planner run, tornado and comparison dashboard (derived, unrecorded; see renderer/plan/). */
  plan: PlanState;
}

export function initialState(project: Project = createEmptyProject()): AppState {
  return {
    doc: project,
    fileName: null,
    savedDoc: project,
    selection: [],
    tool: 'select',
    placement: { medium: 'mesh', profileId: null },
    draft: null,
    focus: null,
    locale: currentLocale(),
    sidebarTab: 'plan',
    layers: Object.fromEntries(MAP_LAYER_IDS.map((l) => [l, true])) as Record<MapLayerId, boolean>,
    stats: null,
    job: null,
    notice: null,
    results: initialResults(),
    proposals: initialProposals(),
    plan: initialPlan(),
  };
}

export type AppStore = HistoryStore<AppState, Project>;

/** Create the application store. */
export function createAppStore(project?: Project): AppStore {
  return new HistoryStore<AppState, Project>(initialState(project));
}

/** True when the document differs from the last save/load point. */
export const isDirty = (s: AppState): boolean => s.doc !== s.savedDoc;
