/** Wires the results feature into the app: sidebar panels, map layers and the uPlot chart renderer (idempotent). */
import { registerChartRenderer } from '../charts/Chart';
import { registerResultLayers } from '../map/results/register';
import { registerSidebarPanel } from '../panels/registry';
import { uplotRenderer } from './charts/uplot-renderer';
import './results.css';
import { ResultLayersPanel } from './panels/ResultLayersPanel';
import { ResultsView } from './panels/ResultsView';
import { RunPanel } from './panels/RunPanel';

let done = false;

export function registerResults(): void {
  if (done) return;
  done = true;
  registerSidebarPanel({ id: 'results-run', tab: 'analysis', order: 1, Component: RunPanel });
  registerSidebarPanel({ id: 'results-view', tab: 'analysis', order: 2, Component: ResultsView });
  registerSidebarPanel({ id: 'results-layers-analysis', tab: 'analysis', order: 3, Component: ResultLayersPanel });
  registerSidebarPanel({ id: 'results-layers', tab: 'plan', order: 35, Component: ResultLayersPanel });
  registerResultLayers();
  registerChartRenderer(uplotRenderer);
}
