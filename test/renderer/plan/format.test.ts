import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../../renderer/i18n/messages';
import { fmtCost, fmtCostCompact, fmtSuccess, mediumLabel, primaryMedium, profileLabel } from '../../../renderer/plan/format';
import { multiPassFolder, planProgressFolder } from '../../../renderer/plan/progress';
import { smallTown } from '../fixture';

afterEach(() => applyLocale('en'));

describe('plan formatting', () => {
  it('formats money in the plan currency per locale, full and compact', () => {
    expect(fmtCost(1896681.4, 'JPY')).toBe('¥1,896,681');
    expect(fmtCost(1234.5, 'USD')).toBe('$1,235');
    expect(fmtCostCompact(2611987, 'JPY')).toBe('¥2.6M');
    expect(fmtCost(NaN, 'JPY')).toBe('—');
    applyLocale('ja');
    expect(fmtCost(1896681, 'JPY')).toBe('￥1,896,681');
    expect(fmtCostCompact(2611987, 'JPY')).toBe('￥261.2万');
    // an unknown currency code still shows the amount
    expect(fmtCost(10, 'XXXX')).toContain('XXXX');
  });

  it('labels media, fallback pairs and profiles', () => {
    expect(mediumLabel('mesh')).toBe('RF mesh');
    expect(mediumLabel('mesh+star')).toBe('RF mesh + cellular fallback');
    expect(primaryMedium('plc+star')).toBe('plc');
    expect(primaryMedium('x')).toBeNull();
    expect(profileLabel('mesh-wisun-jp+star-nb-iot', smallTown())).toBe('Wi-SUN FAN 920 MHz (ARIB STD-T108, 20 mW) + NB-IoT');
    expect(profileLabel('unknown-id', smallTown())).toBe('unknown-id');
    expect(fmtSuccess(0.999863)).toBe('99.99%');
    applyLocale('ja');
    expect(mediumLabel('plc+star')).toBe('PLC＋携帯網で補完');
  });
});

describe('plan progress', () => {
  it('folds the engine stages into one monotone bar', () => {
    const fold = planProgressFolder();
    const seq = [{ stage: 'compile', done: 1, total: 2 }, { stage: 'regional', done: 0, total: 7 }, { stage: 'regional', done: 6, total: 7 },
      { stage: 'areas', done: 0, total: 3 }, { stage: 'links', done: 0, total: 10 }, { stage: 'links', done: 10, total: 10 }, { stage: 'areas', done: 1, total: 3 }, { stage: 'routing', done: 1, total: 5 }, { stage: 'areas', done: 2, total: 3 }];
    const out = seq.map(fold);
    for (let i = 1; i < out.length; i++) expect(out[i].done).toBeGreaterThanOrEqual(out[i - 1].done);
    expect(out.every((p) => p.total === 1000 && p.done <= 1000)).toBe(true);
    expect(out.at(-1)!.done).toBeGreaterThan(700);
  });

  it('counts tornado passes so the bar does not stop at the first plan', () => {
    const fold = multiPassFolder(5);
    const pass = () => [{ stage: 'regional', done: 0, total: 2 }, { stage: 'areas', done: 0, total: 2 }, { stage: 'areas', done: 1, total: 2 }].map(fold);
    const first = pass().at(-1)!.done;
    const second = pass().at(-1)!.done;
    expect(first).toBeLessThan(250);
    expect(second).toBeGreaterThan(first + 100);
  });
});

describe('hybrid vs single-medium headline', () => {
  it('says cheaper, the same, or dearer', async () => {
    const { savingText } = await import('../../../renderer/plan/PlanPanel');
    expect(savingText(80, { medium: 'plc', tco: 100 })).toBe('20% cheaper than the cheapest single-medium plan (PLC).');
    expect(savingText(100.4, { medium: 'star', tco: 100 })).toMatch(/^Same cost/);
    expect(savingText(150, { medium: 'star', tco: 100 })).toMatch(/^50% more than the cheapest single-medium plan \(Wireless star\)/);
  });
});
