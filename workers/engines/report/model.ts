/**
 * The report's input: the project and the engine results it is built from
 * (plain data and typed arrays; no DOM, no IO). The CLI and the app fill it
 * by running the mesh, PLC and planner engines.
 */
import type { Project } from '../../model';
import type { MeshRun } from '../mesh/run-mesh';
import type { ComparisonResult, PlanJson, RegulatoryFinding, TornadoResult } from '../planner';
import type { PlcConcentratorResults } from '../plc';
import { REPORT_STRINGS, fmt, type ReportLang, type ReportStringKey } from './strings';

/** Everything a report is rendered from. Meter arrays are in project meter order. */
export interface ReportInput {
  project: Project;
  /** The plan without typed arrays (planJson). */
  plan: PlanJson;
  /** Per meter: recommended medium (index into MEDIA: mesh, star, plc; 255 none) and its daily read success. */
  planPerMeter: { mediumCode: Uint8Array; dailyReadSuccess: Float32Array };
  /** Per meter: index into `areaIds` (−1 outside every area), as compiled. */
  meterAreaIndex: Int32Array;
  areaIds: string[];
  /** RF mesh run (with resilience for the N-1 section), or null when the project has no mesh profile. */
  mesh: Pick<MeshRun, 'profileId' | 'collectorIds' | 'perMeter' | 'summary' | 'resilience' | 'modelByClass' | 'warnings'> | null;
  /** Hop limit of the mesh profile (for the unconnected-meter explanations). */
  meshHopLimit: number;
  /** PLC concentrator loads, when the project has an LV grid. */
  plcConcentrators: PlcConcentratorResults | null;
  /** Regulatory findings per profile (ARIB STD-T108). */
  findings: RegulatoryFinding[];
  /** Vendor proposals planned on the same meters under neutral assumptions (compareProposals), when given. */
  comparison?: ComparisonResult;
  /** TCO tornado of the hybrid plan; null when skipped (quick mode), absent when not run. */
  sensitivity?: TornadoResult | null;
  /** Meters kept of the project's total when the run was thinned (quick mode). */
  metersLimited?: { kept: number; total: number };
  /** Report date (ISO 8601), passed in so rendering stays deterministic. */
  generatedUtc: string;
  /** Engine runs that were shortened for speed (shown on the cover), e.g. "meters limited to 3000". */
  notes?: string[];
}

/** Rendering options. */
export interface ReportOptions {
  lang: ReportLang;
  /** Rows of the unconnected-meter list (default 300). */
  maxUnconnectedRows?: number;
  /** Meters drawn per map figure (evenly thinned beyond; default 20,000). */
  maxMapMeters?: number;
}

/** A translator bound to one language. */
export interface Tr {
  lang: ReportLang;
  t(key: ReportStringKey, values?: Record<string, string | number>): string;
}

/** Bind the report strings of a language. */
export function translator(lang: ReportLang): Tr {
  const s = REPORT_STRINGS[lang];
  return { lang, t: (key, values) => (values ? fmt(s[key], values) : s[key]) };
}

/** Project meter indices per area id (by the compiled area index). */
export function metersByAreaId(input: ReportInput): Map<string, number[]> {
  const out = new Map<string, number[]>(input.areaIds.map((id) => [id, []]));
  for (let i = 0; i < input.meterAreaIndex.length; i++) {
    const a = input.meterAreaIndex[i];
    if (a >= 0) out.get(input.areaIds[a])?.push(i);
  }
  return out;
}
