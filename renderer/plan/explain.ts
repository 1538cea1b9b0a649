/**
 * Why an area got its medium, in the UI language. The engine's own `reason`
 * is an English sentence; this words the engine's choice (recommended and
 * runner-up option indices; rule of workers/engines/planner/recommend.ts:
 * cheapest TCO meeting the target among the options the area allows; when
 * none meets it, the best mean read success), naming the next-best option and
 * what it would cost, and a cheaper option that falls short of the target.
 */
import type { PlanJson } from '../../workers/api/plan-api';
import type { Project } from '../../workers/model';
import { t, type MessageKey } from '../i18n/messages';
import { fmtCost, fmtSuccess, optionLabel } from './format';

type AreaJson = PlanJson['areas'][number];
type OptionJson = AreaJson['options'][number];

/** The structured explanation (tested) behind the sentences. */
export interface AreaWhy {
  kind: 'cheapest' | 'none-meets' | 'nothing';
  chosen: OptionJson | null;
  /** The next cheapest allowed option that also meets the target. */
  next: OptionJson | null;
  /** The cheapest allowed option below the target that is cheaper than the chosen one. */
  cheaperFailing: OptionJson | null;
  forced: string | null;
}

const allowedBy = (forced: string) => (o: OptionJson) => forced === 'auto' || o.medium === forced || o.medium.startsWith(`${forced}+`);

/** Explain an area's recommendation. */
export function areaWhy(a: AreaJson): AreaWhy {
  const forced = a.forcedMedium && a.forcedMedium !== 'auto' ? a.forcedMedium : null;
  const chosen = a.recommendedIndex >= 0 ? a.options[a.recommendedIndex] : null;
  if (!chosen) return { kind: 'nothing', chosen: null, next: null, cheaperFailing: null, forced };
  if (!chosen.meetsTarget) return { kind: 'none-meets', chosen, next: null, cheaperFailing: null, forced };
  const next = a.nextIndex >= 0 ? a.options[a.nextIndex] : null;
  const allowed = allowedBy(a.forcedMedium ?? 'auto');
  const cheaperFailing = a.options.filter((o) => o.available && allowed(o) && !o.meetsTarget && o.tco < chosen.tco).sort((x, y) => x.tco - y.tco)[0] ?? null;
  return { kind: 'cheapest', chosen, next, cheaperFailing, forced };
}

/** The explanation as sentences in the UI language. */
export function areaWhyText(a: AreaJson, currency: string, doc: Pick<Project, 'profiles'>): string[] {
  const w = areaWhy(a);
  const target = fmtSuccess(a.target);
  const out: string[] = [];
  if (w.forced) out.push(t('plan.why.forced', { medium: t(`medium.${w.forced}` as MessageKey) }));
  if (w.kind === 'nothing' || !w.chosen) return [...out, t('plan.why.nothing')];
  const c = w.chosen;
  if (w.kind === 'none-meets') return [...out, t('plan.why.noneMeets', { target, rs: fmtSuccess(c.readSuccessMean) })];
  out.push(t('plan.why.cheapest', { target, tco: fmtCost(c.tco, currency), perMeter: fmtCost(c.tcoPerMeter, currency), rs: fmtSuccess(c.readSuccessMean) }));
  out.push(w.next ? t('plan.why.next', { option: optionLabel(w.next, doc), tco: fmtCost(w.next.tco, currency), diff: fmtCost(w.next.tco - c.tco, currency) }) : t('plan.why.noNext'));
  if (w.cheaperFailing) out.push(t('plan.why.cheaperFailing', { option: optionLabel(w.cheaperFailing, doc), rs: fmtSuccess(w.cheaperFailing.readSuccessMean) }));
  return out;
}
