/**
 * The platform interface: how the renderer opens and saves files and hears
 * menu commands, implemented by the Electron preload bridge and by the
 * browser (file picker and downloads) for `npm run web`.
 */
import type { MenuCommand, OpenOutcome, RecentEntry, SaveOutcome } from '../../contract/ipc';

export type { MenuCommand, OpenOutcome, SaveOutcome, RecentEntry };

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
  /** Native menu commands (Electron); the web build renders its own menu bar. */
  onMenuCommand(listener: (c: MenuCommand) => void): () => void;
}
