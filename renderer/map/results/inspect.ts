/**
 * "Why (not) connected": selecting one meter (a click with the select tool)
 * opens a popup with one block per medium that has results — the reason
 * sentence, read success, margin, hops and the serving collector.
 */
import * as maplibregl from 'maplibre-gl';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, AppStore } from '../../state/app-state';
import { indexById } from '../../state/selection';
import { isDrawable, mediaWithResults } from '../../results/state';
import { meterWhy } from '../../results/why';

/** The meter index of a single selected meter, or −1. */
export function inspectedMeter(s: AppState): number {
  if (s.selection.length !== 1 || s.selection[0].kind !== 'meter') return -1;
  return indexById(s.doc.meters).get(s.selection[0].id) ?? -1;
}

/** The popup's content for meter i. */
export function whyElement(s: AppState, i: number): HTMLElement | null {
  const blocks = mediaWithResults(s.results).map((m) => s.results[m]!).filter((e) => isDrawable(e, s.doc));
  if (!blocks.length) return null;
  const root = document.createElement('div');
  root.className = 'why';
  root.dataset.testid = 'meter-why';
  const head = document.createElement('strong');
  head.textContent = s.doc.meters[i].id;
  root.append(head);
  for (const e of blocks) {
    const w = meterWhy(e, i);
    const box = document.createElement('div');
    box.className = e.meters.connected[i] ? 'why-ok' : 'why-bad';
    box.dataset.medium = e.medium;
    const title = document.createElement('div'); title.className = 'why-title'; title.textContent = w.title;
    const reason = document.createElement('div'); reason.className = 'why-reason'; reason.textContent = w.reason;
    const details = document.createElement('div'); details.className = 'why-details'; details.textContent = w.details;
    box.append(title, reason, details);
    root.append(box);
  }
  return root;
}

export function attachInspect(map: MapLibreMap, store: AppStore): () => void {
  const popup = new maplibregl.Popup({ closeButton: true, closeOnClick: false, offset: 12, maxWidth: '340px', className: 'why-popup' });
  let last: unknown[] = [];
  const run = () => {
    const s = store.getState();
    const i = inspectedMeter(s);
    const key = [i, s.results.mesh, s.results.star, s.results.plc, s.locale, s.doc.meters];
    if (key.every((v, k) => v === last[k])) return;
    last = key;
    const el = i >= 0 ? whyElement(s, i) : null;
    if (!el) { popup.remove(); return; }
    const m = s.doc.meters[i];
    popup.setLngLat([m.lon, m.lat]).setDOMContent(el).addTo(map);
  };
  run();
  const off = store.subscribe(run);
  return () => { off(); popup.remove(); };
}
