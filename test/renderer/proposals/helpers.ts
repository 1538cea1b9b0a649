/** Shared inputs of the proposal tests: the example proposal files, the invalid fixtures and real engine outputs. */
import { readFileSync } from 'node:fs';
import { planApi } from '../../../workers/api/plan-api';
import { compareProposals } from '../../../workers/engines/planner/proposals';
import { planInputFromProject } from '../../../workers/engines/planner';
import type { ComparisonResult, ParsedProposalFile } from '../../../workers/clients/plan-client';
import type { Project } from '../../../workers/model';

const url = (p: string) => new URL(p, import.meta.url);

/** The three example proposals (name, text), JPY / USD / EUR. */
export function exampleFiles(): { name: string; text: string }[] {
  return ['vendor-a-jpy.json', 'vendor-b-usd.json', 'vendor-c-eur.json'].map((name) => ({ name, text: readFileSync(url(`../../../datasets/proposals/examples/${name}`), 'utf8') }));
}

/** An invalid fixture (test/fixtures/proposals). */
export function fixtureFile(name: string): { name: string; text: string } {
  return { name, text: readFileSync(url(`../../fixtures/proposals/${name}`), 'utf8') };
}

/** Validate with the plan worker's API, in-process (the same function the worker runs). */
export function parseFiles(files: { name: string; text: string }[]): Promise<ParsedProposalFile[]> {
  return planApi.parseProposals(files);
}

/** Run the real comparison engine on a project. */
export async function compareOn(project: Project, files = exampleFiles()): Promise<ComparisonResult> {
  const parsed = await parseFiles(files);
  const proposals = parsed.flatMap((p) => (p.ok ? [p.proposal] : []));
  return compareProposals(planInputFromProject(project), proposals);
}
