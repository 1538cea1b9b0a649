/**
 * Vendor proposal mode. A proposal file (JSON) names a vendor, its
 * technology profiles (radio parameters, validated with the project's
 * profile schemas) and its prices per profile id in its own currency.
 * Every proposal is run on the same meters under one set of neutral
 * assumptions (the project's propagation, shadowing, targets, read payload,
 * discount rate and horizon; prices converted with the cost preset's
 * exchange rates), and claimed radio parameters are checked against ARIB
 * STD-T108 (regulatory.ts).
 */
import { z } from 'zod';
import { formatPath, technologyProfileSchema, type TechnologyProfile } from '../../model';
import { profilePricesSchema, type ProfilePrices } from '../cost';
import type { RunControl } from '../run-control';
import { runPlan, type PlanInput, type PlanOptions } from './plan';
import { checkRegulatory, type RegulatoryFinding } from './regulatory';
import { planJson, type PlanJson } from './serialise';

export const proposalSchema = z.strictObject({
  vendor: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as JPY'),
  profiles: z.array(technologyProfileSchema).min(1),
  prices: z.record(z.string(), profilePricesSchema),
  notes: z.string().max(4000).optional(),
}).superRefine((p, ctx) => {
  const ids = new Set<string>();
  p.profiles.forEach((x, i) => {
    if (ids.has(x.id)) ctx.addIssue({ code: 'custom', path: ['profiles', i, 'id'], message: `duplicate profile id ${x.id}` });
    ids.add(x.id);
    if (!p.prices[x.id]) ctx.addIssue({ code: 'custom', path: ['prices', x.id], message: `no prices for profile ${x.id}` });
  });
  for (const k of Object.keys(p.prices)) if (!ids.has(k)) ctx.addIssue({ code: 'custom', path: ['prices', k], message: `prices for unknown profile ${k}` });
});

export interface Proposal {
  file: string;
  vendor: string;
  name?: string;
  currency: string;
  profiles: TechnologyProfile[];
  prices: Record<string, ProfilePrices>;
}

/** Parse and validate a proposal file's text; errors read "FILE: path: message". */
export function parseProposal(file: string, text: string): { ok: true; proposal: Proposal } | { ok: false; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${file}: invalid JSON: ${(e as Error).message}`] };
  }
  const r = proposalSchema.safeParse(raw);
  if (!r.success) return { ok: false, errors: r.error.issues.map((i) => `${file}: ${formatPath(i.path) || '(root)'}: ${i.message}`) };
  return { ok: true, proposal: { file, vendor: r.data.vendor, ...(r.data.name ? { name: r.data.name } : {}), currency: r.data.currency, profiles: r.data.profiles, prices: r.data.prices } };
}

export interface ProposalOutcome {
  file: string;
  vendor: string;
  name?: string;
  findings: RegulatoryFinding[];
  plan: PlanJson;
}

export interface ComparisonResult {
  currency: string;
  proposals: ProposalOutcome[];
}

/** Plan every proposal on the same input and neutral assumptions. */
export function compareProposals(input: PlanInput, proposals: readonly Proposal[], o: PlanOptions = {}, control?: RunControl): ComparisonResult {
  const out: ProposalOutcome[] = proposals.map((p) => ({
    file: p.file, vendor: p.vendor, ...(p.name ? { name: p.name } : {}),
    findings: p.profiles.flatMap((x) => checkRegulatory(x)),
    plan: planJson(runPlan(input, { ...o, profiles: p.profiles, prices: p.prices, pricesCurrency: p.currency }, control)),
  }));
  return { currency: out[0]?.plan.currency ?? 'JPY', proposals: out };
}
