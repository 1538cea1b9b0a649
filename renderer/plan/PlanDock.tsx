/**
 * The comparison dock: a wide, resizable panel along the bottom of the map
 * (the sidebar is too narrow for the area × option table). While it is open
 * the map shrinks by the dock's height (CSS variable on <body>, see plan.css),
 * so map controls, the scale and the attribution stay visible above it and
 * area focus frames the visible part of the map.
 */
import { useEffect, useLayoutEffect, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { t, type MessageKey } from '../i18n/messages';
import { useAppState, useAppStore } from '../state/use-store';
import { areaName } from './AreaRecommendations';
import { BreakdownChart } from './charts/BreakdownChart';
import { TotalsChart } from './charts/TotalsChart';
import { YearlyChart } from './charts/YearlyChart';
import { ComparisonTable } from './ComparisonTable';
import { assumptionsText } from './PlanPanel';
import { runPlanFromUi } from './run-controller';
import { SensitivityView } from './SensitivityView';
import { clampDockHeight, DOCK_TABS, isPlanStale, setPlan } from './state';

interface Rect { left: number; width: number; bottom: number; height: number }

/** Where the map is: the dock covers the bottom of that box. */
function mapRect(): Rect | null {
  const ws = document.querySelector('.workspace'), map = document.querySelector('[data-testid="map"]');
  if (!ws || !map) return null;
  const w = ws.getBoundingClientRect(), m = map.getBoundingClientRect();
  return { left: m.left, width: m.width, bottom: w.bottom, height: w.height };
}

/** The dock (rendered only while open and a plan exists). */
export function PlanDock() {
  const store = useAppStore();
  const p = useAppState((s) => s.plan);
  const doc = useAppState((s) => s.doc);
  useAppState((s) => s.locale);
  const [rect, setRect] = useState<Rect | null>(null);
  const open = p.dockOpen && p.entry !== null;
  const heightPx = rect ? clampDockHeight(p.dockHeightPx, rect.height) : p.dockHeightPx;

  useLayoutEffect(() => {
    const body = document.body;
    body.classList.toggle('plan-dock-open', open);
    body.style.setProperty('--plan-dock-h', `${open ? heightPx : 0}px`);
    return () => { body.classList.remove('plan-dock-open'); body.style.removeProperty('--plan-dock-h'); };
  }, [open, heightPx]);
  useEffect(() => {
    if (!open) return;
    const update = () => setRect(mapRect());
    update();
    window.addEventListener('resize', update);
    const ws = document.querySelector('.workspace');
    const ro = typeof ResizeObserver !== 'undefined' && ws ? new ResizeObserver(update) : null;
    if (ro && ws) ro.observe(ws);
    return () => { window.removeEventListener('resize', update); ro?.disconnect(); };
  }, [open]);
  if (!open || !p.entry) return null;

  const plan = p.entry.result.plan;
  const stale = isPlanStale(p.entry, doc);
  const filter = plan.areas.some((a) => a.id === p.areaFilter) ? p.areaFilter : 'all';
  const resize = (px: number) => setPlan(store, { dockHeightPx: clampDockHeight(px, rect?.height ?? window.innerHeight) });
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const startY = e.clientY, start = heightPx, el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => resize(start + (startY - ev.clientY));
    const up = () => { el.removeEventListener('pointermove', move); el.removeEventListener('pointerup', up); };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') { e.preventDefault(); e.stopPropagation(); resize(heightPx + (e.key === 'ArrowUp' ? 40 : -40)); }
  };
  const style = rect ? { left: rect.left, width: rect.width, top: rect.bottom - heightPx, height: heightPx } : { left: 0, right: 360, bottom: 24, height: heightPx };
  const chartW = Math.max(320, Math.min(560, Math.floor(((rect?.width ?? 900) - 48) / 2)));
  return (
    <section className="plan-dock" style={style} aria-label={t('plan.dock.title')} data-testid="plan-dock" data-stale={stale}>
      <div className="plan-dock-handle" role="separator" aria-orientation="horizontal" aria-label={t('plan.dock.resize')} aria-valuenow={heightPx} tabIndex={0} onPointerDown={onPointerDown} onKeyDown={onKey} />
      <header className="plan-dock-head">
        <strong>{t('plan.dock.title')}</strong>
        <div role="tablist" className="plan-dock-tabs" aria-label={t('plan.dock.title')}>
          {DOCK_TABS.map((id) => (
            <button key={id} role="tab" type="button" aria-selected={p.dockTab === id} data-dock-tab={id} className={p.dockTab === id ? 'active' : undefined} onClick={() => setPlan(store, { dockTab: id })}>{t(`plan.dock.${id}` as MessageKey)}</button>
          ))}
        </div>
        {stale && <span className="badge stale" title={t('plan.staleHint')} data-testid="plan-dock-stale">{t('plan.stale')}</span>}
        <span className="plan-dock-spacer" />
        <button type="button" data-testid="plan-dock-run" disabled={!!p.job} onClick={() => void runPlanFromUi(store)}>{t('plan.rerun')}</button>
        <button type="button" className="close" aria-label={t('plan.closeDock')} title={t('plan.closeDock')} data-testid="plan-dock-close" onClick={() => setPlan(store, { dockOpen: false })}>×</button>
      </header>
      <div className="plan-dock-body" role="tabpanel">
        {p.dockTab === 'table' && <>
          <div className="row">
            <label>{t('plan.filter')}{' '}
              <select data-testid="plan-area-filter" value={filter} onChange={(e) => setPlan(store, { areaFilter: e.target.value })}>
                <option value="all">{t('plan.filterAll')}</option>
                {plan.areas.map((a) => <option key={a.id} value={a.id}>{areaName(a)}</option>)}
              </select>
            </label>
            <span className="muted">{t('plan.tableNote')}</span>
          </div>
          <ComparisonTable plan={plan} areaFilter={filter} />
        </>}
        {p.dockTab === 'costs' && (
          <div className="plan-charts">
            <p className="muted plan-assumptions">{assumptionsText(plan.assumptions)}</p>
            <TotalsChart plan={plan} />
            <YearlyChart yearly={p.entry.result.yearly} width={chartW} />
            <BreakdownChart plan={plan} />
          </div>
        )}
        {p.dockTab === 'sensitivity' && <SensitivityView />}
      </div>
    </section>
  );
}
