/** The side-by-side table: vendors as columns; per area the recommended option and its measures; hybrid totals; best vendor highlighted. */
import { Fragment } from 'react';
import { fmtMoney, fmtNumber, fmtPercent } from '../i18n/format';
import { t, type MessageKey } from '../i18n/messages';
import type { AreaCell, ComparisonModel } from './comparison-model';
import { FindingBadges } from './Findings';

const mediumText = (m: string) => m.split('+').map((x) => t(`medium.${x}` as MessageKey)).join(' + ');

type Measure = { key: MessageKey; cell(c: AreaCell, currency: string): string };

const MEASURES: Measure[] = [
  { key: 'proposals.m.readMean', cell: (c) => fmtPercent(c.option!.readSuccessMean, 2) },
  { key: 'proposals.m.readP5', cell: (c) => fmtPercent(c.option!.readSuccessP5, 2) },
  { key: 'proposals.m.collectors', cell: (c) => fmtNumber(c.option!.collectors) },
  { key: 'proposals.m.tco', cell: (c, cur) => fmtMoney(c.option!.tco, cur) },
  { key: 'proposals.m.tcoPerMeter', cell: (c, cur) => fmtMoney(c.option!.tcoPerMeter, cur) },
  { key: 'proposals.m.meets', cell: (c) => (c.option!.meetsTarget ? `✓ ${t('proposals.yes')}` : `✗ ${t('proposals.no')}`) },
];

export function ComparisonTable({ model }: { model: ComparisonModel }) {
  const cur = model.currency;
  const cls = (best: boolean) => (best ? 'best' : undefined);
  return (
    <table className="grid compare-table" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col">{t('proposals.view.metric')}</th>
          {model.vendors.map((v, i) => (
            <th key={v.file} scope="col" className={cls(i === model.bestOverall)} data-testid="compare-vendor">
              <div className="vendor-name">{v.vendor}{i === model.bestOverall && <span className="badge best-badge" data-testid="best-overall"> ★ {t('proposals.view.bestOverall')}</span>}</div>
              <div className="muted">{v.file}</div>
              <FindingBadges findings={v.findings} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((r) => (
          <Fragment key={r.id}>
            <tr className="area-head" data-testid="compare-area" data-area={r.id}>
              <th scope="rowgroup" colSpan={model.vendors.length + 1}>{t('proposals.view.areaHead', { name: r.name, cls: t(`areaClass.${r.class}` as MessageKey), meters: fmtNumber(r.meters), target: fmtPercent(r.target, 2) })}</th>
            </tr>
            <tr>
              <th scope="row">{t('proposals.m.recommended')}</th>
              {r.cells.map((c, i) => (
                <td key={i} className={i === r.best ? 'rec best' : 'rec'} data-best={i === r.best}>
                  {!c ? t('proposals.view.missing') : !c.option ? t('proposals.view.noOption') : <><b>{mediumText(c.option.medium)}</b> · {c.option.profile}</>}
                  {i === r.best && <span className="badge best-badge"> ★ {t('proposals.view.best')}</span>}
                  {c && <FindingBadges findings={c.findings} />}
                </td>
              ))}
            </tr>
            {MEASURES.map((m) => (
              <tr key={m.key}>
                <th scope="row">{t(m.key)}</th>
                {r.cells.map((c, i) => <td key={i} className={cls(i === r.best)}>{c?.option ? m.cell(c, cur) : '—'}</td>)}
              </tr>
            ))}
          </Fragment>
        ))}
        <tr className="area-head total-head"><th scope="rowgroup" colSpan={model.vendors.length + 1}>{t('proposals.view.totals')}</th></tr>
        {([
          ['proposals.m.tco', (x) => fmtMoney(x.tco, cur)],
          ['proposals.m.tcoPerMeter', (x) => fmtMoney(x.tcoPerMeter, cur)],
          ['proposals.m.readMean', (x) => fmtPercent(x.readSuccessMean, 2)],
          ['proposals.m.areasMeeting', (x) => t('proposals.m.areasOf', { n: x.areasMeeting, of: x.areas })],
          ['proposals.m.capex', (x) => fmtMoney(x.capex, cur)],
          ['proposals.m.opex', (x) => fmtMoney(x.opexPerYear, cur)],
        ] as [MessageKey, (x: ComparisonModel['totals'][number]) => string][]).map(([key, f]) => (
          <tr key={key} data-testid={`compare-total-${key.slice('proposals.m.'.length)}`}>
            <th scope="row">{t(key)}</th>
            {model.totals.map((x, i) => <td key={i} className={cls(i === model.bestOverall)}>{f(x)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
