/**
 * `fanplan plan FILE.fanplan --out plan.json`: per area × medium × profile,
 * collector placement, read success and TCO; the recommended medium per
 * area; the hybrid plan against every single-medium plan; optionally the
 * TCO tornado. Runs in a worker thread.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { costPresetSchema } from '../../workers/engines/cost';
import { formatIssue, formatPath } from '../../workers/model';
import { createPlanClient, type PlanOptions } from '../../workers/clients/plan-client';
import { UsageError, type CliCommand } from '../command';
import { numberFlag, parseFlags } from '../args';
import { loadProjectFile } from '../project-io';
import { planFileJson, planText, tornadoText } from '../plan-format';
import { createNodePlanPool } from '../plan-pool';

const USAGE = `Usage: fanplan plan FILE.fanplan [--out plan.json] [--target 0.995] [--costs PRESET.json] [--profiles ID,ID…] [--tornado] [--json]

  --out PATH       write the plan (areas, options, recommendation, totals) as JSON
  --target X       override every area's daily read-success target (0…1)
  --costs PATH     cost preset file (default datasets/costs/default-costs-jpy.json)
  --discount-rate R, --horizon YEARS   override the NPV assumptions
  --profiles IDS   plan only these technology profiles of the project (comma-separated ids), e.g. a tender's media
  --tornado        add the TCO tornado (module price, fees, discount rate, shadowing sigma, target)
  --json           print the plan JSON instead of the summary`;

/** Load an optional cost preset file; errors name the file and field. */
export async function loadCostPreset(path: string | undefined, cwd: string): Promise<PlanOptions['costPreset'] | { error: string }> {
  if (path === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(resolve(cwd, path), 'utf8'));
  } catch (e) {
    return { error: `${path}: ${(e as Error).message}` };
  }
  const r = costPresetSchema.safeParse(raw);
  return r.success ? r.data : { error: r.error.issues.map((i) => `${path}: ${formatPath(i.path)}: ${i.message}`).join('\n') };
}

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'media plan: placement, read success and TCO per area and medium; recommended hybrid vs single-medium plans',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      out: { type: 'string' }, target: { type: 'string' }, costs: { type: 'string' }, 'discount-rate': { type: 'string' }, horizon: { type: 'string' }, profiles: { type: 'string' }, tornado: { type: 'boolean' }, json: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('expected exactly one project file');
    const r = await loadProjectFile(positionals[0], io.cwd);
    if (!r.ok) {
      io.stderr(('ioError' in r ? r.ioError : r.error.issues.map(formatIssue).join('\n')) + '\n');
      return 1;
    }
    const preset = await loadCostPreset(values.costs, io.cwd);
    if (preset && 'error' in preset) { io.stderr(preset.error + '\n'); return 1; }
    const ids = values.profiles?.split(',').map((x) => x.trim()).filter(Boolean);
    const unknown = ids?.filter((id) => !r.project.profiles.some((p) => p.id === id)) ?? [];
    if (unknown.length) throw new UsageError(`--profiles: no profile ${unknown.map((u) => `"${u}"`).join(', ')} in the project (it has ${r.project.profiles.map((p) => p.id).join(', ')})`);
    const options: PlanOptions = {
      ...(preset ? { costPreset: preset } : {}),
      ...(ids?.length ? { profiles: r.project.profiles.filter((p) => ids.includes(p.id)) } : {}),
      ...(values.target !== undefined ? { readSuccessTarget: numberFlag(values.target, 'target') } : {}),
      ...(values['discount-rate'] !== undefined ? { discountRate: numberFlag(values['discount-rate'], 'discount-rate') } : {}),
      ...(values.horizon !== undefined ? { horizonYears: numberFlag(values.horizon, 'horizon') } : {}),
    };
    const pool = createNodePlanPool(1);
    try {
      const client = createPlanClient(pool);
      const run = await client.run(r.project, 'cli', options);
      const tornado = values.tornado ? await client.tornado(r.project, 'cli', options) : undefined;
      const file = planFileJson(run.plan, tornado);
      if (values.out) await writeFile(resolve(io.cwd, values.out), JSON.stringify(file, null, 2) + '\n');
      if (values.json) io.stdout(JSON.stringify(file, null, 2) + '\n');
      else {
        io.stdout(`${r.project.meta.name}: ${r.project.meters.length} meters, ${run.plan.areas.length} areas; plan in ${(run.planMs / 1000).toFixed(1)} s\n`);
        io.stdout(planText(run.plan));
        if (tornado) io.stdout(tornadoText(tornado));
        if (values.out) io.stdout(`→ ${values.out}\n`);
        for (const w of run.plan.warnings) io.stderr(`warning: ${w}\n`);
      }
      return 0;
    } finally {
      pool.close();
    }
  },
};
