/**
 * UI strings and the current language. English is the reference catalogue;
 * Japanese has the same keys (checked by the type of `ja` and by a test).
 * The language is chosen by the user (menu) and kept in localStorage; the
 * first start follows the browser's language.
 */
import { en, type MessageKey } from './en';
import { ja } from './ja';

export type { MessageKey };
export { en, ja };

/** Supported UI languages. */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags used for number formatting. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-US', ja: 'ja-JP' };

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, ja };
const STORAGE_KEY = 'fanplan.locale';

function storage(): Storage | null {
  try { return typeof localStorage === 'undefined' ? null : localStorage; } catch { return null; }
}

/** The saved language, else the browser's when it is Japanese, else English. */
export function detectLocale(): Locale {
  const saved = storage()?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ja') return saved;
  const nav = typeof navigator === 'undefined' ? '' : navigator.language ?? '';
  return nav.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

let current: Locale = detectLocale();

/** The language in use. */
export function currentLocale(): Locale {
  return current;
}

/** Switch language for every later t() call and remember the choice. Re-rendering is the caller's job. */
export function applyLocale(locale: Locale): void {
  current = locale;
  storage()?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Translate a key, filling `{name}` placeholders from `vars` (others stay as written). */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const s = CATALOGUES[current][key] ?? en[key];
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
