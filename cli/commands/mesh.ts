/**
 * `fanplan mesh FILE.fanplan --out results.csv [--edges edges.csv]`: run the
 * RF mesh engine in a worker thread and write per-meter results (and the
 * link graph).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createMeshClient } from '../../workers/clients/mesh-client';
import { REASON_NAMES } from '../../workers/engines/routing/result';
import { formatIssue } from '../../workers/model';
import type { MeshApi } from '../../workers/api/mesh-api';
import { parseFlags } from '../args';
import { UsageError, type CliCommand } from '../command';
import { csvField } from '../csv';
import { createNodePool } from '../node-pool';
import { loadProjectFile } from '../project-io';

export const meshCommand: CliCommand = {
  name: 'mesh',
  summary: 'simulate the RF mesh: links, routing, read success (runs in a worker thread)',
  usage: [
    'Usage: fanplan mesh FILE.fanplan --out results.csv [--edges edges.csv] [--profile ID] [--no-resilience] [--json]',
    '',
    '  --out        per-meter CSV: meter_id, collector_id, hops, path_etx, margin_db, daily_read_success, reason',
    '  --edges      the link graph as CSV: from, to, etx',
    '  --profile    mesh technology profile id (default: the one the collectors use)',
    '  --no-resilience  skip the N-1 and single-point-of-failure analysis',
    '  --json       print the summary as JSON',
  ].join('\n'),
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { out: { type: 'string' }, edges: { type: 'string' }, profile: { type: 'string' }, 'no-resilience': { type: 'boolean' }, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('expected exactly one project file');
    if (!values.out) throw new UsageError('--out is required');
    const r = await loadProjectFile(positionals[0], io.cwd);
    if (!r.ok) { io.stderr(('ioError' in r ? r.ioError : r.error.issues.map(formatIssue).join('\n')) + '\n'); return 1; }
    const p = r.project;
    const pool = createNodePool<MeshApi>('mesh', 1);
    try {
      const run = await createMeshClient(pool).run(p, 'cli', { profileId: values.profile, resilience: !values['no-resilience'], includeEdges: !!values.edges });
      const m = run.perMeter;
      const rows = ['meter_id,collector_id,hops,path_etx,margin_db,daily_read_success,reason'];
      for (let i = 0; i < run.meterCount; i++) {
        const connected = m.collector[i] >= 0;
        rows.push(csvLine([p.meters[i].id, connected ? run.collectorIds[m.collector[i]] : '', connected ? m.hops[i] : '', connected ? m.pathEtx[i].toFixed(4) : '',
          Number.isFinite(m.marginDb[i]) ? m.marginDb[i].toFixed(2) : '', m.dailyReadSuccess[i].toFixed(6), connected ? '' : REASON_NAMES[m.reason[i]]]));
      }
      await writeFile(resolve(io.cwd, values.out), rows.join('\n') + '\n');
      if (values.edges && run.edges) await writeFile(resolve(io.cwd, values.edges), edgeCsv(run.edges, (v) => (v < run.meterCount ? p.meters[v].id : run.collectorIds[v - run.meterCount])));
      const t = run.summary.total;
      if (values.json) io.stdout(JSON.stringify({ profileId: run.profileId, collectors: run.collectorIds.length, edges: run.edgeCount, total: t, areas: run.summary.areas.map((a, i) => ({ area: p.areas[i].id, ...a })), resilience: run.resilience && { singlePointMeters: run.resilience.singlePointMeters, outages: run.resilience.outages }, timingsMs: { compile: run.compileMs, ...run.timingsMs }, warnings: run.warnings }, null, 2) + '\n');
      else {
        io.stdout(`${p.meta.name}: mesh profile ${run.profileId}, ${run.collectorIds.length} collectors, ${run.edgeCount} links\n`);
        io.stdout(`  ${t.routed}/${t.meters} meters connected, mean daily read success ${(t.meanDailyReadSuccess * 100).toFixed(2)} %, ${(t.shareMeetingTarget * 100).toFixed(1)} % meet the target, mean ${t.meanHops.toFixed(1)} hops\n`);
        const reasons = t.reasonCounts.map((c, k) => (c && k > 1 ? `${REASON_NAMES[k]} ${c}` : '')).filter(Boolean);
        if (reasons.length) io.stdout(`  unconnected: ${reasons.join(', ')}\n`);
        if (run.resilience) io.stdout(`  N-1: worst collector loss ${Math.max(0, ...run.resilience.outages.map((o) => o.lost))} meters; ${run.resilience.singlePointMeters} meters depend on a single relay\n`);
        io.stdout(`  time: compile ${run.compileMs.toFixed(0)} ms, links ${run.timingsMs.links.toFixed(0)} ms, routing ${run.timingsMs.routing.toFixed(0)} ms, reliability ${run.timingsMs.reliability.toFixed(0)} ms\n`);
      }
      return 0;
    } finally {
      pool.close();
    }
  },
};

const csvLine = (cells: (string | number)[]) => cells.map((c) => csvField(String(c))).join(',');

/** The link graph as `from,to,etx` rows (node ids are meter or collector ids). */
function edgeCsv(g: { offsets: Int32Array; targets: Int32Array; etx: Float32Array }, idOf: (node: number) => string): string {
  const rows = ['from,to,etx'];
  for (let u = 0; u + 1 < g.offsets.length; u++) for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) rows.push(csvLine([idOf(u), idOf(g.targets[e]), g.etx[e].toFixed(4)]));
  return rows.join('\n') + '\n';
}
