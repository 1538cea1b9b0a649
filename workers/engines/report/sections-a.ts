/** Report sections: cover, project summary, method and assumptions, per-area comparison. */
import { esc, int, pct } from './escape';
import type { ReportInput, Tr } from './model';
import { reasonText } from './reason';
import { presetSources } from './sources';
import { REPORT_STRINGS, type ReportStringKey } from './strings';

/** A table from a header row and body rows of already-escaped HTML cells. */
export function table(head: string[], rows: string[][], cls = ''): string {
  return `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

/** Cover page: title, project name and description, synthetic-data label, date. */
export function coverSection(inp: ReportInput, tr: Tr): string {
  const m = inp.project.meta;
  return `<section class="cover page">
<div class="brand">FANplan</div>
<h1>${esc(tr.t('title'))}</h1>
<p class="subtitle">${esc(tr.t('subtitle'))}</p>
<h2 class="project">${esc(m.name)}</h2>
${m.synthetic ? `<p class="synthetic">${esc(tr.t('synthetic'))}</p>` : ''}
<p class="desc">${esc(m.description)}</p>
<p class="meta">${esc(tr.t('generatedBy'))} · ${esc(inp.generatedUtc)}</p>
${inp.metersLimited ? `<p class="note">${esc(tr.t('metersLimited', { kept: int(inp.metersLimited.kept), total: int(inp.metersLimited.total) }))}</p>` : ''}
${(inp.notes ?? []).map((n) => `<p class="note">${esc(n)}</p>`).join('')}
</section>`;
}

/** Counts and the hybrid vs single-medium totals. */
export function summarySection(inp: ReportInput, tr: Tr): string {
  const p = inp.project, plan = inp.plan, cur = plan.currency;
  const counts = table([tr.t('meters'), tr.t('collectors'), tr.t('areas'), tr.t('profiles')], [[int(p.meters.length), int(p.collectors.length), int(p.areas.length), esc(p.profiles.map((x) => x.id).join(', '))]]);
  const rows: string[][] = [];
  const row = (name: string, x: PlanTotalLike | null) => rows.push(x ? [esc(name), money(x.tco, cur), money(x.capex, cur), money(x.opexPerYear, cur), pct(x.readSuccessMean), `${x.areasMeetingTarget} / ${plan.areas.length}`] : [esc(name), esc(tr.t('notAvailable')), '', '', '', '']);
  row(tr.t('hybridPlan'), plan.totals.hybrid);
  for (const m of ['mesh', 'plc', 'star'] as const) row(`${tr.t('singleMedium')}: ${mediumName(m, tr)}`, plan.totals.singleMedium[m]);
  return `<section><h2>1. ${esc(tr.t('summary'))}</h2>${counts}
<p>${esc(tr.t('costAssumptions', { years: plan.assumptions.horizonYears, rate: (100 * plan.assumptions.discountRate).toFixed(1), cur }))}</p>
${table(['', tr.t('tco'), tr.t('capex'), tr.t('opexPerYear'), tr.t('readSuccess'), tr.t('areasMeeting')], rows, 'num')}
${plan.warnings.length ? `<p class="warn">${esc(tr.t('warnings'))}: ${plan.warnings.map(esc).join('; ')}</p>` : ''}</section>`;
}

interface PlanTotalLike { tco: number; capex: number; opexPerYear: number; readSuccessMean: number; areasMeetingTarget: number }

/** A medium's translated name (mesh, star, plc, or a `+`-joined mix); other values unchanged. */
export const mediumName = (m: string, tr: Tr): string => m.split('+').map((x) => (x === 'mesh' || x === 'star' || x === 'plc' ? tr.t(`medium_${x}`) : x)).join(' + ');

/** A cost assumption's translated label; unknown keys unchanged. */
export const assumptionName = (k: string, tr: Tr): string => (`assumption_${k}` in REPORT_STRINGS.en ? tr.t(`assumption_${k}` as ReportStringKey) : k);

/** An area class's translated name (dense-residential → "dense residential" / 住宅密集地); unknown classes unchanged. */
export const className = (c: string, tr: Tr): string => {
  const key = `class_${c.replace(/-/g, '_')}`;
  return key in REPORT_STRINGS.en ? tr.t(key as ReportStringKey) : c;
};

/** Money with its currency. */
export const money = (v: number, cur: string): string => `${int(v)} ${esc(cur)}`;

/** Every model, parameter and preset with its source. */
export function methodSection(inp: ReportInput, tr: Tr): string {
  const models = inp.mesh ? table([tr.t('areaClass'), tr.t('model')], Object.entries(inp.mesh.modelByClass).map(([k, v]) => [esc(className(k, tr)), esc(v)])) : '';
  const a = inp.plan.assumptions as unknown as Record<string, unknown>;
  const assumptions = table([tr.t('parameter'), tr.t('value')], Object.entries(a).filter(([, v]) => typeof v !== 'object').map(([k, v]) => [esc(assumptionName(k, tr)), esc(String(v))]));
  const profiles = table([tr.t('profile'), tr.t('medium'), tr.t('vendor'), tr.t('source')], inp.project.profiles.map((p) => [esc(p.id), esc(mediumName(p.medium, tr)), esc(p.vendor), esc(p.source ?? '')]), 'small');
  const presets = presetSources().map((f) => `<h4>${esc(f.file)}</h4>${table([tr.t('parameter'), tr.t('value'), tr.t('source')], f.parameters.map((q) => [esc(q.path), esc(q.value), esc(q.source)]), 'small')}`).join('');
  return `<section class="page"><h2>2. ${esc(tr.t('method'))}</h2><p>${esc(tr.t('methodIntro'))}</p>
${models ? `<h3>${esc(tr.t('models'))}</h3>${models}` : ''}
<h3>${esc(tr.t('costAssumptions', { years: inp.plan.assumptions.horizonYears, rate: (100 * inp.plan.assumptions.discountRate).toFixed(1), cur: inp.plan.currency }))}</h3>${assumptions}
<h3>${esc(tr.t('profiles'))}</h3>${profiles}${presets}</section>`;
}

/** Per-area table of every option; the recommended one highlighted, with the planner's reason. */
export function comparisonSection(inp: ReportInput, tr: Tr): string {
  const cur = inp.plan.currency;
  const parts = inp.plan.areas.map((a) => {
    const rows = a.options.map((o, i) => {
      const cells = [esc(mediumName(o.medium, tr)), esc(o.profile), esc(o.vendor), o.available ? pct(o.readSuccessMean) : esc(o.note ?? tr.t('notAvailable')), o.available ? pct(o.readSuccessP5) : '', int(o.metersServed), int(o.collectors), money(o.tco, cur), money(o.tcoPerMeter, cur), esc(o.meetsTarget ? tr.t('yes') : tr.t('no'))];
      if (i === a.recommendedIndex) cells[0] = `<b>★ ${cells[0]}</b>`;
      return cells;
    });
    return `<h3>${esc(a.name)} <span class="muted">(${esc(className(a.class, tr))}, ${int(a.meters)} ${esc(tr.t('meters'))}, ${esc(tr.t('target'))} ${pct(a.target, 1)})</span></h3>
${table([tr.t('medium'), tr.t('profile'), tr.t('vendor'), tr.t('readSuccess'), tr.t('p5'), tr.t('servedMeters'), tr.t('collectors'), tr.t('tco'), tr.t('tcoPerMeter'), tr.t('meetsTarget')], rows, 'num small')}
<p class="reason"><b>${esc(tr.t('recommended'))}:</b> ${a.recommended ? esc(`${mediumName(a.recommended.medium, tr)} ${a.recommended.profile}`) : esc(tr.t('notAvailable'))} — ${esc(reasonText(a, tr.lang, (m) => mediumName(m, tr)))}</p>`;
  });
  return `<section class="page"><h2>4. ${esc(tr.t('comparison'))}</h2>${parts.join('')}</section>`;
}
