/** Report sections: maps, charts, vendor comparison and N-1, unconnected meters, collector-load appendix. */
import { MEDIA } from '../../model/enums';
import { REASON, REASON_NAMES } from '../routing/result';
import type { ReportStringKey } from './strings';
import { explainMeshReason } from '../mesh/mesh-results';
import { esc, int, pct } from './escape';
import { metersByAreaId, type ReportInput, type ReportOptions, type Tr } from './model';
import { mediumName, money, table } from './sections-a';
import { barsSvg, clip, histogramSvg, stackedBarsSvg } from './svg-charts';
import { MEDIUM_COLOURS, legendHtml, mapSvg, readSuccessColour, readSuccessLegend } from './svg-map';

/** Every k-th index so that at most `max` remain. */
function thin(indices: number[], max: number): number[] {
  if (indices.length <= max) return indices;
  const step = indices.length / max;
  return Array.from({ length: max }, (_, i) => indices[Math.floor(i * step)]);
}

/** Region overview coloured by recommended medium, then one map per area coloured by read success. */
export function mapsSection(inp: ReportInput, tr: Tr, o: ReportOptions): string {
  const p = inp.project, max = o.maxMapMeters ?? 20_000;
  const lon = new Float64Array(p.meters.length), lat = new Float64Array(p.meters.length);
  p.meters.forEach((m, i) => { lon[i] = m.lon; lat[i] = m.lat; });
  const scaleLabel = (m: number) => tr.t('scale', { m: int(m) });
  const colOf = (c: { medium: string }) => MEDIUM_COLOURS[c.medium] ?? '#000';
  const all = thin(Array.from({ length: p.meters.length }, (_, i) => i), max);
  const overview = mapSvg({
    polygons: p.areas.map((a) => a.polygon), widthPx: 700, heightPx: 520, meterRadiusPx: 1.2, scaleLabel, title: tr.t('overview'),
    meters: { lon: all.map((i) => lon[i]), lat: all.map((i) => lat[i]), colour: (k) => MEDIUM_COLOURS[MEDIA[inp.planPerMeter.mediumCode[all[k]]] ?? 'none'] },
    collectors: p.collectors.map((c) => ({ lon: c.lon, lat: c.lat, colour: colOf(c), label: c.id })),
  });
  const byArea = metersByAreaId(inp);
  const figures = inp.plan.areas.map((a) => {
    const area = p.areas.find((x) => x.id === a.id);
    const idx = thin(byArea.get(a.id) ?? [], max);
    const svg = mapSvg({
      polygons: area ? [area.polygon] : [], widthPx: 700, heightPx: 430, meterRadiusPx: idx.length > 3000 ? 1.3 : 2, scaleLabel,
      title: `${a.name} — ${a.recommended ? `${mediumName(a.recommended.medium, tr)} ${a.recommended.profile}` : tr.t('notAvailable')}`,
      meters: { lon: idx.map((i) => lon[i]), lat: idx.map((i) => lat[i]), colour: (k) => readSuccessColour(inp.planPerMeter.dailyReadSuccess[idx[k]], a.target) },
      collectors: p.collectors.filter((c) => inArea(c, area?.polygon)).map((c) => ({ lon: c.lon, lat: c.lat, colour: colOf(c), label: c.id })),
    });
    const r = a.recommendedIndex >= 0 ? a.options[a.recommendedIndex] : null;
    const stats = r ? `<p class="figcap">${esc(tr.t('readSuccess'))}: ${pct(r.readSuccessMean)} · ${esc(tr.t('p5'))}: ${pct(r.readSuccessP5)} · ${esc(tr.t('servedMeters'))}: ${int(r.metersServed)} / ${int(a.meters)} · ${esc(tr.t('collectors'))}: ${int(r.collectors)} · ${esc(tr.t('tco'))}: ${money(r.tco, inp.plan.currency)}</p>` : '';
    return `<figure class="map">${svg}${legendHtml(readSuccessLegend(a.target, tr.t('legendNone')))}${stats}</figure>`;
  });
  return `<section class="page"><h2>3. ${esc(tr.t('maps'))}</h2><p>${esc(tr.t('mapsIntro'))}</p>
<figure class="map">${overview}${legendHtml(MEDIA.map((m) => [MEDIUM_COLOURS[m], mediumName(m, tr)] as [string, string]).concat([[MEDIUM_COLOURS.none, tr.t('legendNone')]]))}</figure>${figures.join('')}</section>`;
}

/** Ray-casting point-in-polygon on the outer ring (lon/lat). */
function inArea(c: { lon: number; lat: number }, polygon?: readonly (readonly (readonly [number, number])[])[]): boolean {
  const ring = polygon?.[0];
  if (!ring) return false;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > c.lat !== yj > c.lat && c.lon < ((xj - xi) * (c.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Number of nines of a success ratio: −log10(1 − v), capped at 6. */
export const nines = (v: number): number => Math.min(6, -Math.log10(Math.max(1e-6, 1 - Math.min(1, Math.max(0, v)))));
const ninesLabel = (x: number): string => (x <= 0 ? '0%' : `${(100 * (1 - 10 ** -x)).toFixed(Math.max(0, Math.round(x) - 2))}%`);

const COST_SERIES = [
  ['capexModules', '#1f618d'], ['capexCollectors', '#2e86c1'], ['capexRepeaters', '#85c1e9'],
  ['opexFees', '#d35400'], ['opexBackhaul', '#e67e22'], ['opexMaintenance', '#f5b041'], ['opexReplacement', '#a04000'], ['opexManualReads', '#c0392b'],
] as const;

/** Cost breakdown (NPV) per area, TCO hybrid vs single medium, read-success histograms. */
export function chartsSection(inp: ReportInput, tr: Tr): string {
  const cur = inp.plan.currency;
  const bars = inp.plan.areas.map((a) => {
    const r = a.recommendedIndex >= 0 ? a.options[a.recommendedIndex] : null;
    if (!r) return { label: a.name, values: COST_SERIES.map(() => 0) };
    const annuity = r.opexPerYear > 0 ? (r.tco - r.capex) / r.opexPerYear : 0;
    return { label: a.name, values: COST_SERIES.map(([k]) => (k.startsWith('opex') ? r.breakdown[k] * annuity : r.breakdown[k])) };
  });
  const cost = stackedBarsSvg(bars, COST_SERIES.map(([k, c]) => ({ name: tr.t(`cost_${k}`), colour: c })), { widthPx: 700, unit: cur });
  const t = inp.plan.totals;
  const tco = barsSvg([{ label: tr.t('hybridPlan'), value: t.hybrid.tco, colour: '#1e8449' },
    ...(['mesh', 'plc', 'star'] as const).map((m) => ({ label: mediumName(m, tr), value: t.singleMedium[m]?.tco ?? null, colour: MEDIUM_COLOURS[m], note: tr.t('notAvailable') }))], { widthPx: 700, unit: cur });
  const byArea = metersByAreaId(inp);
  const hists = inp.plan.areas.map((a) => {
    const idx = byArea.get(a.id) ?? [];
    // "Nines" of each meter's daily read success: 1 = 90 %, 2 = 99 %, 3 = 99.9 %…; capped at 6.
    const v = Float32Array.from(idx, (i) => nines(inp.planPerMeter.dailyReadSuccess[i]));
    return histogramSvg(v, { lo: 0, hi: 6, bins: 12, widthPx: 340, heightPx: 150, colour: '#2e86c1', title: clip(`${a.name} (n=${int(idx.length)})`, 50), xLabel: ninesLabel, ticks: [0, 1, 2, 3, 4, 6], yLabel: tr.t('shareOfMeters') });
  });
  return `<section class="page"><h2>5. ${esc(tr.t('charts'))}</h2>
<h3>${esc(tr.t('costBreakdown'))}</h3>${cost}
<h3>${esc(tr.t('tcoChart'))}</h3>${tco}
<h3>${esc(tr.t('rsDistribution'))}</h3><p class="muted">${esc(tr.t('ninesNote'))}</p><div class="hists">${hists.join('')}</div></section>`;
}

/** Technology profiles per vendor with regulatory findings, and the mesh N-1 outages. */
export function vendorSection(inp: ReportInput, tr: Tr): string {
  const rows = inp.project.profiles.map((p) => {
    const f = inp.findings.filter((x) => x.profileId === p.id);
    const freq = 'freqMHz' in p ? String(p.freqMHz) : '';
    const tx = 'txPowerDbm' in p ? String(p.txPowerDbm) : '';
    const rec = inp.plan.areas.filter((a) => a.recommended?.profile.split('+').includes(p.id)).map((a) => a.name);
    return [esc(p.vendor), esc(p.id), esc(mediumName(p.medium, tr)), esc(freq), esc(tx), esc(rec.join(', ')), f.length ? f.map((x) => `<span class="${x.severity}">${esc(x.severity)}: ${esc(x.message)}</span>`).join('<br>') : esc(tr.t('noFindings'))];
  });
  const res = inp.mesh?.resilience;
  const n1 = res ? `<h3>${esc(tr.t('n1'))}</h3><p>${esc(tr.t('n1Intro', { spof: int(res.singlePointMeters) }))}</p>
${table([tr.t('collector'), tr.t('lost'), tr.t('rehomed'), tr.t('overflowing')], [...res.outages].sort((a, b) => b.lost - a.lost).map((x) => [esc(x.collectorId), int(x.lost), int(x.rehomed), esc(x.overflowing.join(', '))]), 'num')}` : '';
  return `<section class="page"><h2>7. ${esc(tr.t('vendors'))}</h2><p>${esc(tr.t('vendorIntro'))}</p>
${table([tr.t('vendor'), tr.t('profile'), tr.t('medium'), tr.t('freq'), tr.t('txPower'), tr.t('recommended'), tr.t('findings')], rows, 'small')}${proposalsHtml(inp, tr)}${n1}</section>`;
}

/** Vendor proposals side by side: hybrid totals and regulatory findings. */
function proposalsHtml(inp: ReportInput, tr: Tr): string {
  const c = inp.comparison;
  if (!c?.proposals.length) return '';
  const cur = c.currency;
  const rows = c.proposals.map((p) => {
    const h = p.plan.totals.hybrid;
    return [`${esc(p.vendor)}<br><span class="muted">${esc(p.file.split(/[\\/]/).pop() ?? p.file)}</span>`, money(h.tco, cur), money(h.capex, cur), pct(h.readSuccessMean), `${h.areasMeetingTarget} / ${p.plan.areas.length}`,
      esc(p.plan.areas.map((a) => `${a.name}: ${a.recommended ? a.recommended.profile : '—'}`).join('; ')),
      p.findings.length ? p.findings.map((f) => `<span class="${f.severity}">${esc(`${f.profileId}: ${f.severity} ${f.code} (${f.field} ${f.value})`)}</span>`).join('<br>') : esc(tr.t('noFindings'))];
  });
  return `<h3>${esc(tr.t('proposals'))}</h3><p>${esc(tr.t('proposalsIntro', { cur }))}</p>
${table([tr.t('vendor'), tr.t('tco'), tr.t('capex'), tr.t('readSuccess'), tr.t('areasMeeting'), tr.t('recommended'), tr.t('findings')], rows, 'small')}`;
}

/** Meters the mesh leaves unconnected, with the reason in words. */
export function unconnectedSection(inp: ReportInput, tr: Tr, o: ReportOptions): string {
  const m = inp.mesh;
  if (!m) return '';
  const pm = m.perMeter, list: number[] = [];
  for (let i = 0; i < pm.reason.length; i++) if (pm.reason[i] !== REASON.routed) list.push(i);
  const shown = list.slice(0, o.maxUnconnectedRows ?? 300);
  const areaName = new Map(inp.project.areas.map((a) => [a.id, a.name]));
  const rows = shown.map((i) => {
    const a = inp.meterAreaIndex[i];
    return [esc(inp.project.meters[i].id), esc(a >= 0 ? areaName.get(inp.areaIds[a]) ?? '' : ''), Number.isFinite(pm.marginDb[i]) ? pm.marginDb[i].toFixed(1) : '—', esc(tr.lang === 'en' ? explainMeshReason(pm.reason[i], pm.marginDb[i], inp.meshHopLimit) : tr.t(`reason_${REASON_NAMES[pm.reason[i]]}` as ReportStringKey))];
  });
  return `<section class="page"><h2>8. ${esc(tr.t('unconnected'))}</h2><p>${esc(tr.t('unconnectedIntro', { n: int(list.length), total: int(pm.reason.length), profile: m.profileId, shown: shown.length }))}</p>
${table([tr.t('meter'), tr.t('area'), tr.t('margin'), tr.t('reason')], rows, 'small')}</section>`;
}

/** Appendix: per-collector loads of the mesh and PLC runs. */
export function appendixSection(inp: ReportInput, tr: Tr): string {
  const mesh = inp.mesh ? table([tr.t('collector'), tr.t('nodes'), tr.t('capacity'), tr.t('loadErl'), tr.t('dutyPct'), tr.t('maxRelayDutyPct'), tr.t('readSuccess'), tr.t('hops'), tr.t('full')],
    inp.mesh.summary.collectors.map((c, k) => [esc(inp.mesh?.collectorIds[k] ?? String(k)), int(c.nodes), int(c.capacity), c.loadErl.toFixed(3), c.dutyPct.toFixed(2), c.maxRelayDutyPct.toFixed(2), pct(c.meanDailyReadSuccess), int(c.maxHops), esc(c.full ? tr.t('yes') : '')]), 'num small') : '';
  const q = inp.plcConcentrators;
  const plc = q ? table([tr.t('collector'), tr.t('nodes'), tr.t('capacity'), tr.t('loadErl'), tr.t('readSuccess'), tr.t('hops'), tr.t('full')],
    q.ids.map((id, k) => [esc(id), int(q.meters[k]), int(q.capacity[k]), q.loadErl[k].toFixed(3), pct(q.meanDailyReadSuccess[k]), int(q.maxHops[k]), esc(q.full[k] ? tr.t('yes') : '')]), 'num small') : '';
  return `<section class="page"><h2>9. ${esc(tr.t('appendix'))}</h2>${mesh ? `<h3>${esc(tr.t('meshCollectors'))}</h3>${mesh}` : ''}${plc ? `<h3>${esc(tr.t('plcConcentrators'))}</h3>${plc}` : ''}</section>`;
}
