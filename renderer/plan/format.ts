/**
 * Formatting and labels of the plan dashboard: money in the plan's currency
 * (full and compact for chart axes), read success, option media and profile
 * names in the UI language. Numbers go through Intl with the UI locale.
 */
import type { Project } from '../../workers/model';
import { fmtMoney, fmtPercent } from '../i18n/format';
import { currentLocale, LOCALE_TAGS, t, type MessageKey } from '../i18n/messages';

/** Money without fraction digits (TCO figures are whole currency units at this scale). */
export function fmtCost(v: number, currency: string): string {
  if (!Number.isFinite(v)) return '—';
  try {
    return new Intl.NumberFormat(LOCALE_TAGS[currentLocale()], { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(v);
  } catch { return fmtMoney(v, currency); }
}

/** Short money for axes and bar labels: "¥2.6M" in English, "￥261万" in Japanese. */
export function fmtCostCompact(v: number, currency: string): string {
  if (!Number.isFinite(v)) return '—';
  try {
    return new Intl.NumberFormat(LOCALE_TAGS[currentLocale()], { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(v);
  } catch { return fmtMoney(v, currency); }
}

/** Read success (0…1) as a percentage with two decimals, enough to tell 99.5 % from 99.99 %. */
export function fmtSuccess(v: number): string {
  return fmtPercent(v, 2);
}

/** An option's medium in words: plain media use medium.*, fallback pairs plan.medium.*. */
export function mediumLabel(medium: string): string {
  if (medium === 'mesh' || medium === 'star' || medium === 'plc') return t(`medium.${medium}`);
  const key = `plan.medium.${medium}` as MessageKey;
  return key === 'plan.medium.mesh+star' || key === 'plan.medium.plc+star' ? t(key) : medium;
}

/** A profile id (or "a+b" pair) as the project's profile names, falling back to the id. */
export function profileLabel(profile: string, doc: Pick<Project, 'profiles'>): string {
  return profile.split('+').map((id) => doc.profiles.find((p) => p.id === id)?.name || id).join(' + ');
}

/** "RF mesh · Wi-SUN JP" for explanations. */
export function optionLabel(o: { medium: string; profile: string }, doc: Pick<Project, 'profiles'>): string {
  return `${mediumLabel(o.medium)} · ${profileLabel(o.profile, doc)}`;
}

/** The first medium of an option ('mesh+star' → 'mesh'), for colours. */
export function primaryMedium(medium: string): 'mesh' | 'star' | 'plc' | null {
  const m = medium.split('+')[0];
  return m === 'mesh' || m === 'star' || m === 'plc' ? m : null;
}

/** Colours of the media (map layer, legend, charts); colour-blind safe (Okabe–Ito). */
export const MEDIUM_COLOURS: Record<'mesh' | 'star' | 'plc', string> = { mesh: '#0072b2', star: '#e69f00', plc: '#009e73' };
/** Colour of the hybrid plan in charts. */
export const HYBRID_COLOUR = '#cc3d7a';
