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
  printReportPdf: 'app:print-report-pdf',
  writeRecovery: 'app:write-recovery',
  readRecovery: 'app:read-recovery',
  clearRecovery: 'app:clear-recovery',
} as const;

/** Main → renderer event channel carrying a {@link MenuCommand}. */
export const MENU_EVENT_CHANNEL = 'app:menu-command';

/** Map layers the View menu can toggle. */
export const LAYER_IDS = ['areas', 'buildings', 'roads', 'feeders', 'meters', 'collectors', 'sites'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'file:new-demo', 'file:new-empty', 'file:open', 'file:save', 'file:save-as', 'file:import', 'file:export', 'file:report',
  'run:all', 'run:mesh', 'run:star', 'run:plc', 'run:cancel', 'run:compare', 'run:plan',
  'edit:undo', 'edit:redo', 'edit:delete', 'edit:finish-area',
  'tool:select', 'tool:box-select', 'tool:lasso', 'tool:add-meter', 'tool:add-collector', 'tool:draw-area',
  'lang:en', 'lang:ja',
  ...LAYER_IDS.map((l) => `view:toggle-${l}` as const),
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Largest project the renderer may hand to the main process, bytes. */
export const MAX_IPC_PROJECT_BYTES = 1024 * 1024 * 1024;

/** Largest report HTML the renderer may hand to the main process for printing, characters (a 1M-meter report stays well below). */
export const MAX_REPORT_HTML_CHARS = 64 * 1024 * 1024;

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
  printReportPdf: z.tuple([
    z.string().min(1).max(MAX_REPORT_HTML_CHARS, 'report HTML too large'),
    z.string().max(200).regex(/^[^/\\:*?"<>|]*$/, 'suggested name must be a bare file name'),
  ]),
  writeRecovery: z.tuple([z.strictObject({
    meta: z.strictObject({ title: z.string().max(300), fileName: z.string().max(300).nullable(), meters: z.int().min(0).max(100_000_000), savedAtMs: z.number().finite().min(0) }),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_IPC_PROJECT_BYTES, 'recovery bytes out of range'),
  })]),
  readRecovery: z.tuple([]),
  clearRecovery: z.tuple([]),
} as const;

/** What the recovery prompt shows about an autosaved copy (title, original file name, meters, when it was written). */
export interface RecoveryMeta {
  title: string;
  fileName: string | null;
  meters: number;
  savedAtMs: number;
}

/** An autosaved copy of unsaved work: its description and the project file bytes. */
export interface RecoveryCopy {
  meta: RecoveryMeta;
  bytes: Uint8Array;
}

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
  /** Print a self-contained report (HTML) to PDF in the main process and save it where the user chooses. */
  printReportPdf(html: string, suggestedName: string): Promise<SaveOutcome>;
  /** Store the autosaved copy of unsaved work (userData/recovery, written atomically). */
  writeRecovery(copy: RecoveryCopy): Promise<void>;
  /** The autosaved copy left by an earlier session, or null. */
  readRecovery(): Promise<RecoveryCopy | null>;
  /** Remove the autosaved copy (after a save, New/Open, or when the user discards it). */
  clearRecovery(): Promise<void>;
  /** Subscribe to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
