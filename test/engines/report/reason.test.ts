import { describe, expect, it } from 'vitest';
import { generateDemoProject } from '../../../workers/engines/demo';
import { planInputFromProject, planJson, runPlan } from '../../../workers/engines/planner';
import { reasonText } from '../../../workers/engines/report/reason';

const project = generateDemoProject({ seed: 3, meters: 1500 });
const plan = planJson(runPlan(planInputFromProject(project)));

describe('report: recommendation reason in the report language', () => {
  it('in English, rebuilt from the options, equals the planner engine reason', () => {
    expect(plan.areas.length).toBeGreaterThan(3);
    for (const a of plan.areas) expect(reasonText(a, 'en', (m) => m)).toBe(a.reason);
  });

  it('in Japanese names the same TCO figures and the next-best option', () => {
    for (const a of plan.areas) {
      const ja = reasonText(a, 'ja', (m) => `<${m}>`);
      const w = a.options[a.recommendedIndex];
      if (!w.meetsTarget) { expect(ja).toMatch(/^目標を満たす選択肢がない/); continue; }
      expect(ja).toContain(Math.round(w.tco).toLocaleString('ja-JP'));
      const next = a.reason.match(/; next (\S+) (\S+) ([\d,]+)\)$/);
      if (next) expect(ja).toContain(`次点 <${next[1]}> ${next[2]} ${next[3]}`);
    }
  });

  it('says when the area forces a medium', () => {
    const area = plan.areas.find((x) => x.options.some((o) => o.medium === 'plc'))!;
    expect(area).toBeDefined();
    const a = { ...area, forcedMedium: 'plc' as const, recommendedIndex: area.options.findIndex((o) => o.medium === 'plc') };
    expect(reasonText(a, 'en', (m) => m)).toMatch(/^medium set to plc in the area properties; /);
    expect(reasonText(a, 'ja', (m) => m)).toMatch(/^エリアの設定で媒体を plc に指定; /);
  });
});
