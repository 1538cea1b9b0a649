/**
 * `fanplan plc FILE.fanplan --out results.csv`: the PLC engine in a worker
 * thread. Columns as `fanplan mesh` (collector_id = concentrator; margin_db =
 * SNR over the chosen modulation's threshold); --detail adds the PLC reason,
 * parent, modulation and SNR columns.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssue } from '../../workers/model';
import { createPlcClient, type PlcRunOptions } from '../../workers/clients/plc-client';
import { UsageError, type CliCommand } from '../command';
import { numberFlag, parseFlags } from '../args';
import { loadProjectFile } from '../project-io';
import { plcResultCsv } from '../plc-csv';
import { createNodePlcPool } from '../plc-pool';

const USAGE = `Usage: fanplan plc FILE.fanplan [--profile ID] [--out results.csv|results.json] [--detail] [--json]

  --profile ID          PLC profile to evaluate (default: the first PLC profile)
  --concentrators MODE  auto (the project's PLC collectors, else one per transformer), collectors or transformers
  --max-link-etx N      drop links above this ETX (default 4, RFC 6719)
  --no-n1               skip the N-1 concentrator outage study
  --out PATH            per-meter results: CSV (meter_id, collector_id, hops, path_etx, margin_db, daily_read_success, reason) or .json
  --detail              CSV: add plc_detail, parent_id, modulation, snr_db, attenuation_db, direct_snr_db, transformer_id
  --json                print the summary as JSON`;

export const plcCommand: CliCommand = {
  name: 'plc',
  summary: 'PLC over the LV grid (G3-PLC bands): attenuation, SNR, modulation, multi-hop routing, read success; CSV',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      profile: { type: 'string' }, concentrators: { type: 'string' }, 'max-link-etx': { type: 'string' }, 'no-n1': { type: 'boolean' },
      out: { type: 'string' }, detail: { type: 'boolean' }, json: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('expected exactly one project file');
    if (values.concentrators !== undefined && !['auto', 'collectors', 'transformers'].includes(values.concentrators)) throw new UsageError('--concentrators must be auto, collectors or transformers');
    const r = await loadProjectFile(positionals[0], io.cwd);
    if (!r.ok) {
      io.stderr(('ioError' in r ? r.ioError : r.error.issues.map(formatIssue).join('\n')) + '\n');
      return 1;
    }
    const p = r.project;
    if (!p.profiles.some((x) => x.medium === 'plc' && (values.profile === undefined || x.id === values.profile))) {
      io.stderr(values.profile === undefined ? 'the project has no PLC profile\n' : `no PLC profile with id ${values.profile}\n`);
      return 1;
    }
    const options: PlcRunOptions = {
      ...(values.profile !== undefined ? { profileId: values.profile } : {}),
      ...(values.concentrators !== undefined ? { concentrators: values.concentrators as PlcRunOptions['concentrators'] } : {}),
      ...(values['max-link-etx'] !== undefined ? { routing: { maxLinkEtx: numberFlag(values['max-link-etx'], 'max-link-etx') } } : {}),
      ...(values['no-n1'] ? { nMinusOne: false } : {}),
    };
    const pool = createNodePlcPool(1);
    try {
      const run = await createPlcClient(pool).run(p, 'cli', options);
      const res = run.result, s = res.summary;
      const ids = p.meters.map((m) => m.id);
      if (values.out) {
        const text = values.out.endsWith('.json')
          ? JSON.stringify({ profileId: res.profileId, band: res.band, summary: s, warnings: res.warnings, meters: ids.map((id, i) => ({ id, collector_id: res.meters.concentrator[i] >= 0 ? res.concentrators.ids[res.meters.concentrator[i]] : null, hops: res.meters.hops[i], margin_db: res.meters.marginDb[i], daily_read_success: res.meters.dailyReadSuccess[i] })) })
          : plcResultCsv(res, ids, values.detail === true, p.grid.transformers.map((t) => t.id));
        await writeFile(resolve(io.cwd, values.out), text);
      }
      if (values.json) io.stdout(JSON.stringify({ profileId: res.profileId, band: res.band, concentratorSource: res.concentratorSource, summary: s, warnings: res.warnings, timingsMs: run.timingsMs }, null, 2) + '\n');
      else {
        io.stdout(`${p.meta.name}: PLC ${res.band} (${res.profileId}), ${s.concentrators} concentrators from ${res.concentratorSource}, ${s.networks} LV networks (${s.synthesizedNetworks} synthesised); ${s.meters} meters\n`);
        io.stdout(`routed ${s.routed}, mean daily read success ${(100 * s.meanDailyReadSuccess).toFixed(3)} %, ${s.metersMeetingTarget} meters meet the target; mean hops ${s.meanHops.toFixed(2)} (max ${s.maxHops})\n`);
        io.stdout(`reasons: ${Object.entries(s.detailCounts).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(', ')}; modulations: ${Object.entries(s.modulationCounts).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
        if (values.out) io.stdout(`→ ${values.out}\n`);
        for (const w of res.warnings) io.stderr(`warning: ${w}\n`);
      }
      return 0;
    } finally {
      pool.close();
    }
  },
};
