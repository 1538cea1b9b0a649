/** Per-area summary of one medium: meters, connected %, mean and 5th-percentile daily read success, mean hops, collectors. */
import { useMemo } from 'react';
import { fmtNumber } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import { meterAreaIndex } from '../areas';
import { summariseByArea, type AreaResultSummary } from '../summary';
import type { MediumEntry } from '../types';

/** Compact percent for narrow columns: 2 decimals from 99 % up (99.5 and 99.95 differ a lot), else 1. */
const pct = (v: number, d = 1) => (Number.isFinite(v) ? `${fmtNumber(v * 100, v >= 0.99 && v < 1 ? Math.max(d, 2) : v === 1 || v === 0 ? 0 : 1)}%` : '—');
const num = (v: number, d = 1) => (Number.isFinite(v) ? fmtNumber(v, d) : '—');

function Row({ name, a, testid }: { name: string; a: AreaResultSummary; testid?: string }) {
  return (
    <tr data-testid={testid}>
      <td><span className="cut" title={name}>{name}</span></td><td>{fmtNumber(a.meters)}</td><td>{pct(a.connectedShare)}</td><td>{pct(a.meanSuccess, 2)}</td><td>{pct(a.p5Success, 2)}</td><td>{num(a.meanHops)}</td><td>{fmtNumber(a.servers)}</td>
    </tr>
  );
}

export function SummaryTable({ entry }: { entry: MediumEntry }) {
  // summaries follow the document the results were computed on, so edits (drags) do not recompute them
  const doc = entry.doc;
  const sum = useMemo(() => summariseByArea(entry.meters, meterAreaIndex(entry.doc), entry.doc.areas.length), [entry]);
  return (
    <table className="grid results-table" data-testid={`summary-${entry.medium}`}>
      <caption>{t(`medium.${entry.medium}` as MessageKey)}</caption>
      <colgroup><col className="c-name" /><col className="c-n" /><col className="c-n" /><col className="c-p" /><col className="c-p" /><col className="c-small" /><col className="c-small" /></colgroup>
      <thead><tr>
        <th>{t('analysis.colArea')}</th><th>{t('results.col.meters')}</th><th>{t('results.col.connected')}</th><th>{t('results.col.mean')}</th>
        <th>{t('results.col.p5')}</th><th>{t('results.col.hops')}</th><th>{t(entry.medium === 'star' ? 'results.col.cells' : 'results.col.collectors')}</th>
      </tr></thead>
      <tbody>
        {sum.areas.map((a, i) => a.meters > 0 && <Row key={i} name={doc.areas[i].name} a={a} />)}
        {sum.outside.meters > 0 && <Row name={t('results.outside')} a={sum.outside} />}
        <Row name={t('results.total')} a={sum.total} testid={`summary-total-${entry.medium}`} />
      </tbody>
    </table>
  );
}
