import { describe, expect, it } from 'vitest';
import { generateDemoProject } from '../../../workers/engines/demo';
import { planInputFromProject, runPlan, type PlanResult } from '../../../workers/engines/planner';

// a 10k-meter demo region (seed 1): dense housing, high-rise with meter rooms, suburbs, farmland, mountains, an underground mall
const project = generateDemoProject({ seed: 1, meters: 10000 });
const input = planInputFromProject(project);

function show(title: string, plan: PlanResult): void {
  const rows = plan.areas.map((a) => `${a.class.padEnd(18)} ${String(a.meters).padStart(5)} → ${a.recommended?.medium} ${a.recommended?.profile} (${a.reason})\n` + a.options.map((o) => `      ${o.medium.padEnd(9)} ${o.profile.padEnd(34)} mean ${(100 * o.readSuccessMean).toFixed(2)} % p5 ${(100 * o.readSuccessP5).toFixed(2)} % coll ${o.collectors} TCO ${Math.round(o.tco).toLocaleString()} (${Math.round(o.tcoPerMeter)}/m)${o.meetsTarget ? ' ✓' : ''}`).join('\n'));
  const t = plan.totals;
  console.log(`# ${title}\n${rows.join('\n')}\nhybrid ${Math.round(t.hybrid.tco).toLocaleString()} ${plan.currency} (${(100 * t.hybrid.readSuccessMean).toFixed(3)} %); ` + (['mesh', 'plc', 'star'] as const).map((m) => `${m} ${Math.round(t.singleMedium[m]!.tco).toLocaleString()} (${(100 * t.singleMedium[m]!.readSuccessMean).toFixed(2)} %)`).join('; '));
}

const option = (plan: PlanResult, cls: string, profile: string) => plan.areas.find((a) => a.class === cls)!.options.find((o) => o.profile === profile)!;
const recommended = (plan: PlanResult, cls: string) => plan.areas.find((a) => a.class === cls)!.recommended;

function expectHybridCheapest(plan: PlanResult): void {
  for (const m of ['mesh', 'plc', 'star'] as const) {
    const single = plan.totals.singleMedium[m];
    expect(single, m).not.toBeNull();
    expect(plan.totals.hybrid.tco).toBeLessThan(single!.tco);
  }
  expect(plan.totals.hybrid.areasMeetingTarget).toBe(plan.areas.length);
}

describe('planner on the demo region', () => {
  it('all default profiles: PLC for the high-rise meter rooms and the underground mall, star in the mountains; the hybrid plan is cheapest', () => {
    const plan = runPlan(input);
    show('all default profiles', plan);
    // high-rise: meter rooms and basements are beyond 920 MHz radio (mesh ≈ 50 %), PLC reaches them over the risers
    expect(option(plan, 'high-rise', 'mesh-wisun-jp').meetsTarget).toBe(false);
    expect(recommended(plan, 'high-rise')?.medium).toMatch(/^plc/);
    expect(recommended(plan, 'underground')?.medium).toMatch(/^plc/);
    expect(recommended(plan, 'mountainous')?.medium).toMatch(/star$/);
    // dense housing: mesh meets the target and beats PLC (a concentrator per ~20-meter transformer) and cellular fees
    const mesh = option(plan, 'dense-residential', 'mesh-wisun-jp');
    expect(mesh.meetsTarget).toBe(true);
    expect(mesh.tco).toBeLessThan(option(plan, 'dense-residential', 'plc-g3-cenelec-a').tco);
    expect(mesh.tco).toBeLessThan(option(plan, 'dense-residential', 'star-lte-m').tco);
    expect(recommended(plan, 'dense-residential')?.medium).not.toMatch(/^plc/);
    expectHybridCheapest(plan);
  });

  it('Wi-SUN mesh, G3-PLC and LTE-M only (no unlicensed LPWA or private radio): mesh for dense housing, PLC for high-rise, LTE-M for the mountains', () => {
    const plan = runPlan(input, { profiles: input.scenario.profiles.filter((p) => ['mesh-wisun-jp', 'plc-g3-cenelec-a', 'star-lte-m'].includes(p.id)) });
    show('mesh / PLC / LTE-M', plan);
    expect(recommended(plan, 'dense-residential')?.medium).toMatch(/^mesh/);
    expect(recommended(plan, 'suburban')?.medium).toMatch(/^mesh/);
    expect(recommended(plan, 'high-rise')?.medium).toMatch(/^plc/);
    expect(recommended(plan, 'mountainous')?.medium).toMatch(/star$/);
    expectHybridCheapest(plan);
  });

  it('high-rise: mesh read success depends on the meter-room losses; at these losses PLC stays cheaper', () => {
    const three = input.scenario.profiles.filter((p) => ['mesh-wisun-jp', 'plc-g3-cenelec-a', 'star-lte-m'].includes(p.id));
    const base = runPlan(input, { profiles: three });
    const open = runPlan(input, { profiles: three, meshIndoor: { meterRoomExtraLossDb: 0, basementExtraLossDb: 0 } });
    show('meter-room and basement extra losses 0 dB (default 20 dB)', open);
    const before = option(base, 'high-rise', 'mesh-wisun-jp'), after = option(open, 'high-rise', 'mesh-wisun-jp');
    expect(after.readSuccessMean).toBeGreaterThan(before.readSuccessMean + 0.02);
    expect(after.tco).toBeLessThan(before.tco);
    // lower-floor apartments still have no usable 920 MHz link (building entry loss at both ends), so PLC still wins
    expect(recommended(open, 'high-rise')?.medium).toMatch(/^plc/);
  });
});
