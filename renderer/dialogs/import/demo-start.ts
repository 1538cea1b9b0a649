/**
 * What the app opens on start, and loading the synthetic demo region. The
 * default is the demo (seed 1, default size), generated in the import worker
 * with progress; `?start=fixture` opens the small hand-made fixture and
 * `?start=empty` an empty project (end-to-end tests use the fixture).
 */
import { t } from '../../i18n/messages';
import type { Platform } from '../../platform';
import type { AppStore } from '../../state/app-state';
import { newProject } from '../../state/document-actions';
import { clearDems } from '../../state/terrain-cache';
import { setImportUi } from './dialog-state';
import { importClient } from './import-service';

/** Start choices. */
export type StartKind = 'demo' | 'fixture' | 'empty';

/** The start choice from a URL query string (default: demo). */
export function startKind(search: string): StartKind {
  const v = new URLSearchParams(search).get('start');
  return v === 'fixture' || v === 'empty' ? v : 'demo';
}

let demoToken = 0;

/** Seed of the demo opened on first launch and by File › New demo region. */
export const DEMO_SEED = 1;

/**
 * Generate the demo in the worker and load it as a new document (not an undo
 * step; history is cleared). The current project stays until the demo is
 * ready, and wins if another document was loaded meanwhile. Returns success;
 * failures show a notice.
 */
export async function loadDemo(store: AppStore, platform: Platform | null, seed = DEMO_SEED): Promise<boolean> {
  // Progress arrives over comlink's own message port, so a last progress message can land after the
  // result (no ordering across ports). Only the newest generation may show progress, and only until it ends;
  // without this a late message re-opened the card after `finally` had closed it, and it stayed on screen.
  const token = ++demoToken;
  let finished = false;
  setImportUi({ demo: { stage: '', done: 0, total: 6 } });
  const generation = store.generation;
  try {
    const project = await importClient().generateDemo(seed, undefined, { onProgress: (p) => { if (!finished && token === demoToken) setImportUi({ demo: p }); } });
    // the user opened or started another document meanwhile: keep it
    if (store.generation !== generation) return false;
    clearDems();
    newProject(store, project);
    platform?.newDocument();
    return true;
  } catch (e) {
    store.set({ notice: { level: 'error', title: t('demo.failed'), lines: [(e as Error).message, t('imp.untouched')] } });
    return false;
  } finally {
    finished = true;
    if (token === demoToken) setImportUi({ demo: null });
  }
}
