/**
 * The area × option table: every option the planner priced, sortable by any
 * column (header buttons, keyboard accessible, aria-sort), the recommended
 * row highlighted, options below the area target marked; clicking a row (or
 * its area-name button, for the keyboard) frames that area on the map.
 */
import { useMemo } from 'react';
import type { PlanJson } from '../../workers/api/plan-api';
import { fmtNumber } from '../i18n/format';
import { t, type MessageKey } from '../i18n/messages';
import { focusArea } from '../state/tool-actions';
import { useAppState, useAppStore } from '../state/use-store';
import { areaName } from './AreaRecommendations';
import { fmtCost, fmtSuccess, mediumLabel, profileLabel } from './format';
import { setPlan } from './state';
import { ariaSort, nextSort, optionRows, SORT_KEYS, sortRows, type SortKey } from './table';

const HEAD: Record<SortKey, MessageKey> = {
  area: 'plan.col.area', medium: 'plan.col.medium', profile: 'plan.col.profile', rsMean: 'plan.col.rsMean', rsP5: 'plan.col.rsP5', collectors: 'plan.col.collectors',
  capex: 'plan.col.capex', opex: 'plan.col.opex', tco: 'plan.col.tco', tcoPerMeter: 'plan.col.tcoPerMeter', meets: 'plan.col.meets',
};
const TEXT_COLS = new Set<SortKey>(['area', 'medium', 'profile']);

/** The sortable area × option table (order kept in `plan.sort`). */
export function ComparisonTable({ plan, areaFilter = 'all' }: { plan: PlanJson; areaFilter?: string }) {
  const store = useAppStore();
  const doc = useAppState((s) => s.doc);
  const sort = useAppState((s) => s.plan.sort);
  const rows = useMemo(() => sortRows(optionRows(plan, areaFilter), sort), [plan, areaFilter, sort]);
  const cur = plan.currency;
  const known = new Set(doc.areas.map((a) => a.id));
  return (
    <table className="grid plan-table" data-testid="plan-table" data-sort={`${sort.key}:${sort.dir}`}>
      <caption>{t('plan.rowCount', { n: fmtNumber(rows.length), areas: fmtNumber(new Set(rows.map((r) => r.areaId)).size) })}</caption>
      <thead>
        <tr>
          {SORT_KEYS.map((k) => (
            <th key={k} scope="col" aria-sort={ariaSort(sort, k)} className={TEXT_COLS.has(k) ? 'txt' : undefined}>
              <button type="button" className="sort" data-sort-key={k} title={t('plan.sortBy', { col: t(HEAD[k]) })} onClick={() => setPlan(store, (p) => ({ sort: nextSort(p.sort, k) }))}>
                {t(HEAD[k])}<span aria-hidden="true" className="sort-mark">{sort.key === k ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const o = r.option;
          const cls = [r.recommended ? 'rec' : '', o.available && !o.meetsTarget ? 'fails' : '', !o.available ? 'na' : ''].filter(Boolean).join(' ');
          return (
            <tr key={r.key} className={cls || undefined} data-area={r.areaId} data-recommended={r.recommended} data-meets={o.meetsTarget} onClick={known.has(r.areaId) ? () => focusArea(store, r.areaId) : undefined}>
              <td className="txt area-cell">{known.has(r.areaId)
                ? <button type="button" className="linkish" title={t('plan.focusArea', { name: r.areaName })}>{areaName({ id: r.areaId, name: r.areaName })}</button>
                : areaName({ id: r.areaId, name: r.areaName })}</td>
              <td className="txt medium-cell">{r.recommended && <span className="star" title={t('plan.recommended')}>★ </span>}{mediumLabel(o.medium)}</td>
              <td className="txt cut" title={o.profile}>{profileLabel(o.profile, doc)}</td>
              <td>{o.available ? fmtSuccess(o.readSuccessMean) : '—'}</td>
              <td>{o.available ? fmtSuccess(o.readSuccessP5) : '—'}</td>
              <td>{fmtNumber(o.collectors)}</td>
              <td>{fmtCost(o.capex, cur)}</td>
              <td>{fmtCost(o.opexPerYear, cur)}</td>
              <td><b>{fmtCost(o.tco, cur)}</b></td>
              <td>{fmtCost(o.tcoPerMeter, cur)}</td>
              <td className="meets">{!o.available ? <span title={o.note}>{t('plan.unavailable')}</span> : o.meetsTarget ? <span className="ok">✓ {t('plan.meets.yes')}</span> : <span className="bad">✗ {t('plan.meets.no')}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
