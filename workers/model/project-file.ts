/**
 * Reading and writing `.fanplan` project files: UTF-8 JSON, optionally gzip
 * compressed, with a `formatVersion` and migrations. Reading never throws on
 * bad input: it returns a {@link ProjectFileError} that names the problem.
 */
import { gzipSync, strFromU8, strToU8 } from 'fflate';
import { gunzipBounded } from './gunzip';
import { fromZod, ProjectFileError } from './errors';
import { lineColumn, markNonFiniteTokens, parseErrorOffset } from './json-text';
import { migrate } from './migrations';
import { projectSchema } from './schema-project';
import type { Project } from './types';

/**
 * Largest decompressed project accepted, bytes (guards against gzip bombs).
 * The JSON must fit in one JavaScript string, and V8's longest string is
 * 2^29 − 24 characters: anything larger could never be parsed.
 */
export const MAX_PROJECT_BYTES = 2 ** 29 - 24;

export type ReadResult = { ok: true; project: Project; migratedFrom?: number } | { ok: false; error: ProjectFileError };

/** Limits of {@link readProjectFile}. */
export interface ReadLimits {
  /** Largest decompressed size accepted, bytes (default and ceiling {@link MAX_PROJECT_BYTES}). */
  maxBytes?: number;
}

/** Parse a project file's bytes (or text) and validate it against the current schema. */
export function readProjectFile(data: Uint8Array | string, fileName = 'project.fanplan', limits: ReadLimits = {}): ReadResult {
  const maxBytes = Math.min(limits.maxBytes ?? MAX_PROJECT_BYTES, MAX_PROJECT_BYTES);
  const fail = (kind: ProjectFileError['kind'], message: string, path = '') => ({ ok: false as const, error: new ProjectFileError(kind, fileName, [{ path, message }]) });
  let text: string;
  if (typeof data === 'string') text = data;
  else {
    if (data.length === 0) return fail('empty', 'the file is empty');
    if (data[0] === 0x1f && data[1] === 0x8b) {
      const g = gunzipBounded(data, maxBytes);
      if (!g.ok) return fail('compression', g.message);
      data = g.bytes;
    }
    if (data.length > maxBytes) return fail('compression', `the file is larger than the ${maxBytes}-byte limit`);
    try {
      text = strFromU8(data);
    } catch (e) {
      return fail('json', `the file is not readable text: ${(e as Error).message}`);
    }
  }
  if (text.length > maxBytes) return fail('compression', `the file is larger than the ${maxBytes}-byte limit`);
  if (text.trim() === '') return fail('empty', 'the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(markNonFiniteTokens(text));
  } catch (e) {
    const msg = (e as Error).message;
    const at = parseErrorOffset(msg, text);
    const where = at === undefined ? '' : ` at line ${lineColumn(text, at).line}, column ${lineColumn(text, at).column}`;
    return fail('json', `not valid JSON${where}: ${msg}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('json', 'the file does not hold a FANplan project object');
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) return fail('version', migrated.message.replace(/^formatVersion: /, ''), 'formatVersion');
  const parsed = projectSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, error: new ProjectFileError('schema', fileName, fromZod(parsed.error)) };
  return migrated.from === parsed.data.formatVersion ? { ok: true, project: parsed.data } : { ok: true, project: parsed.data, migratedFrom: migrated.from };
}

/** Options for {@link writeProjectFile}. */
export interface WriteOptions {
  /** gzip the JSON; default: only when the JSON exceeds 4 MiB. */
  gzip?: boolean;
}

/**
 * Serialise a project to bytes. Output is deterministic: the same project
 * gives the same bytes (gzip header mtime is zero).
 */
export function writeProjectFile(project: Project, options: WriteOptions = {}): Uint8Array {
  const pretty = project.meters.length + project.buildings.length < 20_000;
  const json = JSON.stringify(project, null, pretty ? 1 : undefined) + '\n';
  const bytes = strToU8(json);
  const gzip = options.gzip ?? bytes.length > 4 * 1024 * 1024;
  return gzip ? gzipSync(bytes, { level: 6, mtime: 0 }) : bytes;
}
