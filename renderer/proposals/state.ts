/**
 * Pure updates of the proposals slice and its unrecorded patch helper:
 * proposals and comparison results are session data, never undo steps and
 * never part of the saved project.
 */
import type { Project } from '../../workers/model';
import type { AppStore } from '../state/app-state';
import type { LoadedProposal, ParsedFile, ProposalFileError, ProposalNote, ProposalsState } from './types';

/** Patch the proposals slice without recording history. */
export function setProposals(store: AppStore, patch: Partial<ProposalsState> | ((p: ProposalsState) => Partial<ProposalsState>)): void {
  store.set((s) => ({ proposals: { ...s.proposals, ...(typeof patch === 'function' ? patch(s.proposals) : patch) } }));
}

/**
 * Merge the outcome of one load into the list. A file name already loaded is
 * replaced in place (re-loading an edited file); a second file of the same
 * vendor is kept (vendors may offer alternatives) with a note. Invalid files
 * are reported and leave the list unchanged.
 */
export function mergeLoaded(items: readonly LoadedProposal[], parsed: readonly ParsedFile[]): { items: readonly LoadedProposal[]; errors: ProposalFileError[]; notes: ProposalNote[] } {
  const out = [...items];
  const errors: ProposalFileError[] = [];
  const notes: ProposalNote[] = [];
  let changed = false;
  for (const p of parsed) {
    if (!p.ok) { errors.push({ file: p.file, errors: p.errors }); continue; }
    changed = true;
    const entry: LoadedProposal = { file: p.file, proposal: p.proposal, findings: p.findings };
    const at = out.findIndex((x) => x.file === p.file);
    if (at >= 0) { out[at] = entry; notes.push({ kind: 'replaced', file: p.file }); continue; }
    const same = out.find((x) => x.proposal.vendor === p.proposal.vendor);
    if (same) notes.push({ kind: 'same-vendor', file: p.file, other: same.file, vendor: p.proposal.vendor });
    out.push(entry);
  }
  return { items: changed ? out : items, errors, notes };
}

/** The list without one file (the same list when it is not there). */
export function withoutProposal(items: readonly LoadedProposal[], file: string): readonly LoadedProposal[] {
  return items.some((x) => x.file === file) ? items.filter((x) => x.file !== file) : items;
}

/** A comparison is stale once the document or the proposal list changed since it ran. */
export function isComparisonStale(p: ProposalsState, doc: Project): boolean {
  return !!p.comparison && (p.comparison.doc !== doc || p.comparison.items !== p.items);
}
