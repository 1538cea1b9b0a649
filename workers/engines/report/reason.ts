/**
 * The planner's recommendation reason in the report's language, worded from
 * the planner's choice (recommended and runner-up option indices of
 * planner/recommend.ts). The engine's own `reason` string is English only.
 */
import type { AreaPlanJson } from '../planner/serialise';
import type { ReportLang } from './strings';

const STRINGS: Record<ReportLang, { cheapest: string; next: string; none: string; forced: string }> = {
  en: {
    cheapest: 'cheapest option meeting the target (TCO {tco}{next})',
    next: '; next {option} {tco}',
    none: 'no option meets the target; highest mean read success ({pct} %)',
    forced: 'medium set to {medium} in the area properties; ',
  },
  ja: {
    cheapest: '目標を満たす選択肢のうち TCO が最小（TCO {tco}{next}）',
    next: '、次点 {option} {tco}',
    none: '目標を満たす選択肢がないため、平均検針成功率が最も高いもの（{pct} %）',
    forced: 'エリアの設定で媒体を {medium} に指定; ',
  },
};

const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

/** Why the area got its recommended option, in `lang`; `mediumName` translates a medium ("mesh+star"…). */
export function reasonText(a: AreaPlanJson, lang: ReportLang, mediumName: (m: string) => string): string {
  const s = STRINGS[lang], money = (v: number) => Math.round(v).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
  if (a.recommendedIndex < 0) return a.reason;
  const forced = a.forcedMedium;
  const w = a.options[a.recommendedIndex];
  const prefix = forced === 'auto' ? '' : fill(s.forced, { medium: mediumName(forced) });
  if (!w.meetsTarget) return prefix + fill(s.none, { pct: (100 * w.readSuccessMean).toFixed(2) });
  const next = a.nextIndex >= 0 ? a.options[a.nextIndex] : undefined;
  return prefix + fill(s.cheapest, { tco: money(w.tco), next: next ? fill(s.next, { option: `${mediumName(next.medium)} ${next.profile}`, tco: money(next.tco) }) : '' });
}
