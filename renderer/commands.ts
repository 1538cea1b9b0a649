/**
 * One dispatcher for commands from the in-window menu, the native menu
 * (Electron) and keyboard shortcuts.
 */
import type { MenuCommand } from '../contract/ipc';
import { afterUnsavedCheck } from './dialogs/confirm/unsaved';
import { loadDemo } from './dialogs/import/demo-start';
import { openExportDialog, openImportDialog } from './dialogs/import/dialog-state';
import { applyLocale, type Locale } from './i18n/messages';
import { applyZodLocale } from './i18n/zod-locale';
import { isMapLayerId } from './map/layer-ids';
import { cancelRuns } from './results/run-controller';
import { cancelCompare, escapeProposals, runCompare } from './proposals/compare-controller';
import { runSimulateCommand } from './results/commands';
import { escapePlan, runPlanCommand } from './plan/commands';
import type { Platform } from './platform';
import { openReportView } from './report/report-state';
import { TOOLS, type AppStore, type Tool } from './state/app-state';
import { newProject, openProject, saveProject } from './state/document-actions';
import { clearDems } from './state/terrain-cache';
import type { ShortcutCommand } from './state/shortcuts';
import { escape, finishDraft, setTool, undoDraftVertex } from './state/tool-actions';
import { updaters } from './state/updaters';

/** Commands only the renderer knows so far (the native menu could send them too; see the report to the lead). */
export type RendererCommand = 'edit:delete' | 'edit:finish-area' | `lang:${Locale}` | `view:toggle-${string}` | `tool:${Tool}`;
export type AppCommand = MenuCommand | ShortcutCommand | RendererCommand;

/** Switch the UI language (remembered in localStorage). */
export function setLocale(store: AppStore, locale: Locale): void {
  applyLocale(locale);
  applyZodLocale(locale);
  store.set({ locale });
}

/** Delete the selection, or while drawing an area, its last vertex. */
function deleteSelection(store: AppStore): void {
  const s = store.getState();
  if (s.draft) { undoDraftVertex(store); return; }
  if (s.selection.length) store.edit((p) => updaters.deleteEntities(p, s.selection), () => ({ selection: [] }));
}

export function runCommand(store: AppStore, platform: Platform, cmd: AppCommand): void {
  switch (cmd) {
    case 'file:new-empty': void afterUnsavedCheck(store, platform, () => { newProject(store); clearDems(); platform.newDocument(); }); return;
    case 'file:new-demo': void afterUnsavedCheck(store, platform, () => loadDemo(store, platform)); return;
    case 'file:import': case 'import': openImportDialog(); return;
    case 'file:export': openExportDialog(); return;
    case 'file:report': openReportView(); return;
    case 'file:open': case 'open': void afterUnsavedCheck(store, platform, () => openProject(store, platform)); return;
    case 'file:save': case 'save': void saveProject(store, platform); return;
    case 'file:save-as': case 'save-as': void saveProject(store, platform, true); return;
    case 'edit:undo': case 'undo': store.undo(); return;
    case 'edit:redo': case 'redo': store.redo(); return;
    case 'edit:delete': case 'delete': deleteSelection(store); return;
    case 'edit:finish-area': case 'enter': finishDraft(store); return;
    case 'escape': if (!(store.getState().results.job && cancelRuns()) && !escapeProposals(store) && !escapePlan(store)) escape(store); return;
    case 'run:compare': void runCompare(store); return;
    case 'lang:en': case 'lang:ja': setLocale(store, cmd.slice(5) as Locale); return;
  }
  if (cmd === 'run:cancel') cancelCompare();
  if (runPlanCommand(store, cmd)) return;
  if (runSimulateCommand(store, cmd)) return;
  if (cmd.startsWith('tool:')) {
    const tool = cmd.slice(5) as Tool;
    if ((TOOLS as readonly string[]).includes(tool)) setTool(store, tool);
    return;
  }
  const layer = cmd.startsWith('view:toggle-') ? cmd.slice('view:toggle-'.length) : null;
  if (layer && isMapLayerId(layer)) store.set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } }));
}
