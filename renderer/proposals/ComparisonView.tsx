/**
 * The side-by-side comparison over the map: the neutral assumptions, the
 * vendor table, a TCO bar chart and CSV export (the CLI's compare.csv
 * columns, saved through the platform). Close with × or Esc.
 */
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { fmtMoney, fmtNumber } from '../i18n/format';
import { t } from '../i18n/messages';
import type { Platform } from '../platform';
import { useAppState, useAppStore } from '../state/use-store';
import { neutralAssumptions } from './assumptions';
import { comparisonCsvName } from './comparison-csv';
import { comparisonModel } from './comparison-model';
import { ComparisonTable } from './ComparisonTable';
import { setProposals } from './state';
import { TcoBarChart } from './TcoBarChart';
import type { ComparisonRun } from './types';

function Assumptions({ run }: { run: ComparisonRun }) {
  const a = neutralAssumptions(run);
  if (!a) return null;
  return (
    <div className="compare-assumptions" data-testid="compare-assumptions">
      <p>{t('proposals.view.assumptions', { currency: a.currency, rate: fmtNumber(a.discountRate * 100, 2), years: fmtNumber(a.horizonYears), payload: fmtNumber(a.payloadBytes), manual: fmtMoney(a.manualReadCost, a.currency), reads: fmtNumber(a.billingReadsPerYear) })}</p>
      <p>{a.rates.length ? t('proposals.view.rates', { currency: a.currency, rates: a.rates.map((r) => `1 ${r.from} = ${fmtNumber(r.rate, 4)} ${a.currency}`).join(', ') }) : t('proposals.view.noConversion', { currency: a.currency })}</p>
      <p className="muted">{t('proposals.view.bestRule')}</p>
    </div>
  );
}

export function ComparisonView({ run, stale, platform }: { run: ComparisonRun; stale: boolean; platform: Platform }) {
  const store = useAppStore();
  const locale = useAppState((s) => s.locale);
  const [saved, setSaved] = useState<{ name: string } | { error: string } | null>(null);
  const model = useMemo(() => comparisonModel(run.result), [run]);
  const bars = useMemo(() => model.vendors.map((v, i) => ({ label: v.vendor, tco: model.totals[i].tco, best: i === model.bestOverall })), [model]);
  const exportCsv = async () => {
    const r = await platform.saveFile(new TextEncoder().encode(run.csv), comparisonCsvName(), 'text/csv');
    setSaved(r.status === 'saved' ? { name: r.name } : r.status === 'error' ? { error: r.message } : null);
  };
  const host = (typeof document !== 'undefined' && document.querySelector('.workspace .map')) || document.body;
  return createPortal(
    <div className={host === document.body ? 'proposals-overlay floating' : 'proposals-overlay'} role="dialog" aria-label={t('proposals.view.title')} data-testid="compare-view" data-stale={stale}>
      <header className="compare-header">
        <h2>{t('proposals.view.title')}</h2>
        {stale && <span className="badge stale" data-testid="compare-stale">{t('proposals.stale')}</span>}
        <span className="spacer" />
        <button data-testid="compare-export" onClick={() => void exportCsv()}>{t('proposals.view.export')}</button>
        <button data-testid="compare-close" aria-label={t('proposals.view.close')} title={`${t('proposals.view.close')} (Esc)`} onClick={() => setProposals(store, { showComparison: false })}>×</button>
      </header>
      {saved && ('name' in saved ? <p className="muted" data-testid="compare-saved">{t('proposals.view.exported', { name: saved.name })}</p> : <p className="error" role="alert">{saved.error}</p>)}
      <div className="compare-top">
        <Assumptions run={run} />
        <TcoBarChart key={locale} bars={bars} currency={model.currency} title={t('proposals.view.chart', { currency: model.currency })} />
      </div>
      <ComparisonTable model={model} />
    </div>,
    host,
  );
}
