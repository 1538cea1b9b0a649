/** Properties of the selected collectors: medium and profile (set together), height and name. */
import { MEDIA, collectorSchema, type Collector } from '../../../workers/model';
import { t, type MessageKey } from '../../i18n/messages';
import { commonValue } from '../../state/multi-edit';
import { updaters } from '../../state/updaters';
import { useAppState, useAppStore } from '../../state/use-store';
import type { FieldSpec } from '../../validation/form';
import { FieldInput } from '../forms/FieldInput';
import { MultiField } from './MultiField';

const OTHER: FieldSpec[] = [
  { key: 'heightM', label: 'props.heightM', kind: 'number' },
  { key: 'name', label: 'props.name', kind: 'text', optional: true },
];

export function CollectorProps({ collectors }: { collectors: Collector[] }) {
  const store = useAppStore();
  const profiles = useAppState((s) => s.doc.profiles);
  const ids = collectors.map((c) => c.id);
  const medium = commonValue(collectors, 'medium');
  const profile = commonValue(collectors, 'profileId');
  const choices = profiles.filter((p) => medium.kind !== 'same' || p.medium === medium.value);
  const mediumSpec: FieldSpec = { key: 'medium', label: 'props.medium', kind: 'select', options: MEDIA, optionLabel: (v) => t(`medium.${v}` as MessageKey) };
  const profileSpec: FieldSpec = { key: 'profileId', label: 'props.profile', kind: 'select', options: choices.map((p) => p.id), optionLabel: (id) => profiles.find((p) => p.id === id)?.name ?? id };
  const sites = [...new Set(collectors.map((c) => c.siteId ?? ''))];
  return (
    <fieldset className="group" data-testid="collector-props">
      <legend>{t('kind.collector')} · {t('props.selected', { n: collectors.length })}</legend>
      {collectors.length === 1 && <p className="muted">{t('props.id')}: {collectors[0].id} · {t('props.site')}: {sites[0] || '—'}</p>}
      <FieldInput spec={mediumSpec} mixed={medium.kind === 'mixed'} value={medium.kind === 'same' ? medium.value : undefined}
        onCommit={(v) => {
          const first = profiles.find((p) => p.medium === v);
          if (!first) return t('notice.noProfileLine', { medium: t(`medium.${String(v)}` as MessageKey) });
          store.edit((p) => updaters.setCollectorProfile(p, ids, first.id));
          return null;
        }} />
      <FieldInput spec={profileSpec} mixed={profile.kind === 'mixed'} value={profile.kind === 'same' ? profile.value : undefined}
        onCommit={(v) => { if (v) store.edit((p) => updaters.setCollectorProfile(p, ids, String(v))); return null; }} />
      {OTHER.map((spec) => (
        <MultiField key={spec.key} spec={spec} items={collectors} schema={collectorSchema.shape[spec.key as 'heightM' | 'name']}
          onApply={(v) => store.edit((p) => updaters.updateCollectors(p, ids, { [spec.key]: v }))} />
      ))}
    </fieldset>
  );
}
