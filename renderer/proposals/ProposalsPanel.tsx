/**
 * The proposal manager (sidebar tab "Proposals"): load proposal files, see
 * invalid files' errors (file, path, field), the loaded list with ARIB badges,
 * details and remove, then compare them with progress and Cancel. The
 * side-by-side view opens over the map (ComparisonView).
 */
import { useEffect, useMemo, useRef } from 'react';
import { fmtNumber } from '../i18n/format';
import { t, type MessageKey } from '../i18n/messages';
import { ProgressBar } from '../panels/ProgressBar';
import { detectPlatform, type Platform } from '../platform';
import { useAppState, useAppStore } from '../state/use-store';
import { ComparisonView } from './ComparisonView';
import { cancelCompare, runCompare } from './compare-controller';
import { FindingBadges } from './Findings';
import { pickProposalFiles, type ProposalParser } from './load';
import { ProposalDetail } from './ProposalDetail';
import { isComparisonStale, setProposals, withoutProposal } from './state';
import type { LoadedProposal, ProposalNote } from './types';

const noteText = (n: ProposalNote) => (n.kind === 'replaced' ? t('proposals.note.replaced', { file: n.file }) : t('proposals.note.sameVendor', { file: n.file, vendor: n.vendor, other: n.other }));

function ProposalItem({ item, open }: { item: LoadedProposal; open: boolean }) {
  const store = useAppStore();
  const { proposal: p } = item;
  return (
    <li className="proposal-item" data-testid="proposal-item" data-file={item.file}>
      <div className="proposal-head">
        <b data-testid="proposal-vendor">{p.vendor}</b>
        <span className="badge currency">{p.currency}</span>
      </div>
      {p.name && <div className="muted">{p.name}</div>}
      <div className="muted file">{item.file}</div>
      <div className="proposal-profiles">
        {p.profiles.map((x) => <span key={x.id} className="chip" title={x.name}>{t(`medium.${x.medium}` as MessageKey)} · {x.id}</span>)}
      </div>
      <FindingBadges findings={item.findings} />
      <div className="row">
        <button data-testid="proposal-detail-toggle" aria-expanded={open} onClick={() => setProposals(store, { detail: open ? null : item.file })}>{t(open ? 'proposals.hideDetails' : 'proposals.details')}</button>
        <button data-testid="proposal-remove" title={t('proposals.removeTitle', { vendor: p.vendor, file: item.file })}
          onClick={() => setProposals(store, (s) => ({ items: withoutProposal(s.items, item.file), detail: s.detail === item.file ? null : s.detail }))}>{t('proposals.remove')}</button>
      </div>
      {open && <ProposalDetail item={item} />}
    </li>
  );
}

/** The panel; `platform` and `parse` are injectable for tests (default: the app's platform and the plan worker). */
export function ProposalsPanel({ platform, parse }: { platform?: Platform; parse?: ProposalParser } = {}) {
  const store = useAppStore();
  const s = useAppState((x) => x.proposals);
  const doc = useAppState((x) => x.doc);
  const pf = useMemo(() => platform ?? detectPlatform(), [platform]);
  const stale = isComparisonStale(s, doc);
  const running = s.job !== null;
  const progress = useRef<HTMLDivElement>(null);
  // a run started from the menu while the list is scrolled: bring the bar into view
  useEffect(() => { if (running) progress.current?.scrollIntoView?.({ block: 'nearest' }); }, [running]);
  return (
    <section className="panel proposals" aria-label={t('proposals.panel.title')} data-testid="proposals-panel">
      <h2>{t('proposals.panel.title')}</h2>
      <p className="muted">{t('proposals.help')}</p>
      <div className="row">
        <button data-testid="proposals-load" disabled={s.loading} onClick={() => void pickProposalFiles(store, pf, parse)}>{t('proposals.load')}</button>
        {s.loading && <span className="muted">{t('proposals.loading')}</span>}
        <button data-testid="proposals-compare" className="primary" disabled={running || s.items.length === 0 || doc.meters.length === 0} onClick={() => void runCompare(store)}>{t('proposals.compare')}</button>
        {s.comparison && !running && <button data-testid="proposals-show" onClick={() => setProposals(store, { showComparison: true })}>{t('proposals.showComparison')}</button>}
      </div>
      <div ref={progress} className="compare-progress">{s.job && <ProgressBar job={s.job} onCancel={() => cancelCompare()} />}</div>
      {s.runError && <p className="error" role="alert" data-testid="proposals-run-error">{s.runError}</p>}
      {s.comparison && (
        <p className="muted" data-testid="proposals-last-run" data-stale={stale}>
          {t('proposals.lastRun', { n: s.comparison.result.proposals.length, s: fmtNumber(s.comparison.elapsedMs / 1000, 1) })}
          {stale && <> <span className="badge stale">{t('proposals.stale')}</span></>}
        </p>
      )}
      {s.errors.length > 0 && (
        <div className="proposal-errors" role="alert" data-testid="proposal-errors">
          {s.errors.map((e) => (
            <div key={e.file} data-testid="proposal-error" data-file={e.file}>
              <b>{t('proposals.errorsTitle', { file: e.file })}</b>
              <ul>{e.errors.slice(0, 20).map((m, i) => <li key={i} className="error">{m}</li>)}</ul>
              {e.errors.length > 20 && <p className="error">… +{fmtNumber(e.errors.length - 20)}</p>}
            </div>
          ))}
          <button onClick={() => setProposals(store, { errors: [] })}>{t('proposals.dismiss')}</button>
        </div>
      )}
      {s.notes.map((n, i) => <p key={i} className="muted" data-testid="proposal-note">{noteText(n)}</p>)}
      {s.items.length === 0 ? <p className="muted">{t('proposals.empty')}</p> : (
        <ul className="proposal-list">{s.items.map((x) => <ProposalItem key={x.file} item={x} open={s.detail === x.file} />)}</ul>
      )}
      {s.comparison && s.showComparison && <ComparisonView run={s.comparison} stale={stale} platform={pf} />}
    </section>
  );
}
