/** Modal message for errors (naming file, path and field) and notices. */
import { t } from '../i18n/messages';
import { useAppState, useAppStore } from '../state/use-store';

export function NoticeDialog() {
  const store = useAppStore();
  const notice = useAppState((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby="notice-title" className={`dialog ${notice.level}`} data-testid="notice">
        <h2 id="notice-title">{notice.title}</h2>
        <ul>{notice.lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
        <button autoFocus onClick={() => store.set({ notice: null })}>{t('notice.close')}</button>
      </div>
    </div>
  );
}
