/**
 * The IPC contract between the Electron main process and the renderer: the
 * channel names, the argument schemas the main side validates, and the typed
 * API the preload exposes as `window.fanplan`. Only `invoke`/`handle` is used
 * from renderer to main; menu commands flow main → renderer as events.
 *
 * The renderer never sends a file path for writing: paths stay in the main
 * process, and the renderer refers to recent files by opaque index.
 */
import { z } from 'zod';

/** Renderer → main channels (all prefixed `app:`). */
export const IPC_CHANNELS = {
  openProject: 'app:open-project',
  openRecent: 'app:open-recent',
  listRecent: 'app:list-recent',
  saveProject: 'app:save-project',
  saveProjectAs: 'app:save-project-as',
  setDocumentState: 'app:set-document-state',
  newDocument: 'app:new-document',
} as const;

/** Main → renderer event channel carrying a {@link MenuCommand}. */
export const MENU_EVENT_CHANNEL = 'app:menu-command';

/** Map layers the View menu can toggle. */
export const LAYER_IDS = ['areas', 'buildings', 'roads', 'feeders', 'meters', 'collectors', 'sites'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'file:new-demo', 'file:new-empty', 'file:open', 'file:save', 'file:save-as', 'file:import', 'file:export',
  'run:all', 'run:mesh', 'run:star', 'run:plc', 'run:cancel',
  'edit:undo', 'edit:redo', 'edit:delete', 'edit:finish-area',
  'tool:select', 'tool:box-select', 'tool:lasso', 'tool:add-meter', 'tool:add-collector', 'tool:draw-area',
  'lang:en', 'lang:ja',
  ...LAYER_IDS.map((l) => `view:toggle-${l}` as const),
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Largest project the renderer may hand to the main process, bytes. */
export const MAX_IPC_PROJECT_BYTES = 1024 * 1024 * 1024;

/** Argument schemas, validated by the main process before any handler runs. */
export const ipcArgs = {
  openProject: z.tuple([]),
  listRecent: z.tuple([]),
  openRecent: z.tuple([z.int().min(0).max(19)]),
  saveProject: z.tuple([z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_IPC_PROJECT_BYTES, 'project bytes out of range')]),
  saveProjectAs: z.tuple([
    z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_IPC_PROJECT_BYTES, 'project bytes out of range'),
    z.string().max(200).regex(/^[^/\\:*?"<>|]*$/, 'suggested name must be a bare file name'),
  ]),
  setDocumentState: z.tuple([z.strictObject({ title: z.string().max(300), dirty: z.boolean() })]),
  newDocument: z.tuple([]),
} as const;

/** A file the user opened: its display name and content. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** Outcome of a save: written (with the display name), cancelled by the user, or failed. */
export type SaveOutcome = { status: 'saved'; name: string } | { status: 'cancelled' } | { status: 'error'; message: string };

/** Outcome of an open: a file, cancelled, or an error message naming the file. */
export type OpenOutcome = { status: 'opened'; file: OpenedFile } | { status: 'cancelled' } | { status: 'error'; message: string };

/** An entry of the recent-files list (no path is exposed). */
export interface RecentEntry {
  index: number;
  name: string;
}

/** The API the preload exposes to the renderer as `window.fanplan`. */
export interface FanplanBridge {
  openProject(): Promise<OpenOutcome>;
  openRecent(index: number): Promise<OpenOutcome>;
  listRecent(): Promise<RecentEntry[]>;
  saveProject(bytes: Uint8Array): Promise<SaveOutcome>;
  saveProjectAs(bytes: Uint8Array, suggestedName: string): Promise<SaveOutcome>;
  setDocumentState(state: { title: string; dirty: boolean }): Promise<void>;
  /** The renderer started a new, unsaved document: the next Save must ask for a file. */
  newDocument(): Promise<void>;
  /** Subscribe to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
