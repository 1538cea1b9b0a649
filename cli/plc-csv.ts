/** CSV rendering of a PLC run (one row per meter), with the columns of `fanplan mesh`. */
import { MODULATIONS, PLC_DETAIL_NAMES, type PlcResult } from '../workers/engines/plc';
import { REASON_NAMES } from '../workers/engines/routing';
import { csvField } from './csv';

/** Column names, in order (the same as `fanplan mesh`; collector_id is the concentrator). */
export const PLC_CSV_COLUMNS = ['meter_id', 'collector_id', 'hops', 'path_etx', 'margin_db', 'daily_read_success', 'reason'] as const;
/** Extra columns written with --detail. */
export const PLC_CSV_DETAIL_COLUMNS = ['plc_detail', 'parent_id', 'modulation', 'snr_db', 'attenuation_db', 'direct_snr_db', 'transformer_id'] as const;

const f = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '');

/** CSV text with a header row; `transformerIds` names the networks for --detail. */
export function plcResultCsv(r: PlcResult, meterIds: readonly string[], detail = false, transformerIds: readonly string[] = []): string {
  const m = r.meters, M = m.count;
  const rows = [[...PLC_CSV_COLUMNS, ...(detail ? PLC_CSV_DETAIL_COLUMNS : [])].join(',')];
  for (let i = 0; i < M; i++) {
    const c = m.concentrator[i];
    const row = [csvField(meterIds[i]), c >= 0 ? csvField(r.concentrators.ids[c]) : '', m.hops[i] >= 0 ? String(m.hops[i]) : '', f(m.pathEtx[i], 3), f(m.marginDb[i], 2), f(m.dailyReadSuccess[i], 6), REASON_NAMES[m.reason[i]]];
    if (detail) {
      const p = m.parent[i];
      row.push(PLC_DETAIL_NAMES[m.detail[i]], p < 0 ? '' : csvField(p < M ? meterIds[p] : r.concentrators.ids[p - M]), m.modulation[i] >= 0 ? MODULATIONS[m.modulation[i]] : '',
        f(m.snrDb[i], 2), f(m.attenuationDb[i], 2), f(m.directSnrDb[i], 2), m.network[i] >= 0 ? csvField(transformerIds[m.network[i]] ?? '') : '');
    }
    rows.push(row.join(','));
  }
  return rows.join('\n') + '\n';
}
