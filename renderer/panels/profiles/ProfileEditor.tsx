/**
 * The technology-profile editor: pick a profile, edit its fields (each edit
 * validated against the model schema, errors shown on the field; valid edits
 * are undoable document edits), and see regulatory findings inline.
 */
import { useState } from 'react';
import { technologyProfileSchema, type TechnologyProfile } from '../../../workers/model';
import { fmtNumber } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import { nextId, updaters } from '../../state/updaters';
import { useAppState, useAppStore } from '../../state/use-store';
import { PROFILE_FIELDS } from '../../validation/field-specs';
import { checkProfile } from '../../validation/regulatory';
import { SchemaForm } from '../forms/SchemaForm';
import { DataRatesEditor } from './DataRatesEditor';
import { FindingList, RegulatorySummary } from './RegulatoryFindings';

export function ProfileEditor() {
  const store = useAppStore();
  const profiles = useAppState((s) => s.doc.profiles);
  const collectors = useAppState((s) => s.doc.collectors);
  const [chosen, setChosen] = useState<string | null>(null);
  const profile = profiles.find((p) => p.id === chosen) ?? profiles[0];
  if (!profile) return <section className="panel"><h2>{t('panel.profiles')}</h2></section>;
  const findings = checkProfile(profile);
  const users = collectors.filter((c) => c.profileId === profile.id).length;
  const notes = Object.fromEntries(['freqMHz', 'txPowerDbm'].map((k) => [k, <FindingList key={k} findings={findings.filter((f) => f.field === k)} />]));
  const duplicate = () => {
    const id = nextId(profile.id, profiles);
    store.edit((p) => updaters.duplicateProfile(p, profile.id, id, t('profile.copyName', { name: profile.name })));
    setChosen(id);
  };
  return (
    <section className="panel" aria-label={t('panel.profiles')} data-testid="profile-editor">
      <h2>{t('panel.profiles')}</h2>
      <label className="stack">{t('profile.choose')}
        <select data-testid="profile-select" value={profile.id} onChange={(e) => setChosen(e.target.value)}>
          {profiles.map((p) => <option key={p.id} value={p.id}>{p.name} — {t(`medium.${p.medium}` as MessageKey)}</option>)}
        </select>
      </label>
      <div className="row">
        <button onClick={duplicate} data-testid="profile-duplicate">{t('profile.duplicate')}</button>
        <button disabled={users > 0} onClick={() => { store.edit((p) => updaters.deleteProfile(p, profile.id)); setChosen(null); }}>{t('profile.delete')}</button>
        {users > 0 && <span className="muted">{t('profile.inUse', { n: fmtNumber(users) })}</span>}
      </div>
      <RegulatorySummary profile={profile} findings={findings} />
      <SchemaForm<TechnologyProfile> key={profile.id} schema={technologyProfileSchema as never} value={profile} fields={PROFILE_FIELDS[profile.medium]} notes={notes}
        onChange={(next) => store.edit((p) => updaters.updateProfile(p, next))} />
      {profile.medium === 'mesh' && <DataRatesEditor profile={profile} onChange={(next) => store.edit((p) => updaters.updateProfile(p, next))} />}
      {profile.source && <p className="muted source"><strong>{t('profile.sourceLabel')}:</strong> {profile.source}</p>}
    </section>
  );
}
