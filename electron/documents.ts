/**
 * The document handlers behind the IPC contract: open, open recent, save,
 * save as, document state. The main process owns the current file path; the
 * renderer sends only bytes and bare names, never a path to write. Every
 * project is checked with the project model's `readProjectFile` before it is
 * accepted from disk or written to it. File operations run one at a time.
 */
import path from 'node:path';
import { MAX_IPC_PROJECT_BYTES, type OpenOutcome, type RecentEntry, type SaveOutcome } from '../contract/ipc';
import { readProjectFile } from '../workers/model';
import { defaultProjectFileName, withProjectExtension } from './file-names';
import type { IpcHandlers } from './ipc-guard';
import { addRecent, recentEntries, removeRecent } from './recent';

/** Native dialogs, already bound to their options (see file-names.ts); null means cancelled. */
export interface DocumentDialogs {
  showOpen(): Promise<string | null>;
  showSave(fileName: string, dir: string | null): Promise<string | null>;
}

/** Everything the handlers touch, injected. */
export interface DocumentDeps {
  dialogs: DocumentDialogs;
  readFile(file: string): Promise<Uint8Array>;
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  /** Atomic write with backup (atomic-write.ts). */
  writeFile(file: string, bytes: Uint8Array): Promise<unknown>;
  /** Persisted recent list. */
  loadRecent(): Promise<string[]>;
  saveRecent(list: readonly string[]): Promise<void>;
  /** Called after the title, dirty flag or file changed (window title, macOS edited dot). */
  onDocumentChanged?(doc: DocumentInfo): void;
  /** Called after the recent list changed (menu rebuild). */
  onRecentChanged?(entries: RecentEntry[]): void;
  /** Clock, ms; used to expire a recent-file request from the menu. */
  now?(): number;
}

/** What the main process knows about the open document. */
export interface DocumentInfo {
  title: string;
  dirty: boolean;
  /** The file's absolute path, or null for an unsaved document. */
  filePath: string | null;
}

/** How long a recent file picked in the menu waits for the renderer's `openProject` call. */
export const PENDING_RECENT_MS = 30_000;

const message = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'the file was moved or deleted' : (e as Error)?.message ?? String(e);

/**
 * Whether the renderer's document is still the file main has open. The
 * contract has no "new document" call, and the renderer can start a new
 * project on its own; its title then stops naming the file (it shows the file
 * name while a file is open). Until the contract says so explicitly, Save
 * writes in place only while the title names the file, and otherwise asks
 * where to save: a wrong guess costs a dialog, never an overwritten file.
 */
export function titleNamesFile(title: string, filePath: string): boolean {
  return title.includes(path.basename(filePath));
}

/** The handlers plus the main-process-only operations the menu uses. */
export interface DocumentController extends Omit<IpcHandlers, 'writeRecovery' | 'readRecovery' | 'clearRecovery' | 'printReportPdf'> {
  info(): DocumentInfo;
  /** Forget the current path so the next Save asks where to save. For a future explicit "new document" call in the contract; main.ts does not call it today (see {@link titleNamesFile}). */
  newDocument(): Promise<void>;
  /** A recent file picked in the native menu; the renderer's next `openProject` opens it (after its unsaved-changes prompt). */
  requestOpenRecent(index: number): void;
  clearRecent(): Promise<void>;
  recentEntries(): Promise<RecentEntry[]>;
}

/** Create the document handlers over injected dependencies. */
export function createDocumentController(deps: DocumentDeps): DocumentController {
  const now = deps.now ?? Date.now;
  const doc: DocumentInfo = { title: 'Untitled', dirty: false, filePath: null };
  let recent: string[] | null = null;
  let pending: { file: string; at: number } | null = null;
  /** Folder of the last file opened or saved: where the Save dialog starts. */
  let lastDir: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = queue.then(fn);
    queue = p.catch(() => undefined);
    return p;
  };
  const changed = () => deps.onDocumentChanged?.({ ...doc });
  const getRecent = async () => (recent ??= await deps.loadRecent());
  const setRecent = async (list: string[]) => {
    recent = list;
    await deps.saveRecent(list).catch(() => undefined);
    deps.onRecentChanged?.(recentEntries(list));
  };

  async function openPath(file: string): Promise<OpenOutcome> {
    const name = path.basename(file);
    try {
      const st = await deps.stat(file);
      if (!st.isFile()) return { status: 'error', message: `${name}: not a file` };
      if (st.size > MAX_IPC_PROJECT_BYTES) return { status: 'error', message: `${name}: the file is larger than ${MAX_IPC_PROJECT_BYTES} bytes` };
      const bytes = await deps.readFile(file);
      const read = readProjectFile(bytes, name);
      if (!read.ok) return { status: 'error', message: read.error.message };
      doc.filePath = path.resolve(file);
      doc.title = name;
      doc.dirty = false;
      lastDir = path.dirname(doc.filePath);
      changed();
      await setRecent(addRecent(await getRecent(), file));
      return { status: 'opened', file: { name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) } };
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') await setRecent(removeRecent(await getRecent(), file));
      return { status: 'error', message: `${name}: ${message(e)}` };
    }
  }

  async function writeTo(file: string, bytes: Uint8Array): Promise<SaveOutcome> {
    const name = path.basename(file);
    try {
      await deps.writeFile(file, bytes);
    } catch (e) {
      return { status: 'error', message: `Could not save ${name}: ${message(e)}` };
    }
    doc.filePath = path.resolve(file);
    doc.title = name;
    doc.dirty = false;
    lastDir = path.dirname(doc.filePath);
    changed();
    await setRecent(addRecent(await getRecent(), file));
    return { status: 'saved', name };
  }

  /** Refuse bytes that are not a valid project in the model's own schemas. */
  const invalid = (bytes: Uint8Array, name: string): SaveOutcome | null => {
    const read = readProjectFile(bytes, name);
    return read.ok ? null : { status: 'error', message: `Refusing to save an invalid project: ${read.error.message}` };
  };

  async function saveAs(bytes: Uint8Array, suggestedName: string): Promise<SaveOutcome> {
    const fileName = defaultProjectFileName(suggestedName || doc.title);
    const bad = invalid(bytes, fileName);
    if (bad) return bad;
    const chosen = await deps.dialogs.showSave(fileName, lastDir);
    if (!chosen) return { status: 'cancelled' };
    return writeTo(withProjectExtension(chosen), bytes);
  }

  return {
    info: () => ({ ...doc }),
    async newDocument() {
      doc.filePath = null;
      changed();
    },
    requestOpenRecent(index) {
      const file = recent?.[index];
      pending = file ? { file, at: now() } : null;
    },
    clearRecent: () => serial(() => setRecent([])),
    recentEntries: async () => recentEntries(await getRecent()),
    openProject: () => serial(async () => {
      const take = pending && now() - pending.at <= PENDING_RECENT_MS ? pending.file : null;
      pending = null;
      const file = take ?? (await deps.dialogs.showOpen());
      return file ? openPath(file) : { status: 'cancelled' as const };
    }),
    openRecent: (index) => serial(async () => {
      const file = (await getRecent())[index];
      return file ? openPath(file) : { status: 'error' as const, message: 'There is no recent file at that position.' };
    }),
    listRecent: async () => recentEntries(await getRecent()),
    saveProject: (bytes) => serial(async () => {
      if (!doc.filePath || !titleNamesFile(doc.title, doc.filePath)) return saveAs(bytes, doc.title);
      return invalid(bytes, path.basename(doc.filePath)) ?? writeTo(doc.filePath, bytes);
    }),
    saveProjectAs: (bytes, suggestedName) => serial(() => saveAs(bytes, suggestedName)),
    setDocumentState: async (state) => {
      doc.title = state.title;
      doc.dirty = state.dirty;
      changed();
    },
  };
}

/** The window title for a document: name, an edited marker, the app name. */
export function windowTitle(doc: Pick<DocumentInfo, 'title' | 'dirty'>): string {
  return `${doc.dirty ? '• ' : ''}${doc.title.trim() || 'Untitled'} — FANplan`;
}

/**
 * Whether the window may close: always when the document is saved; when it
 * has unsaved changes, only if the user confirms discarding them.
 */
export async function mayClose(doc: Pick<DocumentInfo, 'dirty'>, confirmDiscard: () => Promise<boolean>): Promise<boolean> {
  return doc.dirty ? confirmDiscard() : true;
}
