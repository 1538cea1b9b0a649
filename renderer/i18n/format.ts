/**
 * Locale-aware number formatting (Intl.NumberFormat with the UI language's
 * tag). Japanese uses the same ASCII digits and grouping as English.
 */
import { currentLocale, LOCALE_TAGS } from './messages';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = LOCALE_TAGS[currentLocale()];
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) { f = new Intl.NumberFormat(tag, options); cache.set(key, f); }
  return f;
}

/** A number with grouping, at most `digits` fraction digits; '—' for non-finite values. */
export function fmtNumber(v: number, digits = 0): string {
  return Number.isFinite(v) ? formatter({ maximumFractionDigits: digits }).format(v) : '—';
}

/** A fraction 0…1 as a percentage with `digits` fraction digits. */
export function fmtPercent(v: number, digits = 1): string {
  return Number.isFinite(v) ? formatter({ style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v) : '—';
}

/** A money amount in an ISO 4217 currency (falls back to a plain number for unknown codes). */
export function fmtMoney(v: number, currency: string): string {
  try { return formatter({ style: 'currency', currency }).format(v); } catch { return `${fmtNumber(v, 2)} ${currency}`; }
}
