/**
 * Planner at scale: a full plan of the synthetic demo region (default 200k
 * meters; BENCH_PLAN_METERS overrides) with the default profiles, then the
 * same region with the three example vendor proposals of
 * datasets/proposals/examples (each planned on the same meters and neutral
 * assumptions). Prints seconds per stage and peak memory.
 *
 * Peer, measured in the same run on a smaller region (BENCH_PLAN_PEER_METERS,
 * default 30k): mesh collector placement on every area with link reuse off
 * (reuseMeshLinks: false, every layout re-evaluates every link) — the results
 * are identical (checked here), so the ratio is the speed-up of the reuse.
 *
 * Run: node --import tsx --max-old-space-size=16384 bench/plan.bench.ts
 */
import { readFileSync } from 'node:fs';
import { generateDemoProject } from '../workers/engines/demo';
import { defaultCostPreset } from '../workers/engines/cost';
import { compareProposals, metersByArea, parseProposal, placeMesh, planInputFromProject, runPlan, subScenario, type Proposal } from '../workers/engines/planner';
import type { MeshProfile } from '../workers/model';
import { peakRssMiB, printTable, timeOnce } from './lib';

const METERS = Number(process.env.BENCH_PLAN_METERS ?? 200_000);
const PEER_METERS = Number(process.env.BENCH_PLAN_PEER_METERS ?? 30_000);
const FILES = ['vendor-a-jpy.json', 'vendor-b-usd.json', 'vendor-c-eur.json'];

const rows: Record<string, string | number>[] = [];
const log = (stage: string, seconds: number) => console.log(`${stage}: ${seconds.toFixed(1)} s (peak RSS ${peakRssMiB().toFixed(0)} MiB)`);
const gen = await timeOnce(() => generateDemoProject({ seed: 1, meters: METERS }));
rows.push({ stage: 'generate demo', seconds: gen.seconds, peakRssMiB: peakRssMiB() });
log('generate demo', gen.seconds);
const input = await timeOnce(() => planInputFromProject(gen.result));
rows.push({ stage: 'compile + PLC input', seconds: input.seconds, peakRssMiB: peakRssMiB() });
log('compile + PLC input', input.seconds);
const plan = await timeOnce(() => runPlan(input.result));
log('plan', plan.seconds);
const options = plan.result.areas.reduce((n, a) => n + a.options.length, 0);
rows.push({ stage: `plan, default profiles (${plan.result.areas.length} areas, ${options} options)`, seconds: plan.seconds, peakRssMiB: peakRssMiB() });
const proposals: Proposal[] = FILES.map((f) => {
  const r = parseProposal(f, readFileSync(new URL(`../datasets/proposals/examples/${f}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.proposal;
});
const cmp = await timeOnce(() => compareProposals(input.result, proposals));
rows.push({ stage: '3 vendor proposals', seconds: cmp.seconds, peakRssMiB: peakRssMiB() });
rows.push({ stage: 'total: plan + 3 proposals', seconds: plan.seconds + cmp.seconds, peakRssMiB: peakRssMiB() });
printTable(`Planner on a ${METERS.toLocaleString('en-US')}-meter demo region`, rows);
printTable('Hybrid vs single-medium TCO (default profiles)', [
  { plan: 'hybrid', tco: Math.round(plan.result.totals.hybrid.tco), readSuccessMean: plan.result.totals.hybrid.readSuccessMean },
  ...(['mesh', 'plc', 'star'] as const).map((m) => ({ plan: m, tco: Math.round(plan.result.totals.singleMedium[m]?.tco ?? NaN), readSuccessMean: plan.result.totals.singleMedium[m]?.readSuccessMean ?? NaN })),
]);
printTable('Vendor proposals (hybrid TCO)', cmp.result.proposals.map((p) => ({ vendor: p.vendor, tco: Math.round(p.plan.totals.hybrid.tco), readSuccessMean: p.plan.totals.hybrid.readSuccessMean, violations: p.findings.filter((f) => f.severity === 'violation').length })));

// Peer: mesh placement with link reuse against full re-evaluation per layout, every area of the same region, same run.
const peerScenario = planInputFromProject(generateDemoProject({ seed: 1, meters: PEER_METERS })).scenario;
const meshProfile = peerScenario.profiles.find((p): p is MeshProfile => p.medium === 'mesh')!;
const costs = defaultCostPreset();
const placeAll = (reuseMeshLinks: boolean) => metersByArea(peerScenario).filter((m) => m.length > 0).map((m) => placeMesh(subScenario(peerScenario, m), meshProfile, { target: 0.995, prices: costs.profiles[meshProfile.id] ?? costs.mediumDefaults.mesh, discountRate: 0.035, horizonYears: 15, reuseMeshLinks }));
const full = await timeOnce(() => placeAll(false));
const reuse = await timeOnce(() => placeAll(true));
const same = reuse.result.every((p, i) => p.sites.join() === full.result[i].sites.join() && p.dailyReadSuccess.every((v, j) => v === full.result[i].dailyReadSuccess[j]));
printTable(`Mesh collector placement, all areas of a ${PEER_METERS.toLocaleString('en-US')}-meter region (identical results: ${same ? 'yes' : 'NO'})`, [
  { variant: 'reuse meter–meter links (default)', seconds: reuse.seconds, engineRuns: reuse.result.reduce((n, p) => n + p.engineRuns, 0) },
  { variant: 'rebuild every link per layout (peer)', seconds: full.seconds, engineRuns: full.result.reduce((n, p) => n + p.engineRuns, 0) },
  { variant: 'speed-up (peer ÷ reuse)', seconds: full.seconds / reuse.seconds, engineRuns: 0 },
]);
