/**
 * Everything of the import feature that sits on top of the workspace: the
 * import and export dialogs, the demo generation progress, and the
 * dismissible "synthetic demo data" banner.
 */
import './import.css';
import { t } from '../../i18n/messages';
import type { Platform } from '../../platform';
import { useAppState, useAppStore } from '../../state/use-store';
import { setImportUi, useImportUi } from './dialog-state';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';

function DemoProgressCard() {
  const demo = useImportUi((s) => s.demo);
  if (!demo) return null;
  const frac = demo.total > 0 ? Math.min(1, demo.done / demo.total) : 0;
  return (
    <div className="demo-progress" role="progressbar" aria-label={t('demo.generating')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(frac * 100)} data-testid="demo-progress">
      <div>{t('demo.generating')}{demo.stage ? ` — ${t('demo.stage', { stage: demo.stage, done: demo.done, total: demo.total })}` : '…'}</div>
      <div className="progress-track"><div className="progress-fill" style={{ width: `${Math.max(4, frac * 100)}%` }} /></div>
    </div>
  );
}

function SyntheticBanner() {
  const store = useAppStore();
  const synthetic = useAppState((s) => s.doc.meta.synthetic);
  useAppState((s) => s.savedDoc); // re-render when a document is loaded (the generation changes)
  const dismissed = useImportUi((s) => s.bannerDismissedFor) === store.generation;
  if (!synthetic || dismissed) return null;
  return (
    <div className="synthetic-banner" role="note" data-testid="synthetic-banner">
      <strong>{t('demo.banner')}</strong>
      <span>{t('demo.bannerDetail')}</span>
      <button aria-label={t('demo.dismiss')} title={t('demo.dismiss')} data-testid="synthetic-banner-dismiss" onClick={() => setImportUi({ bannerDismissedFor: store.generation })}>×</button>
    </div>
  );
}

export function ImportHost({ platform }: { platform: Platform }) {
  const dialog = useImportUi((s) => s.dialog);
  return (
    <>
      <SyntheticBanner />
      <DemoProgressCard />
      {dialog === 'import' && <ImportDialog platform={platform} />}
      {dialog === 'export' && <ExportDialog platform={platform} />}
    </>
  );
}
