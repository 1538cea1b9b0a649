/**
 * The map toolbar: one button per tool (shortcut in the tooltip), the medium
 * and profile the collector tool places, delete, undo and redo.
 */
import { MEDIA, type Medium } from '../../workers/model';
import type { AppCommand } from '../commands';
import { t, type MessageKey } from '../i18n/messages';
import { TOOLS, type Tool } from '../state/app-state';
import { TOOL_KEYS } from '../state/shortcuts';
import { placementProfile } from '../state/tool-actions';
import { useAppState, useAppStore } from '../state/use-store';

const ICONS: Record<Tool, string> = { select: '⬉', 'box-select': '⬚', lasso: '◌', 'add-meter': '●', 'add-collector': '◆', 'draw-area': '⬠' };

export const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function Toolbar({ onCommand }: { onCommand(c: AppCommand): void }) {
  const store = useAppStore();
  const tool = useAppState((s) => s.tool);
  const placement = useAppState((s) => s.placement);
  const profiles = useAppState((s) => s.doc.profiles);
  const hasSelection = useAppState((s) => s.selection.length > 0);
  const profileId = useAppState((s) => placementProfile(s.doc, s.placement.medium, s.placement.profileId));
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {TOOLS.map((id) => (
        <button key={id} className={tool === id ? 'tool active' : 'tool'} aria-pressed={tool === id} data-tool={id} title={`${t(`tool.${id}` as MessageKey)} (${TOOL_KEYS[id]})`} onClick={() => onCommand(`tool:${id}`)}>
          {ICONS[id]}<span>{t(`tool.${id}` as MessageKey)}</span>
        </button>
      ))}
      {tool === 'add-collector' && (
        <span className="placement">
          <label>{t('tool.medium')}{' '}
            <select data-testid="placement-medium" value={placement.medium} onChange={(e) => store.set({ placement: { medium: e.target.value as Medium, profileId: null } })}>
              {MEDIA.map((m) => <option key={m} value={m}>{t(`medium.${m}` as MessageKey)}</option>)}
            </select>
          </label>
          <label>{t('tool.profile')}{' '}
            <select data-testid="placement-profile" value={profileId ?? ''} onChange={(e) => store.set((s) => ({ placement: { ...s.placement, profileId: e.target.value } }))}>
              {profiles.filter((p) => p.medium === placement.medium).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        </span>
      )}
      <button className="tool" data-tool="delete" disabled={!hasSelection} title={`${t('tool.delete')} (Del)`} onClick={() => onCommand('edit:delete')}>✕<span>{t('tool.delete')}</span></button>
      <button className="tool" data-cmd="edit:undo" aria-label={t('menu.undo')} title={`${t('menu.undo')} (${mod}Z)`} onClick={() => onCommand('edit:undo')}>↶</button>
      <button className="tool" data-cmd="edit:redo" aria-label={t('menu.redo')} title={`${t('menu.redo')} (${mod}⇧Z)`} onClick={() => onCommand('edit:redo')}>↷</button>
    </div>
  );
}
