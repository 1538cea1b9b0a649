/**
 * Minimal flag parsing on top of node:util parseArgs, turning its errors into
 * {@link UsageError}s.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse argv with the given options; positional arguments are allowed. */
export function parseFlags<O extends Options>(argv: string[], options: O): { values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string }; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return r as unknown as { values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string }; positionals: string[] };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** A required numeric flag value, validated. */
export function numberFlag(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${value}"`);
  return n;
}
