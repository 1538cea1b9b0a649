/** Wires the vendor-proposal feature into the app: the "Proposals" sidebar tab and its panel (idempotent). */
import { registerSidebarPanel, registerSidebarTab } from '../panels/registry';
import { ProposalsPanel } from './ProposalsPanel';
import './proposals.css';

let done = false;

export function registerProposals(): void {
  if (done) return;
  done = true;
  registerSidebarTab({ id: 'proposals', label: 'tab.proposals', order: 25 });
  registerSidebarPanel({ id: 'proposals', tab: 'proposals', order: 10, Component: ProposalsPanel });
}
