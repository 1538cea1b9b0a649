/**
 * `fanplan stats FILE.fanplan`: compile the project in a worker thread and
 * print meter neighbour-density statistics, overall and per area.
 */
import { formatIssue } from '../../workers/model';
import { createAnalysisClient } from '../../workers/clients/analysis-client';
import { UsageError, type CliCommand } from '../command';
import { numberFlag, parseFlags } from '../args';
import { createNodeAnalysisPool } from '../node-pool';
import { loadProjectFile } from '../project-io';

const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'neighbour-density statistics of the meters (runs in a worker thread)',
  usage: 'Usage: fanplan stats FILE.fanplan [--radius METRES] [--json]\n\n  --radius  neighbour radius in metres (default: the project setting)\n  --json    print JSON',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { radius: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('expected exactly one project file');
    const r = await loadProjectFile(positionals[0], io.cwd);
    if (!r.ok) {
      io.stderr(('ioError' in r ? r.ioError : r.error.issues.map(formatIssue).join('\n')) + '\n');
      return 1;
    }
    const p = r.project;
    const radiusM = numberFlag(values.radius, 'radius', p.settings.neighbourRadiusM);
    if (!(radiusM > 0)) throw new UsageError('--radius must be > 0');
    const pool = createNodeAnalysisPool(1);
    try {
      const run = await createAnalysisClient(pool).neighbourStats(p, 'cli', radiusM);
      const s = run.stats.summary;
      if (values.json) {
        io.stdout(JSON.stringify({ radiusM, counts: run.counts, summary: s, perArea: run.stats.perArea.map((a, i) => ({ area: p.areas[i].id, ...a })), timingsMs: run.timingsMs }, null, 2) + '\n');
        return 0;
      }
      io.stdout(`${p.meta.name}: ${run.counts.meters} meters, ${run.counts.areas} areas (${run.counts.metersOutsideAreas} meters outside every area)\n`);
      io.stdout(`radius ${radiusM} m: mean ${f1(s.meanNeighbours)} neighbours (max ${s.maxNeighbours}), nearest neighbour median ${f1(s.medianNearestM)} m, p95 ${f1(s.p95NearestM)} m, ${s.isolated} isolated\n`);
      run.stats.perArea.forEach((a, i) => {
        const area = p.areas[i];
        io.stdout(`  ${area.name.padEnd(24)} ${area.class.padEnd(18)} ${String(a.meters).padStart(7)} meters  mean ${f1(a.meanNeighbours).padStart(6)} nb  NN median ${f1(a.medianNearestM).padStart(7)} m  isolated ${a.isolated}\n`);
      });
      return 0;
    } finally {
      pool.close();
    }
  },
};
