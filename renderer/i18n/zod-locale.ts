/**
 * zod's built-in validation messages ("Too small: expected number to be >=1")
 * in the UI language, for the forms that validate in the renderer. Messages
 * written in our schemas ("must be within −100…1000 m") stay as written;
 * checks that run in the workers keep English.
 */
import { z } from 'zod';
import type { Locale } from './messages';

export function applyZodLocale(locale: Locale): void {
  z.config(locale === 'ja' ? z.locales.ja() : z.locales.en());
}
