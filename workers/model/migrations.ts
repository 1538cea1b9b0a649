/**
 * Format migrations for `.fanplan` files. Each step lifts a raw document from
 * version N to N+1; steps run in sequence until the current version. Every past
 * version keeps a fixture in test/fixtures/project/ that must load.
 */
import { CURRENT_FORMAT_VERSION } from './schema-project';

/** A migration step from `from` to `from + 1` over untyped JSON. */
export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/** Registered steps. Version 1 is the first released format, so there are none yet. */
export const MIGRATIONS: readonly Migration[] = [];

/** Result of bringing a document to the current version. */
export type MigrationOutcome =
  | { ok: true; doc: Record<string, unknown>; from: number; applied: string[] }
  | { ok: false; message: string };

/** Apply the chain of migrations to a raw document; rejects unknown or future versions. */
export function migrate(doc: Record<string, unknown>, steps: readonly Migration[] = MIGRATIONS, current = CURRENT_FORMAT_VERSION): MigrationOutcome {
  const v = doc.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    return { ok: false, message: `formatVersion: expected an integer format version, got ${v === undefined ? 'nothing' : JSON.stringify(v)}` };
  }
  if (v > current) return { ok: false, message: `formatVersion: this file is version ${v}, newer than this FANplan (reads up to ${current}); update FANplan to open it` };
  const oldest = steps.length ? Math.min(...steps.map((s) => s.from)) : current;
  if (v < oldest) return { ok: false, message: `formatVersion: unknown version ${v} (this FANplan reads versions ${oldest}…${current})` };
  let out = doc;
  const applied: string[] = [];
  for (let at = v; at < current; at++) {
    const step = steps.find((s) => s.from === at);
    if (!step) return { ok: false, message: `formatVersion: no migration from version ${at}` };
    out = { ...step.up(out), formatVersion: at + 1 };
    applied.push(step.describe);
  }
  return { ok: true, doc: out, from: v, applied };
}
