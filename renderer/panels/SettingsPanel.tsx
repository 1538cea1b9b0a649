/** Map settings kept with the project: the optional online raster basemap (off by default). */
import { useState } from 'react';
import { t } from '../i18n/messages';
import { updaters } from '../state/updaters';
import { useAppState, useAppStore } from '../state/use-store';

export function SettingsPanel() {
  const store = useAppStore();
  const map = useAppState((s) => s.doc.map);
  const [url, setUrl] = useState(map.onlineBasemapUrl ?? '');
  const valid = url === '' || /^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/.test(url);
  const apply = (enabled: boolean) => store.edit((p) => updaters.updateMapSettings(p, { onlineBasemapUrl: url || undefined, onlineBasemapEnabled: enabled && !!url && valid }));
  return (
    <section className="panel" aria-label={t('panel.settings')}>
      <h2>{t('panel.settings')}</h2>
      <label className="stack">{t('settings.onlineBasemap')}
        <input type="url" placeholder="https://…/{z}/{x}/{y}.png" value={url} aria-invalid={!valid} onChange={(e) => setUrl(e.target.value)} onBlur={() => apply(map.onlineBasemapEnabled)} />
      </label>
      {!valid && <p className="error">{t('settings.urlInvalid')}</p>}
      <label><input type="checkbox" checked={map.onlineBasemapEnabled} disabled={!url || !valid} onChange={(e) => apply(e.target.checked)} /> {t('settings.enableOnline')}</label>
    </section>
  );
}
