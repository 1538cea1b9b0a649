/**
 * One dispatcher for commands from the in-window menu, the native menu
 * (Electron) and keyboard shortcuts.
 */
import type { MenuCommand } from '../contract/ipc';
import { LAYER_IDS, type LayerId } from '../contract/ipc';
import type { Platform } from './platform';
import type { AppStore } from './state/app-state';
import { newProject, openProject, saveProject } from './state/document-actions';
import type { ShortcutCommand } from './state/shortcuts';
import { updaters } from './state/updaters';

export type AppCommand = MenuCommand | ShortcutCommand | 'edit:delete';

export function runCommand(store: AppStore, platform: Platform, cmd: AppCommand): void {
  switch (cmd) {
    case 'file:new-empty': case 'file:new-demo': newProject(store); platform.newDocument(); return;
    case 'file:open': case 'open': void openProject(store, platform); return;
    case 'file:save': case 'save': void saveProject(store, platform); return;
    case 'file:save-as': case 'save-as': void saveProject(store, platform, true); return;
    case 'edit:undo': case 'undo': store.undo(); return;
    case 'edit:redo': case 'redo': store.redo(); return;
    case 'edit:delete': case 'delete': {
      const sel = store.getState().selection;
      if (sel.length) { store.edit((p) => updaters.deleteEntities(p, sel)); store.set({ selection: [] }); }
      return;
    }
    case 'escape': store.set({ selection: [], tool: 'select' }); return;
    case 'tool:select': case 'tool:add-meter': case 'tool:add-collector':
      store.set({ tool: cmd.slice(5) as 'select' | 'add-meter' | 'add-collector' }); return;
  }
  const layer = cmd.startsWith('view:toggle-') ? (cmd.slice('view:toggle-'.length) as LayerId) : null;
  if (layer && (LAYER_IDS as readonly string[]).includes(layer)) store.set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } }));
}
