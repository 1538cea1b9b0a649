/** Build the planner's input from a Project: compiled Scenario, PLC LV-grid input and forced media per area. */
import type { Project } from '../../model';
import { compileProject } from '../compile/compile-project';
import type { Scenario } from '../compile/scenario';
import { plcInputFromProject } from '../plc';
import type { RunControl } from '../run-control';
import type { PlanInput } from './plan';

export function planInputFromProject(project: Project, scenario?: Scenario, control?: RunControl): PlanInput {
  const s = scenario ?? compileProject(project, control);
  const byId = new Map(project.areas.map((a) => [a.id, a.medium]));
  return { scenario: s, plcInput: plcInputFromProject(project, s), areaMedia: s.areas.ids.map((id) => byId.get(id) ?? 'auto') };
}
