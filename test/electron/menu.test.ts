import { describe, expect, it } from 'vitest';
import { LAYER_IDS, MENU_COMMANDS, type MenuCommand } from '../../contract/ipc';
import { buildMenuTemplate, escapeMenuLabel, type MenuState } from '../../electron/menu';

type Item = ReturnType<typeof buildMenuTemplate>[number];
const sub = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const byLabel = (items: Item[], label: string) => {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no menu item "${label}" in ${items.map((i) => i.label ?? i.role ?? i.type).join(', ')}`);
  return found;
};
const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...walk(sub(i))]);
const click = (item: Item) => (item.click as unknown as () => void)();

function build(state: Partial<MenuState> = {}) {
  const sent: MenuCommand[] = [];
  const opened: number[] = [];
  let cleared = 0;
  const template = buildMenuTemplate({ platform: 'linux', recent: [], ...state }, (c) => sent.push(c), { open: (i) => opened.push(i), clear: () => cleared++ });
  return { template, sent, opened, cleared: () => cleared };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Tools, Language and Window menus (plus the app menu on macOS)', () => {
    expect(build().template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Tools', '&Simulate', '&Language', 'windowMenu']);
    expect(build({ platform: 'darwin' }).template.map((m) => m.label ?? m.role)).toEqual(['appMenu', '&File', '&Edit', '&View', '&Tools', '&Simulate', '&Language', 'windowMenu']);
  });

  it('sends tool and language commands to the renderer', () => {
    const { template, sent } = build();
    for (const item of [...sub(template[3]), ...sub(template[4]), ...sub(template[5])]) (item as { click?: () => void }).click?.();
    expect(sent).toEqual(['tool:select', 'tool:box-select', 'tool:lasso', 'tool:add-meter', 'tool:add-collector', 'tool:draw-area', 'run:all', 'run:mesh', 'run:star', 'run:plc', 'run:cancel', 'run:plan', 'run:compare', 'lang:en', 'lang:ja']);
  });

  it('sends the File commands with the usual accelerators', () => {
    const { template, sent } = build();
    const file = sub(template[0]);
    const newMenu = sub(byLabel(file, 'New'));
    const expected: [Item, MenuCommand, string | undefined][] = [
      [byLabel(newMenu, 'Demo Region'), 'file:new-demo', undefined],
      [byLabel(newMenu, 'Empty Project'), 'file:new-empty', 'CmdOrCtrl+N'],
      [byLabel(file, 'Open…'), 'file:open', 'CmdOrCtrl+O'],
      [byLabel(file, 'Save'), 'file:save', 'CmdOrCtrl+S'],
      [byLabel(file, 'Save As…'), 'file:save-as', 'CmdOrCtrl+Shift+S'],
    ];
    for (const [item, command, accelerator] of expected) {
      expect(item.accelerator).toBe(accelerator);
      click(item);
      expect(sent.at(-1)).toBe(command);
    }
    expect(file.some((i) => i.role === 'quit')).toBe(true);
  });

  it('sends Undo and Redo with Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z, keeping the clipboard roles for text fields', () => {
    const { template, sent } = build();
    const edit = sub(template[1]);
    expect(byLabel(edit, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel(edit, 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    click(byLabel(edit, 'Undo'));
    click(byLabel(edit, 'Redo'));
    expect(sent).toEqual(['edit:undo', 'edit:redo']);
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('has one layer toggle per layer id, each sending its command', () => {
    const { template, sent } = build();
    const layers = sub(byLabel(sub(template[2]), 'Layers'));
    expect(layers).toHaveLength(LAYER_IDS.length);
    layers.forEach(click);
    expect(sent).toEqual(LAYER_IDS.map((l) => `view:toggle-${l}`));
  });

  it('only ever sends commands of the contract', () => {
    const { template, sent } = build({ recent: [{ index: 0, name: 'a.fanplan' }] });
    walk(template).filter((i) => i.click && !String(i.id ?? '').startsWith('file:recent') && i.label !== 'Clear Recent').forEach(click);
    expect(sent.length).toBeGreaterThan(10);
    for (const c of sent) expect(MENU_COMMANDS).toContain(c);
  });

  it('lists recent files by name and opens them by index', () => {
    const { template, opened, cleared } = build({ recent: [{ index: 0, name: 'Tokyo & Osaka.fanplan' }, { index: 1, name: 'rural.fanplan' }] });
    const recent = sub(byLabel(sub(template[0]), 'Open Recent'));
    expect(recent.slice(0, 2).map((i) => i.label)).toEqual(['Tokyo && Osaka.fanplan', 'rural.fanplan']);
    click(recent[1]);
    expect(opened).toEqual([1]);
    const clear = byLabel(recent, 'Clear Recent');
    expect(clear.enabled).toBe(true);
    click(clear);
    expect(cleared()).toBe(1);
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const recent = sub(byLabel(sub(build().template[0]), 'Open Recent'));
    expect(recent[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(byLabel(recent, 'Clear Recent').enabled).toBe(false);
  });

  it('offers reload and DevTools only in development', () => {
    const roles = (dev: boolean) => walk(build({ dev }).template).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('escapes ampersands in labels', () => {
    expect(escapeMenuLabel('A&B && C')).toBe('A&&B &&&& C');
  });
});
