/**
 * Loading proposal files picked by the user: read each as text (size-capped),
 * validate in the plan worker with the engine's own schema, merge into the
 * session list. Nothing here touches the project document.
 */
import { t } from '../i18n/messages';
import type { Platform } from '../platform';
import { planClient } from '../results/clients';
import type { AppStore } from '../state/app-state';
import { mergeLoaded, setProposals } from './state';
import type { ParsedFile } from './types';

/** Larger files are refused before parsing (a proposal is a few kB). */
export const MAX_PROPOSAL_BYTES = 5 * 1024 * 1024;

/** What the file picker offers. */
export const PROPOSAL_ACCEPT = '.json,application/json';

/** Validator of file texts; the plan worker by default (tests pass another implementation of the same contract). */
export type ProposalParser = (files: { name: string; text: string }[]) => Promise<ParsedFile[]>;

const workerParser: ProposalParser = (files) => planClient().parseProposals(files);

/** A file's text (File.text where available, else FileReader). */
function fileText(f: File): Promise<string> {
  if (typeof f.text === 'function') return f.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsText(f);
  });
}

/** Read files as text; files that cannot be read or are too large become errors naming the file. */
export async function readProposalFiles(files: readonly File[]): Promise<{ texts: { name: string; text: string }[]; failed: ParsedFile[] }> {
  const texts: { name: string; text: string }[] = [], failed: ParsedFile[] = [];
  for (const f of files) {
    if (f.size > MAX_PROPOSAL_BYTES) { failed.push({ file: f.name, ok: false, errors: [t('proposals.err.tooLarge', { file: f.name, mb: Math.round(MAX_PROPOSAL_BYTES / 1048576) })] }); continue; }
    try {
      texts.push({ name: f.name, text: await fileText(f) });
    } catch (e) {
      failed.push({ file: f.name, ok: false, errors: [t('proposals.err.unreadable', { file: f.name, message: (e as Error).message })] });
    }
  }
  return { texts, failed };
}

/** Validate and add files to the session list; returns how many were valid. */
export async function addProposalFiles(store: AppStore, files: readonly File[], parse: ProposalParser = workerParser): Promise<number> {
  if (files.length === 0) return 0;
  setProposals(store, { loading: true });
  try {
    const { texts, failed } = await readProposalFiles(files);
    let parsed: ParsedFile[] = [];
    try {
      parsed = texts.length ? await parse(texts) : [];
    } catch (e) {
      parsed = texts.map((x) => ({ file: x.name, ok: false as const, errors: [t('proposals.err.worker', { file: x.name, message: (e as Error).message })] }));
    }
    const all = [...failed, ...parsed];
    setProposals(store, (p) => { const m = mergeLoaded(p.items, all); return { ...m, detail: p.detail }; });
    return parsed.filter((x) => x.ok).length;
  } finally {
    setProposals(store, { loading: false });
  }
}

/** Ask the user for proposal files (platform picker) and add them. */
export async function pickProposalFiles(store: AppStore, platform: Platform, parse?: ProposalParser): Promise<number> {
  const files = await platform.pickFiles(PROPOSAL_ACCEPT, true);
  return addProposalFiles(store, files, parse);
}
