/** The built-in sidebar tabs and panels. */
import { AnalysisPanel } from './AnalysisPanel';
import { CostsPanel, SimulationPanel } from './ConfigPanels';
import { LayerPanel } from './LayerPanel';
import { ProfileEditor } from './profiles/ProfileEditor';
import { ProjectTree } from './ProjectTree';
import { PropertiesPanel } from './properties/PropertiesPanel';
import { registerSidebarPanel, registerSidebarTab, sidebarTabs } from './registry';
import { SettingsPanel } from './SettingsPanel';
import { registerResults } from '../results/register';
import { registerPlan } from '../plan/register';
import { registerProposals } from '../proposals/register';

/** Register the built-ins once (idempotent). */
export function registerDefaultPanels(): void {
  if (sidebarTabs().some((x) => x.id === 'plan')) return;
  registerSidebarTab({ id: 'plan', label: 'tab.plan', order: 10 });
  registerSidebarTab({ id: 'analysis', label: 'tab.analysis', order: 20 });
  registerSidebarTab({ id: 'profiles', label: 'tab.profiles', order: 30 });
  registerSidebarTab({ id: 'settings', label: 'tab.settings', order: 40 });
  registerSidebarPanel({ id: 'properties', tab: 'plan', order: 10, Component: PropertiesPanel });
  registerSidebarPanel({ id: 'tree', tab: 'plan', order: 20, Component: ProjectTree });
  registerSidebarPanel({ id: 'layers', tab: 'plan', order: 30, Component: LayerPanel });
  registerSidebarPanel({ id: 'density', tab: 'analysis', order: 10, Component: AnalysisPanel });
  registerSidebarPanel({ id: 'profiles', tab: 'profiles', order: 10, Component: ProfileEditor });
  registerSidebarPanel({ id: 'costs', tab: 'settings', order: 10, Component: CostsPanel });
  registerSidebarPanel({ id: 'simulation', tab: 'settings', order: 20, Component: SimulationPanel });
  registerSidebarPanel({ id: 'map-settings', tab: 'settings', order: 30, Component: SettingsPanel });
  registerResults();
  registerPlan();
  registerProposals();
}
