/**
 * Validation errors that name the path of the bad field, e.g.
 * `meters[12].lon: expected a finite number, got NaN`.
 */
import type { z } from 'zod';

/** One problem at one place in a document. */
export interface FieldIssue {
  /** Dotted path with indices, e.g. `meters[12].lon`; empty for the document root. */
  path: string;
  message: string;
}

/** Why a project could not be read. */
export type ProjectErrorKind = 'empty' | 'compression' | 'json' | 'version' | 'schema';

/** A structured, user-presentable error for a file that could not be loaded. */
export class ProjectFileError extends Error {
  constructor(
    readonly kind: ProjectErrorKind,
    readonly fileName: string,
    readonly issues: FieldIssue[],
  ) {
    super(`${fileName}: ${issues.slice(0, 5).map(formatIssue).join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`);
    this.name = 'ProjectFileError';
  }
}

/** Render a path array as `a.b[3].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += (s ? '.' : '') + String(p);
  }
  return s;
}

export function formatIssue(i: FieldIssue): string {
  return i.path ? `${i.path}: ${i.message}` : i.message;
}

/** Convert zod issues to field issues, most specific first, capped to keep messages readable. */
export function fromZod(error: z.ZodError, max = 50): FieldIssue[] {
  return error.issues.slice(0, max).map((i) => ({ path: formatPath(i.path), message: i.message }));
}
