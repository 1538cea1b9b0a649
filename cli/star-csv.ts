/** CSV rendering of a star run (one row per meter). */
import { STAR_REASONS, type StarResult } from '../workers/engines/star';
import { csvField } from './csv';

/** Column names, in order. */
export const STAR_CSV_COLUMNS = ['meter_id', 'site_id', 'alt1_site_id', 'alt2_site_id', 'coupling_loss_db', 'margin_db', 'coverage_probability', 'mode', 'airtime_ms',
  'attempt_success', 'daily_read_success', 'target', 'reason'] as const;

const f = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '');

/** CSV text with a header row. */
export function starResultCsv(r: StarResult, meterIds: readonly string[]): string {
  const m = r.meters, k = r.k;
  const cell = (i: number, j: number) => (j < k && m.servers[i * k + j] >= 0 ? r.cells.ids[m.servers[i * k + j]] : '');
  const rows = [STAR_CSV_COLUMNS.join(',')];
  for (let i = 0; i < m.count; i++) {
    rows.push([
      csvField(meterIds[i]), csvField(cell(i, 0)), csvField(cell(i, 1)), csvField(cell(i, 2)), f(m.couplingLossDb[i * k], 2), f(m.marginDb[i], 2), f(m.coverageProbability[i], 6),
      m.mode[i] >= 0 ? r.modes[m.mode[i]].label : '', f(m.airtimeMs[i], 2), f(m.attemptSuccess[i], 6), f(m.dailyReadSuccess[i], 6), f(m.target[i], 4), STAR_REASONS[m.reason[i]],
    ].join(','));
  }
  return rows.join('\n') + '\n';
}
