import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/command';
import { UsageError } from '../../cli/command';
import { plcCommand } from '../../cli/commands/plc';
import { parseCsv } from '../../cli/csv';
import { PLC_CSV_COLUMNS, PLC_CSV_DETAIL_COLUMNS } from '../../cli/plc-csv';
import { generateDemoProject } from '../../workers/engines/demo';
import { createEmptyProject, writeProjectFile } from '../../workers/model';

const fixture = new URL('../../datasets/fixtures/small-town.fanplan', import.meta.url).pathname;

async function run(argv: string[], cwd: string) {
  let out = '', err = '';
  const io: CliIo = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd };
  const code = await plcCommand.run(argv, io);
  return { code, out, err };
}

describe('fanplan plc', () => {
  it('writes per-meter results as CSV with the mesh columns through a worker thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-plc-'));
    const r = await run([fixture, '--out', 'results.csv'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/PLC cenelec-a \(plc-g3-cenelec-a\), 4 concentrators from transformers, 4 LV networks \(0 synthesised\); 520 meters/);
    expect(r.err).toMatch(/unknown cable types DV-60/);
    const rows = parseCsv(readFileSync(join(dir, 'results.csv'), 'utf8'));
    expect(rows[0].fields).toEqual([...PLC_CSV_COLUMNS]);
    expect(rows).toHaveLength(521);
    const col = (name: string) => rows[0].fields.indexOf(name);
    for (const row of rows.slice(1)) {
      const routed = row.fields[col('reason')] === 'routed';
      expect(row.fields[col('collector_id')] !== '').toBe(routed);
      if (routed) {
        expect(row.fields[col('collector_id')]).toMatch(/^plc@T[1-4]$/);
        expect(Number(row.fields[col('hops')])).toBeGreaterThanOrEqual(1);
        expect(Number(row.fields[col('path_etx')])).toBeGreaterThanOrEqual(Number(row.fields[col('hops')]) - 1e-3);
        expect(Number.isFinite(Number(row.fields[col('margin_db')]))).toBe(true);
      }
      const daily = Number(row.fields[col('daily_read_success')]);
      expect(daily).toBeGreaterThanOrEqual(0);
      expect(daily).toBeLessThanOrEqual(1);
    }
    expect(rows[1].fields[0]).toBe('M1');
  });

  it('adds the PLC detail columns and prints a JSON summary for the demo region', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-plc-'));
    const demo = generateDemoProject({ seed: 3, meters: 1500 });
    writeFileSync(join(dir, 'demo.fanplan'), writeProjectFile(demo));
    const r = await run(['demo.fanplan', '--profile', 'plc-g3-arib', '--out', 'plc.csv', '--detail', '--json', '--no-n1'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ profileId: 'plc-g3-arib', band: 'arib', concentratorSource: 'transformers' });
    expect(j.summary.meters).toBe(1500);
    expect(j.summary.routed).toBeGreaterThan(1400);
    const rows = parseCsv(readFileSync(join(dir, 'plc.csv'), 'utf8'));
    expect(rows[0].fields).toEqual([...PLC_CSV_COLUMNS, ...PLC_CSV_DETAIL_COLUMNS]);
    const col = (name: string) => rows[0].fields.indexOf(name);
    const byId = new Map(demo.meters.map((m) => [m.id, m]));
    for (const row of rows.slice(1)) {
      const m = byId.get(row.fields[0]);
      expect(row.fields[col('transformer_id')]).toBe(m?.transformerId);
      if (row.fields[col('reason')] === 'routed') {
        expect(['ROBO', 'DBPSK', 'DQPSK', 'D8PSK']).toContain(row.fields[col('modulation')]);
        expect(row.fields[col('plc_detail')]).toBe('ok');
        expect(row.fields[col('parent_id')]).not.toBe('');
      } else expect(row.fields[col('plc_detail')]).not.toBe('ok');
    }
  });

  it('fails cleanly without a PLC profile, and rejects bad flags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-plc-'));
    const p = createEmptyProject('no plc');
    p.profiles = p.profiles.filter((x) => x.medium !== 'plc');
    writeFileSync(join(dir, 'p.fanplan'), writeProjectFile(p));
    const r = await run(['p.fanplan'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no PLC profile/);
    await expect(run([fixture, '--concentrators', 'poles'], dir)).rejects.toThrow(UsageError);
    await expect(run([], dir)).rejects.toThrow(UsageError);
  });
});
