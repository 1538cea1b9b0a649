/** Map settings kept with the project: the optional online raster basemap (off by default). */
import { useState } from 'react';
import { t } from '../i18n/messages';
import { useAppState, useAppStore } from '../state/use-store';

export function SettingsPanel() {
  const store = useAppStore();
  const map = useAppState((s) => s.doc.map);
  const [url, setUrl] = useState(map.onlineBasemapUrl ?? '');
  const valid = url === '' || /^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/.test(url);
  const apply = (enabled: boolean) => store.edit((p) => ({ ...p, map: { onlineBasemapUrl: url || undefined, onlineBasemapEnabled: enabled && !!url && valid } }));
  return (
    <details className="panel">
      <summary>{t('panel.settings')}</summary>
      <label className="stack">{t('settings.onlineBasemap')}
        <input type="url" placeholder="https://…/{z}/{x}/{y}.png" value={url} aria-invalid={!valid} onChange={(e) => setUrl(e.target.value)} onBlur={() => apply(map.onlineBasemapEnabled)} />
      </label>
      {!valid && <p className="error">Use an https URL with {'{z}'}, {'{x}'} and {'{y}'}.</p>}
      <label><input type="checkbox" checked={map.onlineBasemapEnabled} disabled={!url || !valid} onChange={(e) => apply(e.target.checked)} /> {t('settings.enableOnline')}</label>
    </details>
  );
}
