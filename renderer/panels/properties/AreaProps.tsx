/** Properties of the selected areas: name, class, medium and read-success target, editable together. */
import { AREA_CLASSES, MEDIA, areaSchema, type Area } from '../../../workers/model';
import { fmtNumber } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import { indexById, metersPerArea } from '../../state/selection';
import { updaters } from '../../state/updaters';
import { useAppState, useAppStore } from '../../state/use-store';
import type { FieldSpec } from '../../validation/form';
import { MultiField } from './MultiField';

const FIELDS: FieldSpec[] = [
  { key: 'name', label: 'props.name', kind: 'text' },
  { key: 'class', label: 'props.class', kind: 'select', options: AREA_CLASSES, optionLabel: (v) => t(`areaClass.${v}` as MessageKey) },
  { key: 'medium', label: 'props.areaMedium', kind: 'select', options: ['auto', ...MEDIA], optionLabel: (v) => t(`medium.${v}` as MessageKey) },
  { key: 'readSuccessTarget', label: 'props.readSuccessTarget', kind: 'number', scale: 100, optional: true },
];

export function AreaProps({ areas }: { areas: Area[] }) {
  const store = useAppStore();
  const doc = useAppState((s) => s.doc);
  const ids = areas.map((a) => a.id);
  const counts = metersPerArea(doc);
  const index = indexById(doc.areas);
  const inside = areas.reduce((n, a) => n + (counts[index.get(a.id) ?? -1] ?? 0), 0);
  return (
    <fieldset className="group" data-testid="area-props">
      <legend>{t('kind.area')} · {t('props.selected', { n: areas.length })}</legend>
      <p className="muted">{t('props.meterCount')}: {fmtNumber(inside)}</p>
      {FIELDS.map((spec) => (
        <MultiField key={spec.key} spec={spec} items={areas} schema={areaSchema.shape[spec.key as 'name' | 'class' | 'medium' | 'readSuccessTarget']}
          onApply={(v) => store.edit((p) => updaters.updateAreas(p, ids, { [spec.key]: v }))} />
      ))}
      {areas.length === 1 && <p className="muted">{t('props.vertexHint')}</p>}
    </fieldset>
  );
}
