/** Bottom bar: document name, counts, save state, synthetic-data badge. */
import { t } from '../i18n/messages';
import { isDirty } from '../state/app-state';
import { useAppState } from '../state/use-store';

export function StatusBar() {
  const doc = useAppState((s) => s.doc);
  const fileName = useAppState((s) => s.fileName);
  const dirty = useAppState(isDirty);
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span data-testid="doc-name">{fileName ?? doc.meta.name}</span>
      {doc.meta.synthetic && <span className="badge">{t('synthetic.badge')}</span>}
      <span data-testid="meter-count">{doc.meters.length.toLocaleString()} {t('status.meters')}</span>
      <span data-testid="collector-count">{doc.collectors.length.toLocaleString()} {t('status.collectors')}</span>
      <span className={dirty ? 'dirty' : 'clean'} data-testid="dirty">{dirty ? t('status.unsaved') : t('status.saved')}</span>
    </footer>
  );
}
