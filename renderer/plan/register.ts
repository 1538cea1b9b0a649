/**
 * Wires the planning comparison into the app (idempotent): the "Compare"
 * sidebar tab with the plan panel, the recommendation map layer, and the
 * comparison dock. The dock lives in its own React root on <body> (mounted
 * when the map loads, with the app's store), so it stays open whichever
 * sidebar tab is shown.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { registerMapLayer, registeredMapLayers } from '../map/layer-registry';
import { registerSidebarPanel, registerSidebarTab } from '../panels/registry';
import type { AppStore } from '../state/app-state';
import { StoreContext } from '../state/use-store';
import { resetPlanForNewDocument } from './commands';
import { attachPlanLayer, planLayer } from './map-layer';
import { PlanDock } from './PlanDock';
import { PlanPanel } from './PlanPanel';
import './plan.css';

/** Mount the dock on <body>; returns the unmount function. */
export function mountPlanDock(store: AppStore): () => void {
  const host = document.createElement('div');
  host.className = 'plan-dock-root';
  document.body.appendChild(host);
  const root = createRoot(host);
  root.render(createElement(StoreContext.Provider, { value: store }, createElement(PlanDock)));
  return () => { root.unmount(); host.remove(); };
}

/** Drop the plan when a different document is loaded (store.load bumps the generation). */
function watchDocumentLoads(store: AppStore): () => void {
  let generation = store.generation;
  return store.subscribe(() => {
    if (store.generation === generation) return;
    generation = store.generation;
    if (store.getState().plan.entry || store.getState().plan.job) resetPlanForNewDocument(store);
  });
}

function attach(map: MapLibreMap, store: AppStore): () => void {
  const offs = [attachPlanLayer(map, store), mountPlanDock(store), watchDocumentLoads(store)];
  return () => { for (const f of offs) f(); };
}

let done = false;

/** Register the plan tab, panel and map layer once. */
export function registerPlan(): void {
  if (done) return;
  done = true;
  registerSidebarTab({ id: 'plan-results', label: 'tab.planResults', order: 25 });
  registerSidebarPanel({ id: 'plan-run', tab: 'plan-results', order: 1, Component: PlanPanel });
  if (!registeredMapLayers().some((p) => p.id === planLayer.id)) registerMapLayer({ ...planLayer, attach });
}
