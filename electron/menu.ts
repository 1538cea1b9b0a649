/**
 * The native application menu as a plain template. Document commands are not
 * executed here: each item sends a {@link MenuCommand} to the renderer, which
 * owns the document, the unsaved-changes prompt and undo history. Only
 * main.ts passes the template to `Menu.buildFromTemplate`.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { LAYER_IDS, type LayerId, type MenuCommand, type RecentEntry } from '../contract/ipc';

/** What the menu shows. */
export interface MenuState {
  platform: NodeJS.Platform;
  /** Recent files, names and indices only. */
  recent: readonly RecentEntry[];
  /** Show developer items (reload, DevTools). */
  dev?: boolean;
}

/** Actions on the recent-files list, which the main process owns. */
export interface RecentActions {
  open(index: number): void;
  clear(): void;
}

const LAYER_LABELS: Record<LayerId, string> = {
  areas: 'Areas', buildings: 'Buildings', roads: 'Roads', feeders: 'LV Feeders', meters: 'Meters', collectors: 'Collectors', sites: 'Candidate Sites',
};

/** Escape `&`, which Windows and Linux menus read as a mnemonic marker. */
export function escapeMenuLabel(label: string): string {
  return label.replace(/&/g, '&&');
}

/** Build the application menu template; `send` forwards a command to the renderer. */
export function buildMenuTemplate(state: MenuState, send: (command: MenuCommand) => void, recent: RecentActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions =>
    ({ label, id: command, ...(accelerator ? { accelerator } : {}), click: () => send(command) });

  const recentItems: MenuItemConstructorOptions[] = state.recent.length === 0
    ? [{ label: 'No Recent Files', enabled: false }]
    : state.recent.map((r) => ({ label: escapeMenuLabel(r.name), id: `file:recent-${r.index}`, click: () => recent.open(r.index) }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New', submenu: [cmd('Demo Region', 'file:new-demo'), cmd('Empty Project', 'file:new-empty', 'CmdOrCtrl+N')] },
      cmd('Open…', 'file:open', 'CmdOrCtrl+O'),
      cmd('Import…', 'file:import', 'CmdOrCtrl+I'),
      cmd('Export…', 'file:export', 'CmdOrCtrl+E'),
      cmd('Report…', 'file:report', 'CmdOrCtrl+Shift+R'),
      { label: 'Open Recent', id: 'file:open-recent', submenu: [...recentItems, { type: 'separator' }, { label: 'Clear Recent', enabled: state.recent.length > 0, click: () => recent.clear() }] },
      { type: 'separator' },
      cmd('Save', 'file:save', 'CmdOrCtrl+S'),
      cmd('Save As…', 'file:save-as', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      cmd('Undo', 'edit:undo', 'CmdOrCtrl+Z'),
      cmd('Redo', 'edit:redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      cmd('Delete Selection', 'edit:delete'),
      cmd('Finish Area', 'edit:finish-area'),
      { type: 'separator' },
      // Text fields need these roles for clipboard shortcuts (macOS has no other binding).
      { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Layers', id: 'view:layers', submenu: LAYER_IDS.map((l) => cmd(LAYER_LABELS[l], `view:toggle-${l}`)) },
      { type: 'separator' },
      { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(state.dev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  // Single-key tool shortcuts (V, B, L, M, C, A) are handled by the renderer so they do not fire inside text fields.
  const tools: MenuItemConstructorOptions = {
    label: '&Tools',
    submenu: [
      cmd('Select / Move	V', 'tool:select'), cmd('Box Select	B', 'tool:box-select'), cmd('Lasso Select	L', 'tool:lasso'),
      cmd('Add Meter	M', 'tool:add-meter'), cmd('Add Collector	C', 'tool:add-collector'), cmd('Draw Area	A', 'tool:draw-area'),
    ],
  };
  const simulate: MenuItemConstructorOptions = {
    label: '&Simulate',
    submenu: [cmd('Run All Media', 'run:all', 'F5'), { type: 'separator' }, cmd('Run RF Mesh', 'run:mesh'), cmd('Run Wireless Star', 'run:star'), cmd('Run PLC', 'run:plc'), { type: 'separator' }, cmd('Cancel Run', 'run:cancel', 'Esc'), { type: 'separator' }, cmd('Plan Media (Compare TCO)', 'run:plan', 'CmdOrCtrl+Shift+P'), cmd('Compare Vendor Proposals', 'run:compare')],
  };
  const language: MenuItemConstructorOptions = { label: '&Language', submenu: [cmd('English', 'lang:en'), cmd('日本語', 'lang:ja')] };

  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, tools, simulate, language, { role: 'windowMenu' }];
}
