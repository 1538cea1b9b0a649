/**
 * `fanplan model <name> --cases IN.csv [--profiles PFLS.csv] > OUT.csv`:
 * evaluates one propagation model over a case file and writes every input
 * row unchanged with one column appended — the loss in dB, or the error
 * code of a rejected input (e.g. P.2108 "32", ITM "1001", "invalid-input").
 * Warnings go to stderr. Layouts: cli/model-layouts.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFlags } from '../args';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { csvField, parseCsv } from '../csv';
import { modelLayout, modelLayoutNames, type RowGetter } from '../model-layouts';

function readText(io: CliIo, path: string, what: string): string {
  try {
    return readFileSync(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as Error).message}`);
  }
}

/** Parse a PFL row [n, spacing, z0…zn] into a Float64Array. */
function parseProfile(fields: string[]): Float64Array {
  return Float64Array.from(fields.filter((f) => f !== ''), Number);
}

function formatNumber(x: number): string {
  return String(Math.round(x * 1e9) / 1e9);
}

export const modelCommand: CliCommand = {
  name: 'model',
  summary: 'Evaluate one propagation model over a CSV of cases',
  usage: `fanplan model <name> --cases IN.csv [--profiles PFLS.csv] > OUT.csv\n  names: ${modelLayoutNames().join(', ')}`,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { cases: { type: 'string' }, profiles: { type: 'string' } });
    const name = positionals[0];
    if (!name || positionals.length > 1) throw new UsageError('give exactly one model name');
    const layout = modelLayout(name);
    if (!layout) throw new UsageError(`unknown model "${name}"; known: ${modelLayoutNames().join(', ')}`);
    if (!values.cases) throw new UsageError('--cases is required');
    if (layout.needsProfiles && !values.profiles) throw new UsageError(`${name} needs --profiles PFLS.csv (one PFL row per case)`);
    const records = parseCsv(readText(io, values.cases, 'cases file'));
    if (records.length === 0) throw new UsageError(`${values.cases} is empty`);
    const profiles = values.profiles ? parseCsv(readText(io, values.profiles, 'profiles file')).map((r) => parseProfile(r.fields)) : [];
    const header = records[0].fields;
    const index = new Map(header.map((h, i) => [h.toLowerCase(), i]));
    for (const aliases of layout.required) {
      if (!aliases.some((a) => index.has(a.toLowerCase()))) throw new UsageError(`${values.cases}: missing column "${aliases[0]}" for model ${name}`);
    }
    const rows = records.slice(1);
    if (layout.needsProfiles && profiles.length < rows.length) throw new UsageError(`${values.profiles}: ${profiles.length} profiles for ${rows.length} cases`);
    const out: string[] = [`${records[0].raw},${csvField(`fanplan_${name}`)}`];
    let warned = 0;
    rows.forEach((rec, k) => {
      const get: RowGetter = (...names) => {
        for (const n of names) {
          const i = index.get(n.toLowerCase());
          if (i !== undefined) {
            const s = rec.fields[i];
            return s === undefined || s === '' ? NaN : Number(s);
          }
        }
        return undefined;
      };
      const r = layout.compute(get, profiles[k]);
      out.push(`${rec.raw},${r.ok ? formatNumber(r.lossDb) : csvField(r.code)}`);
      if (r.ok && r.warnings.length) { warned++; io.stderr(`line ${rec.line}: ${r.warnings.join('; ')}\n`); }
      if (!r.ok) io.stderr(`line ${rec.line}: ${r.error}\n`);
    });
    io.stdout(out.join('\n') + '\n');
    if (warned) io.stderr(`${warned} of ${rows.length} rows had validity warnings\n`);
    return 0;
  },
};
