/**
 * Automatic re-runs after edits. When the only change since the last mesh
 * run is one collector's position, the mesh worker updates incrementally at
 * once (results follow a dragged collector live; moves arriving while an
 * update runs coalesce into the next one). Any other change re-runs, after a
 * 300 ms pause, every medium that has results, over the scope it was run
 * with. Opening another document clears the results.
 */
import type { AppStore } from '../state/app-state';
import { movedCollector, engineInputsEqual } from './diff';
import { isRunning, runMedia, runMeshMove } from './run-controller';
import { autoRerunOn, initialResults, mediaWithResults, setResults } from './state';

/** Debounce of full re-runs, ms. */
export const RERUN_DEBOUNCE_MS = 300;

/** Watch the store; returns an unsubscribe function. */
export function attachAutoRerun(store: AppStore): () => void {
  let lastDoc = store.getState().doc;
  let generation = store.generation;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingMove = false;
  let moving = false;

  const fullRerun = () => {
    timer = null;
    const s = store.getState();
    const media = mediaWithResults(s.results).filter((m) => s.results[m]!.doc !== s.doc);
    if (!media.length || !autoRerunOn(s.results, s.doc)) return;
    const scope = s.results[media[0]]!.scope;
    void runMedia(store, media, scope.kind === 'viewport' || scope.kind === 'area' ? scope : { kind: 'project' }, { quiet: true });
  };

  const tryMove = async (): Promise<boolean> => {
    const s = store.getState();
    const mesh = s.results.mesh;
    if (!mesh || mesh.scope.kind !== 'project' || mesh.doc === s.doc) return false;
    const id = movedCollector(mesh.doc, s.doc);
    if (!id) return false;
    if (moving) { pendingMove = true; return true; }
    if (isRunning()) return false; // another run is in flight: the debounced full re-run picks the change up
    moving = true;
    try { await runMeshMove(store, mesh, id); } finally { moving = false; }
    if (pendingMove) { pendingMove = false; if (!(await tryMove())) schedule(); }
    return true;
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fullRerun, RERUN_DEBOUNCE_MS);
  };

  const onChange = () => {
    const s = store.getState();
    if (store.generation !== generation) {
      generation = store.generation;
      lastDoc = s.doc;
      if (timer) clearTimeout(timer);
      const keep = s.results;
      const fresh = initialResults();
      setResults(store, { ...fresh, colourBy: keep.colourBy, scope: keep.scope, layers: keep.layers, heatmapCellM: keep.heatmapCellM, chartKind: keep.chartKind });
      return;
    }
    if (s.doc === lastDoc) return;
    const prev = lastDoc;
    lastDoc = s.doc;
    if (!autoRerunOn(s.results, s.doc) || !mediaWithResults(s.results).length || engineInputsEqual(prev, s.doc)) return;
    void tryMove().then((handled) => {
      // other media (star, PLC) still need a re-run after a collector move
      if (!handled || mediaWithResults(store.getState().results).some((m) => m !== 'mesh')) schedule();
    });
  };
  const off = store.subscribe(onChange);
  return () => { off(); if (timer) clearTimeout(timer); };
}
