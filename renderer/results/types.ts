/**
 * Types of the renderer's engine results: derived data kept in unrecorded
 * store state (`AppState.results`), keyed by the document revision they were
 * computed from. Per-meter arrays are re-indexed to the document's meter
 * order (see normalise.ts), so runs over a subset (an area, the viewport)
 * line up with the map's feature ids.
 */
import type { Medium, Project } from '../../workers/model';
import type { JobState } from '../state/app-state';

export type { Medium };

/** What a run covers. 'viewport' and 'area' run on a filtered copy of the project (see scope.ts). */
export type ScopeKind = 'project' | 'area' | 'viewport';

/** A resolved scope (the area id or viewport box it was run with). */
export interface RunScope {
  kind: ScopeKind;
  areaId?: string;
  /** [west, south, east, north] degrees. */
  bbox?: [number, number, number, number];
}

/** Per-meter results of one medium, indexed like `doc.meters` (meters not simulated: NaN / −1 / 255). */
export interface MeterResults {
  count: number;
  dailyReadSuccess: Float32Array;
  /** Hops to the collector; NaN when unconnected or not simulated. */
  hops: Float32Array;
  marginDb: Float32Array;
  /** Medium-specific reason code (mesh: REASON, star: STAR_REASONS index, PLC: PLC_DETAIL); 255 = not simulated. */
  reason: Uint8Array;
  /** 1 when the meter reaches a collector / server. */
  connected: Uint8Array;
  /** Index into `serverIds` (collector, cell or concentrator), −1 when none. */
  server: Int32Array;
  /** Parent: a meter index (< count), or count + server index, −1 when none (star: always the server). */
  parent: Int32Array;
  serverIds: string[];
  /** How many meters were simulated. */
  simulated: number;
}

/** Load of one collector / cell / concentrator, for the collector-load layer. */
export interface ServerLoad {
  id: string;
  nodes: number;
  loadErl: number;
  /** Duty cycle, %; NaN when the medium does not report it. */
  dutyPct: number;
  saturated: boolean;
}

/** One medium's latest result. */
export interface MediumEntry {
  medium: Medium;
  /** revisionKey of the document it was run on (plus the scope for filtered runs). */
  key: string;
  /** The document it was run on (compared by reference to tell staleness). */
  doc: Project;
  scope: RunScope;
  mode: 'full' | 'incremental';
  meters: MeterResults;
  loads: ServerLoad[];
  /** Medium-specific extras for explanations (mesh hop limit; PLC feeders' SNR). */
  hopLimit?: number;
  feederMinSnrDb?: Float32Array;
  /** Mesh N-1: the collector whose outage loses most meters, and meters hanging on one relay (full runs only). */
  resilience?: { worstCollector: string; worstLost: number; singlePointMeters: number };
  warnings: string[];
  elapsedMs: number;
  finishedAt: number;
}

/** How meters are coloured. */
export const COLOUR_BY = ['success', 'hops', 'margin', 'medium'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** The result layers the user can toggle. */
export const RESULT_LAYERS = ['meterColours', 'routes', 'orphans', 'collectorLoad', 'heatmap', 'plcFeeders'] as const;
export type ResultLayerId = (typeof RESULT_LAYERS)[number];

/** A coverage raster ready for the map. */
export interface HeatmapImage {
  key: string;
  url: string;
  corners: [[number, number], [number, number], [number, number], [number, number]];
  stops: { value: number; color: string; label: string }[];
  title: string;
  covered: number;
  cellM: number;
}

export interface ResultsState {
  mesh: MediumEntry | null;
  star: MediumEntry | null;
  plc: MediumEntry | null;
  /** The medium whose results the map and charts show. */
  shown: Medium;
  colourBy: ColourBy;
  scope: ScopeKind;
  /** null: default (on for projects ≤ 100k meters). */
  autoRerun: boolean | null;
  layers: Record<ResultLayerId, boolean>;
  heatmapCellM: number;
  heatmap: HeatmapImage | null;
  chartArea: string;
  chartKind: 'histogram' | 'cdf';
  /** Errors of the last run per medium (shown in the run panel). */
  errors: Partial<Record<Medium, string>>;
  /** True while a run (or incremental update) is in flight. */
  running: boolean;
  /** Progress of a full run (its own bar in the run panel; the density check keeps `AppState.job`). */
  job: JobState | null;
}
