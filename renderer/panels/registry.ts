/**
 * The sidebar's tabs and panels as a registry, so later features (engine
 * results, vendor comparison, import dialogs' panels) slot in by registering
 * a panel on a tab instead of editing the app shell.
 */
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/messages';

export interface SidebarTab {
  id: string;
  label: MessageKey;
  order: number;
}

export interface SidebarPanel {
  id: string;
  tab: string;
  /** Position within the tab (lower first). */
  order: number;
  Component: ComponentType;
}

const tabs: SidebarTab[] = [];
const panels: SidebarPanel[] = [];

/** Add a tab (ignored when one with the same id exists). */
export function registerSidebarTab(tab: SidebarTab): void {
  if (!tabs.some((x) => x.id === tab.id)) { tabs.push(tab); tabs.sort((a, b) => a.order - b.order); }
}

/** Add a panel to a tab; returns an unregister function. */
export function registerSidebarPanel(panel: SidebarPanel): () => void {
  if (panels.some((p) => p.id === panel.id)) throw new Error(`sidebar panel ${panel.id} is already registered`);
  panels.push(panel);
  panels.sort((a, b) => a.order - b.order);
  return () => { const i = panels.indexOf(panel); if (i >= 0) panels.splice(i, 1); };
}

export function sidebarTabs(): readonly SidebarTab[] {
  return tabs;
}

export function panelsOf(tab: string): readonly SidebarPanel[] {
  return panels.filter((p) => p.tab === tab);
}
