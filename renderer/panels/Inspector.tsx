/** Properties of the selected entities (click a meter or collector on the map). */
import { t } from '../i18n/messages';
import { useAppState } from '../state/use-store';

export function Inspector() {
  const selection = useAppState((s) => s.selection);
  const doc = useAppState((s) => s.doc);
  if (selection.length === 0) return null;
  const first = selection[0];
  const entity = first.kind === 'meter' ? doc.meters.find((m) => m.id === first.id) : first.kind === 'collector' ? doc.collectors.find((c) => c.id === first.id) : undefined;
  return (
    <section className="panel" aria-label={t('panel.inspector')} data-testid="inspector">
      <h2>{t('panel.inspector')} {selection.length > 1 && <span className="count">{selection.length}</span>}</h2>
      {entity ? (
        <dl className="props">
          <dt>kind</dt><dd>{first.kind}</dd>
          {Object.entries(entity).map(([k, v]) => (
            <div key={k} className="prop"><dt>{k}</dt><dd>{typeof v === 'number' ? (k === 'lon' || k === 'lat' ? v.toFixed(6) : v.toLocaleString()) : String(v)}</dd></div>
          ))}
        </dl>
      ) : <p>{first.id}</p>}
    </section>
  );
}
