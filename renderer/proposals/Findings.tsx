/** Regulatory finding badges (claimed value against the ARIB STD-T108 limit), the full sentence as a tooltip. */
import { t } from '../i18n/messages';
import { findingBadge, findingSentence } from './finding-text';
import type { RegulatoryFinding } from './types';

/** One badge per finding; nothing when there are none (or the ok badge when `showOk`). */
export function FindingBadges({ findings, showOk = false }: { findings: readonly RegulatoryFinding[]; showOk?: boolean }) {
  if (findings.length === 0) return showOk ? <span className="badge reg-ok" data-testid="reg-ok">{t('proposals.reg.ok')}</span> : null;
  return (
    <span className="reg-badges">
      {findings.map((f, i) => (
        <span key={i} className={`badge reg-${f.severity}`} data-testid="reg-flag" data-severity={f.severity} title={findingSentence(f)}>
          ⚠ {t(f.severity === 'violation' ? 'proposals.reg.violation' : 'proposals.reg.warning')} · {findingBadge(f)}
        </span>
      ))}
    </span>
  );
}

/** The findings as full sentences (detail views). */
export function FindingList({ findings }: { findings: readonly RegulatoryFinding[] }) {
  if (findings.length === 0) return <p className="muted">{t('proposals.reg.ok')}</p>;
  return (
    <ul className="reg-list">
      {findings.map((f, i) => <li key={i} className={f.severity === 'violation' ? 'error' : 'warn'} data-testid="reg-sentence"><b>{f.profileId}</b>: {findingSentence(f)}</li>)}
    </ul>
  );
}
