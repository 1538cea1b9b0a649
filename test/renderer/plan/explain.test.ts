import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../../renderer/i18n/messages';
import { areaWhy, areaWhyText } from '../../../renderer/plan/explain';
import { fmtCost, optionLabel } from '../../../renderer/plan/format';
import { smallTown } from '../fixture';
import { smallTownPlanResult } from './plan-fixture';

afterEach(() => applyLocale('en'));

describe('why an area got its medium', () => {
  it('names the cheapest option meeting the target and the next-best one with its TCO', () => {
    const a1 = smallTownPlanResult().plan.areas.find((a) => a.id === 'A1')!;
    const w = areaWhy(a1);
    expect(w.kind).toBe('cheapest');
    expect(w.chosen).toBe(a1.options[a1.recommendedIndex]);
    expect(w.next).not.toBeNull();
    expect(w.next!.meetsTarget).toBe(true);
    expect(w.next!.tco).toBeGreaterThanOrEqual(w.chosen!.tco);
    // no cheaper option meets the target: the engine's rule
    for (const o of a1.options) if (o.available && o.meetsTarget) expect(o.tco).toBeGreaterThanOrEqual(w.chosen!.tco);
    const text = areaWhyText(a1, 'JPY', smallTown()).join(' ');
    expect(text.startsWith(`Cheapest option that meets the 99.5% read-success target: TCO ${fmtCost(w.chosen!.tco, 'JPY')}`)).toBe(true);
    expect(text).toContain(`Next best: ${optionLabel(w.next!, smallTown())}, TCO ${fmtCost(w.next!.tco, 'JPY')}`);
    applyLocale('ja');
    expect(areaWhyText(a1, 'JPY', smallTown()).join('')).toContain('最も安い案');
  });

  it('explains an area where nothing meets the target, a forced medium, and an area with no option', () => {
    const base = smallTownPlanResult().plan.areas[0];
    const failing = { ...base, options: base.options.map((o) => ({ ...o, meetsTarget: false })) };
    expect(areaWhy(failing).kind).toBe('none-meets');
    expect(areaWhyText(failing, 'JPY', smallTown()).join(' ')).toMatch(/No option meets the 99\.5% target/);
    const forced = { ...base, forcedMedium: 'plc' as const };
    expect(areaWhy(forced).forced).toBe('plc');
    expect(areaWhyText(forced, 'JPY', smallTown())[0]).toMatch(/set to PLC/);
    expect(areaWhy({ ...base, recommendedIndex: -1 }).kind).toBe('nothing');
  });

  it('points out a cheaper option that falls short of the target', () => {
    const base = smallTownPlanResult().plan.areas[0];
    const rec = base.options[base.recommendedIndex];
    const cheapFail = { ...rec, profile: 'cheap-x', tco: rec.tco / 2, meetsTarget: false, readSuccessMean: 0.9 };
    const a = { ...base, options: [...base.options, cheapFail] };
    expect(areaWhy(a).cheaperFailing?.profile).toBe('cheap-x');
    expect(areaWhyText(a, 'JPY', smallTown()).join(' ')).toContain('Cheaper but below target');
  });
});
