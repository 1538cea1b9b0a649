/** A proposal's claimed radio parameters per profile and its prices, with the ARIB findings of each profile. */
import type { TechnologyProfile } from '../../workers/model';
import { fmtNumber, fmtPercent } from '../i18n/format';
import { t, type MessageKey } from '../i18n/messages';
import { PROFILE_FIELDS } from '../validation/field-specs';
import { FindingList } from './Findings';
import type { LoadedProposal } from './types';

const PRICE_KEYS = ['meterModule', 'collector', 'collectorInstall', 'backhaulSetup', 'repeater', 'feePerMeterPerMonth', 'feePerCollectorPerMonth', 'maintenanceRateOfCapex', 'failureRatePerYear', 'publicNetwork'] as const;
const RATE_KEYS = new Set<string>(['maintenanceRateOfCapex', 'failureRatePerYear']);

function value(v: unknown): string {
  if (typeof v === 'number') return fmtNumber(v, 3);
  if (typeof v === 'boolean') return t(v ? 'proposals.yes' : 'proposals.no');
  return String(v);
}

function ProfileParams({ p }: { p: TechnologyProfile }) {
  const rec = p as unknown as Record<string, unknown>;
  const fields = PROFILE_FIELDS[p.medium].filter((f) => f.key !== 'name' && f.key !== 'vendor' && rec[f.key] !== undefined);
  return (
    <table className="grid proposal-params">
      <caption><b>{p.id}</b> · {t(`medium.${p.medium}` as MessageKey)} · {p.name}</caption>
      <tbody>
        {fields.map((f) => <tr key={f.key} data-field={f.key}><th scope="row">{t(f.label)}</th><td>{f.optionLabel && typeof rec[f.key] === 'string' ? f.optionLabel(rec[f.key] as string) : value(rec[f.key])}</td></tr>)}
        {'dataRates' in p && (
          <tr data-field="dataRates"><th scope="row">{t('proposals.detail.dataRates')}</th>
            <td>{p.dataRates.map((r) => t('proposals.detail.rate', { rate: fmtNumber(r.rateKbps), sens: fmtNumber(r.sensitivityDbm, 1) })).join(', ')}</td></tr>
        )}
      </tbody>
    </table>
  );
}

export function ProposalDetail({ item }: { item: LoadedProposal }) {
  const { proposal } = item;
  return (
    <div className="proposal-detail" data-testid="proposal-detail">
      <h3>{t('proposals.detail.radio')}</h3>
      {proposal.profiles.map((p) => (
        <div key={p.id}>
          <ProfileParams p={p} />
          <FindingList findings={item.findings.filter((f) => f.profileId === p.id)} />
        </div>
      ))}
      <h3>{t('proposals.detail.prices', { currency: proposal.currency })}</h3>
      <div className="proposal-prices-scroll">
        <table className="grid proposal-prices">
          <thead><tr><th />{proposal.profiles.map((p) => <th key={p.id} scope="col">{p.id}</th>)}</tr></thead>
          <tbody>
            {PRICE_KEYS.map((k) => (
              <tr key={k}><th scope="row">{t(`proposals.price.${k}` as MessageKey)}</th>
                {proposal.profiles.map((p) => {
                  const v = (proposal.prices[p.id] as Record<string, unknown> | undefined)?.[k];
                  return <td key={p.id}>{v === undefined ? '—' : RATE_KEYS.has(k) && typeof v === 'number' ? fmtPercent(v, 2) : value(v)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
