/**
 * Texts for the engine's regulatory findings on proposal profiles: a short
 * badge (claimed value against the limit) and the full sentence, reusing the
 * profile editor's translated sentences (validation/regulatory-text.ts) so a
 * finding reads the same everywhere.
 */
import { fmtNumber } from '../i18n/format';
import { t } from '../i18n/messages';
import { REGULATIONS, type RegulatoryFinding as UiFinding } from '../validation/regulatory';
import { findingText } from '../validation/regulatory-text';
import type { RegulatoryFinding } from './types';

const mw = (dbm: number) => 10 ** (dbm / 10);

/** The finding in the profile editor's form (class objects instead of ids). */
export function toUiFinding(f: RegulatoryFinding): UiFinding {
  const reg = REGULATIONS.find((r) => r.id === f.regulation) ?? REGULATIONS[0];
  const cls = reg.classes.find((c) => c.id === f.classId) ?? reg.classes[0];
  const other = f.code === 'needs-land-mobile' ? reg.classes.find((c) => c !== cls && c.maxPowerDbm >= f.value) : undefined;
  return { severity: f.severity, code: f.code, field: f.field, cls, ...(other ? { other } : {}), value: f.value };
}

/** The full sentence in the UI language. */
export function findingSentence(f: RegulatoryFinding): string {
  return findingText(toUiFinding(f));
}

/** Short badge text: the claimed value and the limit it breaks. */
export function findingBadge(f: RegulatoryFinding): string {
  if (Array.isArray(f.limit)) return t('proposals.badge.band', { profile: f.profileId, value: fmtNumber(f.value, 3), lo: fmtNumber(f.limit[0], 1), hi: fmtNumber(f.limit[1], 1) });
  return t('proposals.badge.power', { profile: f.profileId, value: fmtNumber(f.value, 2), mw: fmtNumber(mw(f.value), 0), limit: fmtNumber(f.limit, 2), limitMw: fmtNumber(mw(f.limit), 0) });
}
