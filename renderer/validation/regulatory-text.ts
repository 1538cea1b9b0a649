/** Sentences for regulatory findings in the UI language. */
import { fmtNumber } from '../i18n/format';
import { currentLocale, t } from '../i18n/messages';
import type { RegulatoryClass, RegulatoryFinding } from './regulatory';

const label = (c: RegulatoryClass) => c.label[currentLocale()];
const band = (c: RegulatoryClass) => `${fmtNumber(c.bandMHz[0], 1)}–${fmtNumber(c.bandMHz[1], 1)} MHz`;

/** The message for one finding. */
export function findingText(f: RegulatoryFinding): string {
  switch (f.code) {
    case 'out-of-band': return t('reg.outOfBand', { freq: fmtNumber(f.value, 3), cls: label(f.cls), band: band(f.cls) });
    case 'power-over-class': return t('reg.powerOverClass', { power: fmtNumber(f.value, 2), cls: label(f.cls), limit: fmtNumber(f.cls.maxPowerDbm, 2) });
    case 'needs-land-mobile': return t('reg.needsLandMobile', { power: fmtNumber(f.value, 2), cls: label(f.cls), limit: fmtNumber(f.cls.maxPowerDbm, 2), other: f.other ? label(f.other) : '', band: f.other ? band(f.other) : '' });
  }
}
