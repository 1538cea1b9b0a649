/** Regulatory findings of a profile: inline under a field, and as a summary with the preset's sources. */
import type { TechnologyProfile } from '../../../workers/model';
import { currentLocale, t } from '../../i18n/messages';
import { applies, REGULATIONS, type RegulatoryFinding } from '../../validation/regulatory';
import { findingText } from '../../validation/regulatory-text';

/** Findings shown under one field. */
export function FindingList({ findings }: { findings: readonly RegulatoryFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={i} className={`finding ${f.severity}`} data-testid={`finding-${f.severity}`}>
          <strong>{t(f.severity === 'violation' ? 'reg.violation' : 'reg.warning')}</strong> {findingText(f)}
        </li>
      ))}
    </ul>
  );
}

/** The regulatory summary of a profile with the sources of the limits. */
export function RegulatorySummary({ profile, findings }: { profile: TechnologyProfile; findings: readonly RegulatoryFinding[] }) {
  const reg = REGULATIONS.find((r) => applies(r, profile));
  return (
    <div className="regulatory" data-testid="regulatory">
      <h3>{t('profile.regulatory')}</h3>
      {!reg ? <p className="muted">{t('profile.notApplicable')}</p> : findings.length === 0
        ? <p className="ok" data-testid="regulatory-ok">✓ {t('profile.ok', { reg: reg.title.split(' (')[0] })}</p>
        : <FindingList findings={findings} />}
      {reg && (
        <details>
          <summary>{t('reg.sources')}: {reg.title.split(' (')[0]}</summary>
          <ul className="sources">
            {reg.classes.map((c) => <li key={c.id}><strong>{c.label[currentLocale()]}</strong>: {c.sources.join('; ')}</li>)}
          </ul>
        </details>
      )}
    </div>
  );
}
