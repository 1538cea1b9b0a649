/**
 * The one result type shared by every propagation model, and small input
 * guards. A model never returns a bare number: either a loss with the
 * warnings for inputs outside its validity range, or an error for input that
 * is nonsense (NaN, infinite, negative distance...). Errors carry a short
 * machine code (e.g. the NTIA P.2108 return codes) and a readable message.
 */

/** Outcome of one model evaluation. */
export type ModelResult =
  | { ok: true; lossDb: number; warnings: string[] }
  | { ok: false; error: string; code: string };

/** A successful result. */
export function ok(lossDb: number, warnings: string[] = []): ModelResult {
  return { ok: true, lossDb, warnings };
}

/** A rejected input; `code` is what the CLI writes in place of a loss. */
export function fail(code: string, error: string): ModelResult {
  return { ok: false, error, code };
}

/**
 * Checks that every named input is a finite number; returns the failure for
 * the first that is not, or null.
 */
export function requireFinite(inputs: Record<string, number>): ModelResult | null {
  for (const key in inputs) {
    const v = inputs[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail('invalid-input', `${key} must be a finite number, got ${String(v)}`);
  }
  return null;
}

/** Checks that each named input is finite and > 0 (distances, frequencies, heights that divide). */
export function requirePositive(inputs: Record<string, number>): ModelResult | null {
  const bad = requireFinite(inputs);
  if (bad) return bad;
  for (const key in inputs) {
    if (inputs[key] <= 0) return fail('invalid-input', `${key} must be > 0, got ${inputs[key]}`);
  }
  return null;
}

/** Appends a warning when `value` lies outside [min, max]. */
export function warnRange(warnings: string[], name: string, value: number, min: number, max: number, unit: string): void {
  if (value < min || value > max) warnings.push(`${name} = ${value} ${unit} is outside the validity range ${min}–${max} ${unit}`);
}
