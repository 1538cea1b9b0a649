/** Bottom bar: document name, counts, selection, the active tool's hint, save state, synthetic-data badge. */
import { fmtNumber } from '../i18n/format';
import { t, type MessageKey } from '../i18n/messages';
import { isDirty } from '../state/app-state';
import { useAppState } from '../state/use-store';
import { SNAP_PX } from '../map/tools/snap';

export function StatusBar() {
  const doc = useAppState((s) => s.doc);
  const fileName = useAppState((s) => s.fileName);
  const dirty = useAppState(isDirty);
  const tool = useAppState((s) => s.tool);
  const selected = useAppState((s) => s.selection.length);
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span data-testid="doc-name">{fileName ?? doc.meta.name}</span>
      {doc.meta.synthetic && <span className="badge">{t('synthetic.badge')}</span>}
      <span data-testid="meter-count">{fmtNumber(doc.meters.length)} {t('status.meters')}</span>
      <span data-testid="collector-count">{fmtNumber(doc.collectors.length)} {t('status.collectors')}</span>
      {selected > 0 && <span data-testid="status-selected">{t('status.selected', { n: fmtNumber(selected) })}</span>}
      <span className="hint" data-testid="tool-hint">{t(`hint.${tool}` as MessageKey, { px: SNAP_PX })}</span>
      <span className={dirty ? 'dirty' : 'clean'} data-testid="dirty">{dirty ? t('status.unsaved') : t('status.saved')}</span>
    </footer>
  );
}
