/**
 * Form logic shared by the profile, cost and settings editors: field
 * descriptions, parsing typed text into values, and validating the whole
 * object against the model's zod schema so each error lands on its field.
 */
import type { z } from 'zod';
import { currentLocale, t, type MessageKey } from '../i18n/messages';

/** One editable field of an object. */
export interface FieldSpec {
  key: string;
  label: MessageKey;
  kind: 'number' | 'int' | 'text' | 'select' | 'bool';
  /** Display = stored × scale (100 for fractions shown as %). */
  scale?: number;
  /** Choices for 'select' with the message key prefix for their labels. */
  options?: readonly string[];
  optionLabel?: (v: string) => string;
  /** Optional fields may be cleared (empty text removes them). */
  optional?: boolean;
}

/** Text shown in an input for a stored value. */
export function displayValue(spec: FieldSpec, v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return String(spec.scale ? Number((v * spec.scale).toPrecision(12)) : v);
  return String(v);
}

/** Parse input text to a stored value; an error message when it is not a number where one is needed. */
export function parseInput(spec: FieldSpec, text: string | boolean): { ok: true; value: unknown } | { ok: false; error: string } {
  if (spec.kind === 'bool') return { ok: true, value: Boolean(text) };
  const s = String(text).trim();
  if (spec.kind === 'text' || spec.kind === 'select') return { ok: true, value: s === '' && spec.optional ? undefined : s };
  if (s === '' && spec.optional) return { ok: true, value: undefined };
  const n = Number(s.replace(/,/g, ''));
  if (s === '' || !Number.isFinite(n)) return { ok: false, error: t('err.number') };
  if (spec.kind === 'int' && !Number.isInteger(n)) return { ok: false, error: t('err.integer') };
  return { ok: true, value: spec.scale ? n / spec.scale : n };
}

/** A zod issue as a message in the UI language (range messages are translated; others pass through). */
export function issueMessage(issue: z.core.$ZodIssue, spec?: FieldSpec): string {
  const scale = spec?.scale ?? 1;
  if (issue.code === 'too_small') return t('err.min', { min: Number(issue.minimum) * scale });
  if (issue.code === 'too_big') return t('err.max', { max: Number(issue.maximum) * scale });
  if (issue.code === 'invalid_type') return issue.expected === 'int' ? t('err.integer') : t('err.number');
  // the model's own messages are English: shown as they are in English, quoted in other languages
  return currentLocale() === 'en' ? issue.message.charAt(0).toUpperCase() + issue.message.slice(1) : t('err.invalid', { msg: issue.message });
}

/** Errors per top-level field after validating `value` with `schema`. */
export function fieldErrors(schema: z.ZodType, value: unknown, specs: readonly FieldSpec[] = []): Record<string, string> {
  const r = schema.safeParse(value);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (!(key in out)) out[key] = issueMessage(issue, specs.find((s) => s.key === key));
  }
  return out;
}

/**
 * Try an edit of one field: parse the text, put it in the object and
 * validate the whole object. Returns the parsed (defaults-filled) object, or
 * the error for that field.
 */
export function tryEdit<T extends object>(schema: z.ZodType<T>, obj: T, spec: FieldSpec, text: string | boolean, specs: readonly FieldSpec[] = [spec]): { ok: true; value: T } | { ok: false; error: string } {
  const parsed = parseInput(spec, text);
  if (!parsed.ok) return parsed;
  const next = { ...obj } as Record<string, unknown>;
  if (parsed.value === undefined) delete next[spec.key];
  else next[spec.key] = parsed.value;
  const r = schema.safeParse(next);
  if (r.success) return { ok: true, value: r.data };
  const errs = fieldErrors(schema, next, specs);
  return { ok: false, error: errs[spec.key] ?? Object.entries(errs).map(([k, v]) => `${k}: ${v}`).join('; ') };
}
