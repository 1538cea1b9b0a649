/** Per area: name, class, meters, target, the recommended medium and profile, and why (next best and its TCO). */
import type { PlanJson } from '../../workers/api/plan-api';
import { fmtNumber } from '../i18n/format';
import { t, type MessageKey } from '../i18n/messages';
import { focusArea } from '../state/tool-actions';
import { useAppState, useAppStore } from '../state/use-store';
import { areaWhyText } from './explain';
import { fmtSuccess, MEDIUM_COLOURS, mediumLabel, primaryMedium, profileLabel } from './format';

/** The engine's id of the pseudo-area of meters outside every area. */
export const OUTSIDE_AREA_ID = '(outside areas)';

/** An area's display name (the outside pseudo-area is translated). */
export function areaName(a: { id: string; name: string }): string {
  return a.id === OUTSIDE_AREA_ID ? t('plan.outsideName') : a.name;
}

/** The per-area recommendation list of the plan panel (area names frame the area on the map). */
export function AreaRecommendations({ plan }: { plan: PlanJson }) {
  const store = useAppStore();
  const doc = useAppState((s) => s.doc);
  return (
    <ul className="plan-areas" data-testid="plan-areas">
      {plan.areas.map((a) => {
        const rec = a.recommendedIndex >= 0 ? a.options[a.recommendedIndex] : null;
        const m = rec ? primaryMedium(rec.medium) : null;
        const known = doc.areas.some((x) => x.id === a.id);
        return (
          <li key={a.id} data-area={a.id} data-medium={rec?.medium ?? ''}>
            <div className="plan-area-head">
              <i className="sw box" style={{ background: m ? MEDIUM_COLOURS[m] : '#bbb' }} />
              {known
                ? <button className="linkish" title={t('plan.focusArea', { name: a.name })} onClick={() => focusArea(store, a.id)}>{areaName(a)}</button>
                : <span className="plan-area-name">{areaName(a)}</span>}
            </div>
            <div className="muted">{a.id === OUTSIDE_AREA_ID
              ? t('tree.meters', { n: fmtNumber(a.meters) })
              : t('plan.areaMeta', { class: t(`areaClass.${a.class}` as MessageKey), n: fmtNumber(a.meters), target: fmtSuccess(a.target) })}</div>
            {rec && <div className="plan-rec" data-testid={`plan-rec-${a.id}`}><b>{mediumLabel(rec.medium)}</b> · {profileLabel(rec.profile, doc)}</div>}
            <p className="plan-why">{areaWhyText(a, plan.currency, doc).join(' ')}</p>
          </li>
        );
      })}
    </ul>
  );
}
