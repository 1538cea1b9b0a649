/** The properties of the selection, grouped by kind; each group edits all its items together. */
import type { Area, CandidateSite, Collector, Meter } from '../../../workers/model';
import { t, type MessageKey } from '../../i18n/messages';
import { selectedOf } from '../../state/selection';
import { useAppState } from '../../state/use-store';
import { AreaProps } from './AreaProps';
import { CollectorProps } from './CollectorProps';
import { MeterProps } from './MeterProps';

export function PropertiesPanel() {
  const selection = useAppState((s) => s.selection);
  const doc = useAppState((s) => s.doc);
  const meters = selectedOf<Meter>(doc, selection, 'meter');
  const collectors = selectedOf<Collector>(doc, selection, 'collector');
  const areas = selectedOf<Area>(doc, selection, 'area');
  const sites = selectedOf<CandidateSite>(doc, selection, 'site');
  const key = (xs: { id: string }[]) => `${xs.length}:${xs[0]?.id}:${xs[xs.length - 1]?.id}`;
  return (
    <section className="panel" aria-label={t('panel.inspector')} data-testid="inspector">
      <h2>{t('panel.inspector')} {selection.length > 0 && <span className="count" data-testid="selection-count">{t('props.selected', { n: selection.length })}</span>}</h2>
      {selection.length === 0 && <p className="muted">{t('props.none')}</p>}
      {meters.length > 0 && <MeterProps key={key(meters)} meters={meters} />}
      {collectors.length > 0 && <CollectorProps key={key(collectors)} collectors={collectors} />}
      {areas.length > 0 && <AreaProps key={key(areas)} areas={areas} />}
      {sites.length > 0 && (
        <fieldset className="group">
          <legend>{t('kind.site')} · {t('props.selected', { n: sites.length })}</legend>
          {sites.slice(0, 20).map((s) => <p key={s.id} className="muted">{s.id} · {t(`siteKind.${s.kind}` as MessageKey)} · {s.heightM} m</p>)}
        </fieldset>
      )}
    </section>
  );
}
