/**
 * `fanplan compare FILE.fanplan --proposals a.json b.json … --out compare.csv`:
 * every vendor proposal planned on the same meters under one set of neutral
 * assumptions, side by side, with ARIB STD-T108 findings.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseProposal, type Proposal } from '../../workers/engines/planner/proposals';
import { formatIssue } from '../../workers/model';
import { createPlanClient, type PlanOptions } from '../../workers/clients/plan-client';
import { UsageError, type CliCommand } from '../command';
import { numberFlag, parseFlags } from '../args';
import { loadProjectFile } from '../project-io';
import { compareCsv } from '../plan-format';
import { createNodePlanPool } from '../plan-pool';
import { loadCostPreset } from './plan';

const USAGE = `Usage: fanplan compare FILE.fanplan --proposals A.json [B.json …] [--out compare.csv] [--target 0.995] [--costs PRESET.json] [--json]

  --proposals FILES  vendor proposal files (vendor, profiles, prices); every path after the project file is a proposal
  --out PATH         side-by-side CSV (one row per vendor × area × option, a TOTAL row per vendor)
  --json             print the comparison as JSON`;

/** Read and validate proposal files; every error names the file and the field. */
export async function loadProposals(paths: readonly string[], cwd: string): Promise<{ proposals: Proposal[]; errors: string[] }> {
  const proposals: Proposal[] = [], errors: string[] = [];
  for (const p of paths) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, p), 'utf8');
    } catch (e) {
      errors.push(`${p}: ${(e as Error).message}`);
      continue;
    }
    const r = parseProposal(p, text);
    if (r.ok) proposals.push(r.proposal); else errors.push(...r.errors);
  }
  return { proposals, errors };
}

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'vendor proposals side by side on the same meters and neutral assumptions, with ARIB checks; CSV',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { proposals: { type: 'string' }, out: { type: 'string' }, target: { type: 'string' }, costs: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length < 1) throw new UsageError('expected a project file');
    const files = [...(values.proposals !== undefined ? [values.proposals] : []), ...positionals.slice(1)];
    if (files.length === 0) throw new UsageError('--proposals needs at least one file');
    const r = await loadProjectFile(positionals[0], io.cwd);
    if (!r.ok) {
      io.stderr(('ioError' in r ? r.ioError : r.error.issues.map(formatIssue).join('\n')) + '\n');
      return 1;
    }
    const { proposals, errors } = await loadProposals(files, io.cwd);
    if (errors.length) { io.stderr(errors.join('\n') + '\n'); return 1; }
    const preset = await loadCostPreset(values.costs, io.cwd);
    if (preset && 'error' in preset) { io.stderr(preset.error + '\n'); return 1; }
    const options: PlanOptions = { ...(preset ? { costPreset: preset } : {}), ...(values.target !== undefined ? { readSuccessTarget: numberFlag(values.target, 'target') } : {}) };
    const pool = createNodePlanPool(1);
    try {
      const c = await createPlanClient(pool).compare(r.project, 'cli', proposals, options);
      if (values.out) await writeFile(resolve(io.cwd, values.out), compareCsv(c));
      if (values.json) io.stdout(JSON.stringify(c, null, 2) + '\n');
      else {
        for (const p of c.proposals) {
          const h = p.plan.totals.hybrid;
          io.stdout(`${p.vendor} (${p.file}): TCO ${Math.round(h.tco).toLocaleString('en-US')} ${c.currency}, read success ${(100 * h.readSuccessMean).toFixed(2)} %, ${h.areasMeetingTarget}/${p.plan.areas.length} areas meet the target\n`);
          for (const a of p.plan.areas) io.stdout(`    ${a.name}: ${a.recommended ? `${a.recommended.medium} ${a.recommended.profile}` : 'no option'}\n`);
          for (const f of p.findings) io.stdout(`    ${f.severity.toUpperCase()} ${f.regulation} ${f.profileId}.${f.field}: ${f.message}\n`);
        }
        if (values.out) io.stdout(`→ ${values.out}\n`);
      }
      return 0;
    } finally {
      pool.close();
    }
  },
};
