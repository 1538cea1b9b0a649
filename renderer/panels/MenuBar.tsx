/**
 * The in-window menu bar and toolbar. In Electron the native menu sends the
 * same commands; in the browser this bar is the only menu.
 */
import { useState } from 'react';
import { LAYER_IDS, type MenuCommand } from '../../contract/ipc';
import { t, type MessageKey } from '../i18n/messages';
import type { Tool } from '../state/app-state';
import { useAppState } from '../state/use-store';

interface Props {
  onCommand(c: MenuCommand | 'edit:delete'): void;
  onTool(tool: Tool): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function MenuBar({ onCommand, onTool }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const tool = useAppState((s) => s.tool);
  const layers = useAppState((s) => s.layers);
  const hasSelection = useAppState((s) => s.selection.length > 0);
  const item = (label: string, cmd: MenuCommand, shortcut = '') => (
    <button role="menuitem" key={cmd} data-cmd={cmd} onClick={() => { setOpen(null); onCommand(cmd); }}>
      <span>{label}</span><kbd>{shortcut}</kbd>
    </button>
  );
  const menu = (name: string, label: string, children: React.ReactNode) => (
    <div className="menu" onMouseLeave={() => setOpen(null)}>
      <button className="menu-title" aria-haspopup="menu" aria-expanded={open === name} data-menu={name} onClick={() => setOpen(open === name ? null : name)}>{label}</button>
      {open === name && <div role="menu" className="menu-items">{children}</div>}
    </div>
  );
  const toolButton = (id: Tool, key: MessageKey, icon: string, shortcut: string) => (
    <button className={tool === id ? 'tool active' : 'tool'} aria-pressed={tool === id} data-tool={id} title={`${t(key)} (${shortcut})`} onClick={() => onTool(id)}>{icon}<span>{t(key)}</span></button>
  );
  return (
    <header className="menubar">
      <strong className="brand">{t('app.title')}</strong>
      {menu('file', t('menu.file'), <>
        {item(t('menu.new'), 'file:new-empty')}
        {item(t('menu.open'), 'file:open', `${mod}O`)}
        {item(t('menu.save'), 'file:save', `${mod}S`)}
        {item(t('menu.saveAs'), 'file:save-as', `${mod}⇧S`)}
      </>)}
      {menu('edit', t('menu.edit'), <>
        {item(t('menu.undo'), 'edit:undo', `${mod}Z`)}
        {item(t('menu.redo'), 'edit:redo', `${mod}⇧Z`)}
      </>)}
      {menu('view', t('menu.view'), <>
        {LAYER_IDS.map((l) => item(`${layers[l] ? '✓ ' : '   '}${t(`layer.${l}` as MessageKey)}`, `view:toggle-${l}`))}
      </>)}
      <div className="toolbar" role="toolbar">
        {toolButton('select', 'tool.select', '⬉', 'V')}
        {toolButton('add-meter', 'tool.addMeter', '●', 'M')}
        {toolButton('add-collector', 'tool.addCollector', '◆', 'C')}
        <button className="tool" data-tool="delete" disabled={!hasSelection} title={`${t('tool.delete')} (Del)`} onClick={() => onCommand('edit:delete')}>✕<span>{t('tool.delete')}</span></button>
        <button className="tool" data-cmd="edit:undo" title={`${t('menu.undo')} (${mod}Z)`} onClick={() => onCommand('edit:undo')}>↶</button>
        <button className="tool" data-cmd="edit:redo" title={`${t('menu.redo')} (${mod}⇧Z)`} onClick={() => onCommand('edit:redo')}>↷</button>
      </div>
    </header>
  );
}
