/** The per-meter values written as feature-state for each "colour meters by" choice. */
import type { Project } from '../../workers/model';
import { UNCONNECTED } from './colour-scales';
import { isDrawable } from './state';
import type { ColourBy, MediumEntry, ResultsState } from './types';

/** Values for `colourBy` from `entry` (NaN = no value; the meter keeps its indoor colour). */
export function meterValues(colourBy: ColourBy, entry: MediumEntry, r: ResultsState, doc: Project): Float32Array {
  const m = entry.meters, n = m.count;
  const out = new Float32Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (m.reason[i] === 255) continue;
    switch (colourBy) {
      case 'success': out[i] = m.dailyReadSuccess[i]; break;
      case 'hops': out[i] = m.connected[i] ? m.hops[i] : UNCONNECTED; break;
      case 'margin': out[i] = Number.isFinite(m.marginDb[i]) ? m.marginDb[i] : m.marginDb[i] < 0 ? -40 : NaN; break;
      case 'medium': break;
    }
  }
  if (colourBy === 'medium') return bestMedium(r, doc);
  return out;
}

/** Per meter: index (mesh 0, star 1, PLC 2) of the medium with the highest read success, −1 when none connects. */
export function bestMedium(r: ResultsState, doc: Project): Float32Array {
  const n = doc.meters.length;
  const out = new Float32Array(n).fill(NaN);
  const best = new Float32Array(n).fill(-1);
  (['mesh', 'star', 'plc'] as const).forEach((medium, k) => {
    const e = r[medium];
    if (!e || !isDrawable(e, doc)) return;
    const m = e.meters;
    for (let i = 0; i < n; i++) {
      if (m.reason[i] === 255) continue;
      if (Number.isNaN(out[i])) out[i] = UNCONNECTED;
      if (m.connected[i] && m.dailyReadSuccess[i] > best[i]) { best[i] = m.dailyReadSuccess[i]; out[i] = k; }
    }
  });
  return out;
}

/** 1 for simulated meters that are not connected (orphans), NaN otherwise. */
export function orphanValues(entry: MediumEntry): Float32Array {
  const m = entry.meters;
  const out = new Float32Array(m.count).fill(NaN);
  for (let i = 0; i < m.count; i++) if (m.reason[i] !== 255 && !m.connected[i]) out[i] = 1;
  return out;
}
