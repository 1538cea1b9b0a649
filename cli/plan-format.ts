/** Text and CSV renderings of plans and proposal comparisons for the CLI. */
import type { PlanJson, TornadoResult } from '../workers/clients/plan-client';

const money = (v: number) => Math.round(v).toLocaleString('en-US');
const pct = (v: number) => `${(100 * v).toFixed(2)} %`;

/** The `fanplan plan --out` file: the documented shape, plus assumptions, reasons, breakdowns and placements. */
export function planFileJson(p: PlanJson, tornado?: TornadoResult): unknown {
  const t = (x: { tco: number; readSuccessMean: number; capex: number; opexPerYear: number; areasMeetingTarget: number } | null) => (x ? { tco: Math.round(x.tco), readSuccessMean: x.readSuccessMean, capex: Math.round(x.capex), opexPerYear: Math.round(x.opexPerYear), areasMeetingTarget: x.areasMeetingTarget } : null);
  return {
    currency: p.currency,
    assumptions: p.assumptions,
    areas: p.areas.map((a) => ({
      id: a.id, name: a.name, class: a.class, meters: a.meters, target: a.target, forcedMedium: a.forcedMedium,
      recommended: a.recommended, reason: a.reason,
      options: a.options.map((o) => ({
        medium: o.medium, profile: o.profile, vendor: o.vendor, available: o.available, ...(o.note ? { note: o.note } : {}),
        metersServed: o.metersServed, readSuccessMean: o.readSuccessMean, readSuccessP5: o.readSuccessP5, collectors: o.collectors,
        capex: o.capex, opexPerYear: o.opexPerYear, tco: o.tco, tcoPerMeter: o.tcoPerMeter, meetsTarget: o.meetsTarget,
        ...(o.fallbackMeters !== undefined ? { fallbackMeters: o.fallbackMeters } : {}), breakdown: o.breakdown,
        ...(o.placement ? { placement: o.placement } : {}),
      })),
    })),
    totals: { hybrid: t(p.totals.hybrid), singleMedium: { mesh: t(p.totals.singleMedium.mesh), plc: t(p.totals.singleMedium.plc), star: t(p.totals.singleMedium.star) } },
    ...(tornado ? { tornado } : {}),
    warnings: p.warnings,
  };
}

/** Human-readable summary lines. */
export function planText(p: PlanJson): string {
  const lines: string[] = [];
  for (const a of p.areas) {
    const r = a.recommendedIndex >= 0 ? a.options[a.recommendedIndex] : null;
    lines.push(`${a.name} (${a.class}, ${a.meters} meters, target ${pct(a.target)}): ${r ? `${r.medium} ${r.profile} — read success ${pct(r.readSuccessMean)}, p5 ${pct(r.readSuccessP5)}, ${r.collectors} collectors, TCO ${money(r.tco)} ${p.currency} (${money(r.tcoPerMeter)}/meter)` : 'no option'}`);
    lines.push(`    ${a.reason}`);
  }
  const tot = (name: string, x: PlanJson['totals']['hybrid'] | null) => `${name.padEnd(8)} ${x ? `TCO ${money(x.tco).padStart(15)} ${p.currency}, read success ${pct(x.readSuccessMean)}, ${x.areasMeetingTarget} areas meet the target` : 'not available'}`;
  lines.push(`totals (NPV over ${p.assumptions.horizonYears} years at ${(100 * p.assumptions.discountRate).toFixed(1)} %):`);
  lines.push('  ' + tot('hybrid', p.totals.hybrid));
  for (const m of ['mesh', 'plc', 'star'] as const) lines.push('  ' + tot(m, p.totals.singleMedium[m]));
  return lines.join('\n') + '\n';
}

export function tornadoText(t: TornadoResult): string {
  return `TCO tornado (base ${money(t.baseTco)} ${t.currency}):\n` + t.bars.map((b) => `  ${b.driver.padEnd(18)} ${String(b.low).padStart(6)} → ${money(b.lowTco).padStart(14)}   ${String(b.high).padStart(6)} → ${money(b.highTco).padStart(14)}   swing ${money(b.swing)}`).join('\n') + '\n';
}

export { COMPARE_COLUMNS, compareCsv } from '../workers/engines/planner/compare-csv';
