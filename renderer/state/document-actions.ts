/**
 * Document commands: new, open, save, save as. A file that fails to load
 * leaves the open project untouched and shows an error naming the problem.
 */
import { createEmptyProject, formatIssue, readProjectFile, writeProjectFile, type Project } from '../../workers/model';
import { t } from '../i18n/messages';
import type { Platform } from '../platform';
import { isDirty, type AppStore } from './app-state';

/** A file name for saving, from the current name or the project name. */
export function suggestedFileName(fileName: string | null, project: Project): string {
  if (fileName) return /\.fanplan$/i.test(fileName) ? fileName : `${fileName.replace(/\.(json|gz)$/i, '')}.fanplan`;
  const base = project.meta.name.replace(/[^\p{L}\p{N} _.-]+/gu, '_').trim() || 'project';
  return `${base}.fanplan`;
}

/** Load bytes as the document; on failure show the error and keep the current project. Returns success. */
export function loadProjectBytes(store: AppStore, name: string, bytes: Uint8Array): boolean {
  const r = readProjectFile(bytes, name);
  if (!r.ok) {
    store.set({ notice: { level: 'error', title: t('notice.cannotOpen', { name }), lines: r.error.issues.slice(0, 12).map(formatIssue).concat(r.error.issues.length > 12 ? [t('notice.more', { n: r.error.issues.length - 12 })] : []) } });
    return false;
  }
  store.load(r.project, { fileName: name, savedDoc: r.project, selection: [], draft: null, stats: null, notice: r.migratedFrom !== undefined ? { level: 'info', title: t('notice.upgraded', { name }), lines: [t('notice.upgradedLine', { from: r.migratedFrom, to: r.project.formatVersion })] } : null });
  return true;
}

export function newProject(store: AppStore, project: Project = createEmptyProject()): void {
  store.load(project, { fileName: null, savedDoc: project, selection: [], draft: null, stats: null, notice: null });
}

export async function openProject(store: AppStore, platform: Platform): Promise<boolean> {
  const r = await platform.openProject();
  if (r.status === 'cancelled') return false;
  if (r.status === 'error') { store.set({ notice: { level: 'error', title: t('notice.cannotOpenFile'), lines: [r.message] } }); return false; }
  return loadProjectBytes(store, r.file.name, r.file.bytes);
}

export async function saveProject(store: AppStore, platform: Platform, as = false): Promise<boolean> {
  const s = store.getState();
  const doc = s.doc;
  const bytes = writeProjectFile(doc);
  const name = suggestedFileName(s.fileName, doc);
  const r = as ? await platform.saveProjectAs(bytes, name) : await platform.saveProject(bytes, name);
  if (r.status === 'cancelled') return false;
  if (r.status === 'error') { store.set({ notice: { level: 'error', title: t('notice.saveFailed'), lines: [r.message, t('notice.stillOpen')] } }); return false; }
  store.set({ fileName: r.name, savedDoc: doc });
  return true;
}

/** Window title and dirty flag for the shell. */
export function documentState(store: AppStore): { title: string; dirty: boolean } {
  const s = store.getState();
  return { title: s.fileName ?? s.doc.meta.name, dirty: isDirty(s) };
}
