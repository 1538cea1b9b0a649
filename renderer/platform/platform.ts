/**
 * The platform interface: how the renderer opens and saves files and hears
 * menu commands, implemented by the Electron preload bridge and by the
 * browser (file picker and downloads) for `npm run web`.
 */
import type { MenuCommand, OpenOutcome, RecentEntry, RecoveryCopy, RecoveryMeta, SaveOutcome } from '../../contract/ipc';

export type { MenuCommand, OpenOutcome, SaveOutcome, RecentEntry, RecoveryCopy, RecoveryMeta };

/** Outcome of printing a report to PDF: saved by the app (Electron), or handed to the browser's print dialog (web). */
export type PrintOutcome = SaveOutcome | { status: 'print-dialog' };

export interface Platform {
  kind: 'electron' | 'web';
  /** Ask the user for a project file and return its bytes. */
  openProject(): Promise<OpenOutcome>;
  /** Save to the current file (Electron) or download (web). */
  saveProject(bytes: Uint8Array, suggestedName: string): Promise<SaveOutcome>;
  /** Save under a new name chosen by the user. */
  saveProjectAs(bytes: Uint8Array, suggestedName: string): Promise<SaveOutcome>;
  listRecent(): Promise<RecentEntry[]>;
  openRecent(index: number): Promise<OpenOutcome>;
  /** Tell the shell the window title and whether there are unsaved changes. */
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** A new, unsaved document was started (Electron forgets the current file path). */
  newDocument(): void;
  /**
   * Ask the user for files to import (`accept`: extensions / MIME types as for
   * `<input accept>`); an empty list when cancelled. Both platforms use a
   * hidden `<input type=file>` in the renderer: reading a file the user picked
   * is allowed under the sandbox, and no path reaches the renderer.
   */
  pickFiles(accept: string, multiple: boolean): Promise<File[]>;
  /**
   * Save an export (GeoJSON, CSV) under a suggested name: a download in the
   * browser. Electron has no generic save bridge yet, so it also downloads
   * (Chromium's download flow asks where to save).
   */
  saveFile(bytes: Uint8Array, suggestedName: string, mimeType: string): Promise<SaveOutcome>;
  /**
   * Print a self-contained report (HTML) to PDF. Electron prints it in the
   * main process (hidden window, printToPDF) and asks where to save; the
   * browser opens its print dialog on a sandboxed frame ("Save as PDF").
   * Optional so test platforms need not stub it; the report view disables Save PDF without it.
   */
  printReportPdf?(html: string, suggestedName: string): Promise<PrintOutcome>;
  /** Store the autosaved copy of unsaved work (Electron: userData/recovery; web: IndexedDB). */
  writeRecovery(copy: RecoveryCopy): Promise<void>;
  /** The autosaved copy an earlier session left, or null; rejects when the copy is damaged. */
  readRecovery(): Promise<RecoveryCopy | null>;
  /** Remove the autosaved copy. */
  clearRecovery(): Promise<void>;
  /** Native menu commands (Electron); the web build renders its own menu bar. */
  onMenuCommand(listener: (c: MenuCommand) => void): () => void;
}
