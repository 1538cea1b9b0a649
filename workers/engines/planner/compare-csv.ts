/**
 * The vendor comparison as CSV (`fanplan compare --out compare.csv` and the
 * app's Export CSV): one row per vendor × area × option, then one total row
 * per vendor (area_id "TOTAL"); written with papaparse like the other CSV
 * exports.
 */
import Papa from 'papaparse';
import type { ComparisonResult } from './proposals';

/** Column names of compare.csv. */
export const COMPARE_COLUMNS = ['vendor', 'file', 'area_id', 'area_class', 'meters', 'medium', 'profile', 'recommended', 'read_success_mean', 'read_success_p5', 'meters_served', 'collectors', 'capex', 'opex_per_year', 'tco', 'tco_per_meter', 'meets_target', 'regulatory'] as const;

/** Side-by-side CSV: one row per vendor × area × option, then one total row per vendor (area_id "TOTAL"). */
export function compareCsv(c: ComparisonResult): string {
  const rows: string[][] = [];
  for (const p of c.proposals) {
    const flag = (profile: string) => p.findings.filter((f) => profile.split('+').includes(f.profileId)).map((f) => `${f.severity}:${f.code}:${f.field}=${f.value}`).join(' ');
    for (const a of p.plan.areas) a.options.forEach((o, i) => {
      rows.push([p.vendor, p.file, a.id, a.class, String(a.meters), o.medium, o.profile, i === a.recommendedIndex ? 'yes' : '', o.readSuccessMean.toFixed(6), o.readSuccessP5.toFixed(6), String(o.metersServed), String(o.collectors),
        String(Math.round(o.capex)), String(Math.round(o.opexPerYear)), String(Math.round(o.tco)), o.tcoPerMeter.toFixed(1), o.meetsTarget ? 'yes' : 'no', flag(o.profile)]);
    });
    const h = p.plan.totals.hybrid;
    rows.push([p.vendor, p.file, 'TOTAL', 'hybrid', String(h.meters), 'hybrid', '', '', h.readSuccessMean.toFixed(6), '', '', '', String(Math.round(h.capex)), String(Math.round(h.opexPerYear)), String(Math.round(h.tco)), (h.tco / Math.max(1, h.meters)).toFixed(1), h.areasMeetingTarget === p.plan.areas.length ? 'yes' : 'no',
      p.findings.map((f) => `${f.profileId}:${f.severity}:${f.code}`).join(' ')]);
  }
  return Papa.unparse({ fields: [...COMPARE_COLUMNS], data: rows }, { newline: '\n' }) + '\n';
}
