/**
 * Applying a previewed import: one undoable edit through the named merge
 * updater, the DEM kept in the session cache, the map framed on the new
 * data, and a note when ids were renamed or a DEM was linked.
 */
import type { ImportPreview } from '../../../workers/clients/import-client';
import { fmtNumber } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import type { AppStore } from '../../state/app-state';
import { mergeImport, type ImportEntityKind, type MergeResult } from '../../state/import-merge';
import { putDem } from '../../state/terrain-cache';

/** Merge the preview's entities into the project as one undo step; returns what happened. */
export function applyImport(store: AppStore, preview: ImportPreview): MergeResult {
  let r!: MergeResult;
  store.edit((p) => { r = mergeImport(p, preview.payload); return r.project; });
  const dem = preview.payload.dem;
  if (r.terrainRefId && dem) putDem(r.terrainRefId, dem);
  const kinds = Object.entries(r.added) as [ImportEntityKind, number][];
  const list = kinds.map(([k, n]) => t('imp.countOf', { n: fmtNumber(n), what: t(`imp.entity.${k}` as MessageKey) })).join(t('imp.listSep'));
  const lines = [t('imp.doneLine', { list })];
  for (const [k, v] of Object.entries(r.renamed) as [ImportEntityKind, { count: number; examples: [string, string][] }][]) {
    lines.push(t('imp.renamedLine', { n: fmtNumber(v.count), kind: t(`imp.entity.${k}` as MessageKey), from: v.examples[0][0], to: v.examples[0][1] }));
  }
  if (dem) lines.push(t('imp.demNote', { file: dem.fileName }));
  const b = preview.bbox;
  store.set((s) => ({
    focus: b && !dem ? { bounds: [[b[0], b[1]], [b[2], b[3]]], seq: (s.focus?.seq ?? 0) + 1 } : s.focus,
    notice: lines.length > 1 ? { level: 'info', title: t('imp.doneTitle', { file: preview.files.join(', ') }), lines } : s.notice,
  }));
  return r;
}
