/**
 * The in-window menu bar and toolbar. In Electron the native menu sends the
 * same commands; in the browser this bar is the only menu.
 */
import { useState, type ReactNode } from 'react';
import type { AppCommand } from '../commands';
import { LOCALES, t, type MessageKey } from '../i18n/messages';
import { MAP_LAYER_IDS } from '../map/layer-ids';
import { TOOLS } from '../state/app-state';
import { TOOL_KEYS } from '../state/shortcuts';
import { useAppState } from '../state/use-store';
import { mod, Toolbar } from './Toolbar';

export function MenuBar({ onCommand }: { onCommand(c: AppCommand): void }) {
  const [open, setOpen] = useState<string | null>(null);
  const layers = useAppState((s) => s.layers);
  const tool = useAppState((s) => s.tool);
  const locale = useAppState((s) => s.locale);
  const drawing = useAppState((s) => s.draft !== null);
  const running = useAppState((s) => s.results.running);
  const comparing = useAppState((s) => s.proposals.job !== null);
  const planning = useAppState((s) => s.plan.job !== null);
  const item = (label: string, cmd: AppCommand, shortcut = '', checked?: boolean, disabled = false) => (
    <button role={checked === undefined ? 'menuitem' : 'menuitemradio'} aria-checked={checked} key={cmd} data-cmd={cmd} disabled={disabled} onClick={() => { setOpen(null); onCommand(cmd); }}>
      <span>{checked === undefined ? '' : checked ? '✓ ' : '   '}{label}</span><kbd>{shortcut}</kbd>
    </button>
  );
  const menu = (name: string, label: string, children: ReactNode) => (
    <div className="menu" onMouseLeave={() => setOpen(null)}>
      <button className="menu-title" aria-haspopup="menu" aria-expanded={open === name} data-menu={name} onClick={() => setOpen(open === name ? null : name)}>{label}</button>
      {open === name && <div role="menu" className="menu-items">{children}</div>}
    </div>
  );
  return (
    <header className="menubar">
      <strong className="brand">{t('app.title')}</strong>
      {menu('file', t('menu.file'), <>
        {item(t('menu.newDemo'), 'file:new-demo')}
        {item(t('menu.new'), 'file:new-empty')}
        {item(t('menu.open'), 'file:open', `${mod}O`)}
        {item(t('menu.save'), 'file:save', `${mod}S`)}
        {item(t('menu.saveAs'), 'file:save-as', `${mod}⇧S`)}
        {item(t('menu.import'), 'file:import', `${mod}I`)}
        {item(t('menu.export'), 'file:export')}
        {item(t('menu.report'), 'file:report', `${mod}⇧R`)}
      </>)}
      {menu('edit', t('menu.edit'), <>
        {item(t('menu.undo'), 'edit:undo', `${mod}Z`)}
        {item(t('menu.redo'), 'edit:redo', `${mod}⇧Z`)}
        {item(t('menu.delete'), 'edit:delete', 'Del')}
        {item(t('menu.finishArea'), 'edit:finish-area', 'Enter', undefined, !drawing)}
      </>)}
      {menu('view', t('menu.view'), <>
        {MAP_LAYER_IDS.map((l) => item(t(`layer.${l}` as MessageKey), `view:toggle-${l}`, '', layers[l]))}
      </>)}
      {menu('tools', t('menu.tools'), <>
        {TOOLS.map((x) => item(t(`tool.${x}` as MessageKey), `tool:${x}`, TOOL_KEYS[x], tool === x))}
      </>)}
      {menu('simulate', t('menu.simulate'), <>
        {item(t('results.menu.runAll'), 'run:all', 'F5')}
        {item(t('medium.mesh'), 'run:mesh')}
        {item(t('medium.star'), 'run:star')}
        {item(t('medium.plc'), 'run:plc')}
        {item(t('results.menu.cancel'), 'run:cancel', 'Esc', undefined, !running && !comparing && !planning)}
        {item(t('proposals.menu.compare'), 'run:compare', '', undefined, comparing)}
        {item(t('plan.menu.run'), 'run:plan', `${mod}⇧P`, undefined, planning)}
      </>)}
      {menu('language', t('menu.language'), <>
        {LOCALES.map((l) => item(t(`lang.${l}` as MessageKey), `lang:${l}`, '', locale === l))}
      </>)}
      <Toolbar onCommand={onCommand} />
    </header>
  );
}
