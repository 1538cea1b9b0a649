/**
 * The PHY modes of a mesh profile: data rate and receiver sensitivity per
 * row, each edit validated against the profile schema (errors on the cell),
 * rows added or removed; every valid change is one undoable edit.
 */
import { technologyProfileSchema, type MeshProfile } from '../../../workers/model';
import { t } from '../../i18n/messages';
import { issueMessage, parseInput } from '../../validation/form';
import { CellInput } from '../forms/CellInput';

type Rate = MeshProfile['dataRates'][number];

/** Validate a profile with new data rates: the parsed profile, or the message for the first data-rate issue. */
export function withRates(profile: MeshProfile, rates: Rate[]): { ok: true; value: MeshProfile } | { ok: false; error: string } {
  const r = technologyProfileSchema.safeParse({ ...profile, dataRates: rates });
  if (r.success) return { ok: true, value: r.data as MeshProfile };
  const issue = r.error.issues.find((i) => i.path[0] === 'dataRates') ?? r.error.issues[0];
  return { ok: false, error: issueMessage(issue) };
}

export function DataRatesEditor({ profile, onChange }: { profile: MeshProfile; onChange(p: MeshProfile): void }) {
  const apply = (rates: Rate[]): string | null => {
    const r = withRates(profile, rates);
    if (!r.ok) return r.error;
    onChange(r.value);
    return null;
  };
  const cell = (i: number, key: keyof Rate, label: string) => (
    <CellInput label={`${label} ${i + 1}`} testId={`rate-${i}-${key}`} value={String(profile.dataRates[i][key])}
      onCommit={(text) => {
        const parsed = parseInput({ key, label: 'profile.dataRates', kind: 'number' }, text);
        if (!parsed.ok) return parsed.error;
        return apply(profile.dataRates.map((r, j) => (j === i ? { ...r, [key]: parsed.value } : r)));
      }} />
  );
  const last = profile.dataRates[profile.dataRates.length - 1];
  return (
    <table className="grid rates" aria-label={t('profile.dataRates')}>
      <caption>{t('profile.dataRates')}</caption>
      <thead><tr><th>{t('profile.rateKbps')}</th><th>{t('profile.sensitivityDbm')}</th><th /></tr></thead>
      <tbody>
        {profile.dataRates.map((_, i) => (
          <tr key={`${profile.id}-${i}-${profile.dataRates.length}`}>
            <td>{cell(i, 'rateKbps', t('profile.rateKbps'))}</td>
            <td>{cell(i, 'sensitivityDbm', t('profile.sensitivityDbm'))}</td>
            <td><button type="button" disabled={profile.dataRates.length <= 1} aria-label={`${t('profile.removeRate')} ${i + 1}`} onClick={() => apply(profile.dataRates.filter((__, j) => j !== i))}>−</button></td>
          </tr>
        ))}
      </tbody>
      <tfoot><tr><td colSpan={3}><button type="button" data-testid="rate-add" onClick={() => apply([...profile.dataRates, { rateKbps: last.rateKbps * 2, sensitivityDbm: last.sensitivityDbm + 3 }])}>{t('profile.addRate')}</button></td></tr></tfoot>
    </table>
  );
}
