/** Properties of the selected meters: indoor class, floor and antenna height, editable together. */
import { INDOOR_CLASSES, meterSchema, type Meter } from '../../../workers/model';
import { t, type MessageKey } from '../../i18n/messages';
import { updaters } from '../../state/updaters';
import { useAppStore } from '../../state/use-store';
import type { FieldSpec } from '../../validation/form';
import { MultiField } from './MultiField';

const FIELDS: FieldSpec[] = [
  { key: 'indoor', label: 'props.indoor', kind: 'select', options: INDOOR_CLASSES, optionLabel: (v) => t(`indoor.${v}` as MessageKey), optional: true },
  { key: 'floor', label: 'props.floor', kind: 'int', optional: true },
  { key: 'heightM', label: 'props.heightM', kind: 'number', optional: true },
];

export function MeterProps({ meters }: { meters: Meter[] }) {
  const store = useAppStore();
  const ids = meters.map((m) => m.id);
  return (
    <fieldset className="group" data-testid="meter-props">
      <legend>{t('kind.meter')} · {t('props.selected', { n: meters.length })}</legend>
      {meters.length === 1 && <p className="muted">{t('props.id')}: {meters[0].id} · {meters[0].lon.toFixed(6)}, {meters[0].lat.toFixed(6)}</p>}
      {FIELDS.map((spec) => (
        <MultiField key={spec.key} spec={spec} items={meters} schema={meterSchema.shape[spec.key as 'indoor' | 'floor' | 'heightM']}
          onApply={(v) => store.edit((p) => updaters.updateMeters(p, ids, { [spec.key]: v }))} />
      ))}
    </fieldset>
  );
}
