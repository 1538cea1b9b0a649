/**
 * The attribute → area class step of an area import: pick the attribute,
 * map each distinct value to one of the six area classes, and choose the
 * class for values left unmapped (or none, to reject those features).
 */
import type { AttributeSummary } from '../../../workers/clients/import-client';
import { AREA_CLASSES, type AreaClass } from '../../../workers/model';
import { fmtNumber } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import { draftFor, unmappedFeatures, type MappingDraft } from '../../state/import-mapping';

function ClassSelect({ value, onChange, empty, label, testId }: { value: AreaClass | ''; onChange(v: AreaClass | ''): void; empty: string; label: string; testId?: string }) {
  return (
    <select value={value} aria-label={label} data-testid={testId} onChange={(e) => onChange(e.target.value as AreaClass | '')}>
      <option value="">{empty}</option>
      {AREA_CLASSES.map((c) => <option key={c} value={c}>{t(`areaClass.${c}` as MessageKey)}</option>)}
    </select>
  );
}

export function AreaMapping({ attributes, draft, onChange }: { attributes: AttributeSummary[]; draft: MappingDraft; onChange(d: MappingDraft): void }) {
  const attr = attributes.find((a) => a.name === draft.attribute);
  return (
    <div className="area-mapping" data-testid="area-mapping">
      <h3>{t('imp.mapping')}</h3>
      {attributes.length === 0 ? <p className="muted">{t('imp.noAttrs')}</p> : (
        <label className="imp-field">
          <span>{t('imp.mapAttr')}</span>
          <select value={draft.attribute ?? ''} data-testid="map-attribute" data-autofocus onChange={(e) => onChange(draftFor(attributes.find((a) => a.name === e.target.value), draft.defaultClass))}>
            {attributes.map((a) => <option key={a.name} value={a.name}>{a.name} ({fmtNumber(a.distinct)})</option>)}
          </select>
        </label>
      )}
      {attr && (
        <div className="mapping-table">
          <table>
            <thead><tr><th>{t('imp.mapValue')}</th><th>{t('imp.mapCount')}</th><th>{t('imp.mapClass')}</th></tr></thead>
            <tbody>
              {attr.values.map((v) => (
                <tr key={v.value} data-value={v.value}>
                  <td>{v.value || '""'}</td>
                  <td className="num">{fmtNumber(v.count)}</td>
                  <td><ClassSelect value={draft.valueToClass[v.value] ?? ''} label={`${t('imp.mapClass')}: ${v.value}`} empty={t('imp.unmapped')} onChange={(c) => onChange({ ...draft, valueToClass: { ...draft.valueToClass, [v.value]: c } })} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {attr && attr.distinct > attr.values.length && <p className="muted small">{t('imp.manyValues', { n: fmtNumber(attr.distinct), shown: attr.values.length })}</p>}
      <label className="imp-field">
        <span>{t('imp.defaultClass')}</span>
        <ClassSelect value={draft.defaultClass} label={t('imp.defaultClass')} empty={t('imp.noDefault')} testId="map-default" onChange={(c) => onChange({ ...draft, defaultClass: c })} />
      </label>
      {attr && <p className="muted small" data-testid="map-unmapped">{t('imp.mapSummary', { n: fmtNumber(unmappedFeatures(attr, draft)) })}</p>}
    </div>
  );
}
