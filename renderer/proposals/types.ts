/**
 * Types of the vendor-proposal feature: proposal files loaded for this
 * session (never saved into the project file) and the last comparison run.
 * All of it lives in the unrecorded `AppState.proposals` slice.
 */
import type { ComparisonResult, ParsedProposalFile, Proposal, RegulatoryFinding } from '../../workers/clients/plan-client';
import type { Project } from '../../workers/model';
import type { JobState } from '../state/app-state';

export type { ComparisonResult, Proposal, RegulatoryFinding };
/** One file's outcome from the plan worker's validation. */
export type ParsedFile = ParsedProposalFile;

/** A valid proposal file with its ARIB STD-T108 findings. */
export interface LoadedProposal {
  /** File name as picked; unique within the list (a re-loaded file replaces its earlier copy). */
  file: string;
  proposal: Proposal;
  findings: RegulatoryFinding[];
}

/** An invalid file: every message names the file, the path in the JSON and the field. */
export interface ProposalFileError {
  file: string;
  errors: string[];
}

/** What the last load did besides adding files. */
export type ProposalNote = { kind: 'replaced'; file: string } | { kind: 'same-vendor'; file: string; other: string; vendor: string };

/** A finished comparison and what it was computed from (compared by reference to tell staleness). */
export interface ComparisonRun {
  result: ComparisonResult;
  /** compare.csv of the result, made by the plan worker (same bytes as `fanplan compare --out`). */
  csv: string;
  doc: Project;
  items: readonly LoadedProposal[];
  elapsedMs: number;
}

export interface ProposalsState {
  items: readonly LoadedProposal[];
  /** Invalid files of the last load. */
  errors: ProposalFileError[];
  /** Notes of the last load (replaced duplicates, same vendor twice). */
  notes: ProposalNote[];
  /** File whose detail view is open, or null. */
  detail: string | null;
  comparison: ComparisonRun | null;
  /** Whether the side-by-side comparison view is open. */
  showComparison: boolean;
  /** Progress of the running comparison, null when idle. */
  job: JobState | null;
  /** Error of the last comparison run (the project is untouched). */
  runError: string | null;
  /** True while files are being read and validated. */
  loading: boolean;
}

/** The empty slice. */
export function initialProposals(): ProposalsState {
  return { items: [], errors: [], notes: [], detail: null, comparison: null, showComparison: false, job: null, runError: null, loading: false };
}
