import { describe, expect, it } from 'vitest';
import type { ImportPayload } from '../../../workers/clients/import-client';
import { projectSchema } from '../../../workers/model';
import { importUpdaters, mergeImport, payloadSize } from '../../../renderer/state/import-merge';
import { createAppStore } from '../../../renderer/state/app-state';
import { smallTown } from '../fixture';

const empty = (): ImportPayload => ({ meters: [], buildings: [], roads: [], sites: [], transformers: [], feeders: [], areas: [], dem: null });

describe('import merge updater', () => {
  it('appends entities and renames ids that clash with the project or repeat within the import', () => {
    const p = smallTown();
    const payload: ImportPayload = {
      ...empty(),
      meters: [{ id: 'M1', lon: 139.47, lat: 35.75 }, { id: 'new', lon: 139.471, lat: 35.751 }, { id: 'new', lon: 139.472, lat: 35.752 }, { id: 'M1-2', lon: 139.473, lat: 35.753 }],
      areas: [{ id: 'A1', name: 'Imported', class: 'rural', medium: 'auto', polygon: [[[139.46, 35.74], [139.47, 35.74], [139.47, 35.75], [139.46, 35.74]]] }],
    };
    const r = mergeImport(p, payload);
    expect(r.project.meters.slice(-4).map((m) => m.id)).toEqual(['M1-2', 'new', 'new-2', 'M1-2-2']);
    expect(r.project.areas.at(-1)!.id).toBe('A1-2');
    expect(r.renamed.meters).toEqual({ count: 3, examples: [['M1', 'M1-2'], ['new', 'new-2'], ['M1-2', 'M1-2-2']] });
    expect(r.renamed.areas!.count).toBe(1);
    expect(r.added).toEqual({ meters: 4, areas: 1 });
    expect(projectSchema.safeParse(r.project).success).toBe(true);
    // pure: inputs untouched, unchanged lists shared
    expect(p.meters).toHaveLength(520);
    expect(payload.meters[0].id).toBe('M1');
    expect(r.project.collectors).toBe(p.collectors);
    expect(r.project.grid).toBe(p.grid);
  });

  it('rewrites references to renamed buildings and transformers inside the import', () => {
    const p = smallTown();
    const t0 = p.grid.transformers[0];
    const b0 = p.buildings[0];
    const r = mergeImport(p, {
      ...empty(),
      transformers: [{ ...t0, lon: t0.lon + 0.001 }],
      feeders: [{ id: 'F-new', transformerId: t0.id, cableType: 'lv-overhead-ow-60', line: [[139.47, 35.75], [139.471, 35.75]] }],
      buildings: [{ ...b0 }],
      meters: [{ id: 'bm', lon: 139.47, lat: 35.75, buildingId: b0.id }],
    });
    const t = r.project.grid.transformers.at(-1)!;
    expect(t.id).toBe(`${t0.id}-2`);
    expect(r.project.grid.feeders.at(-1)!.transformerId).toBe(t.id);
    expect(r.project.meters.at(-1)!.buildingId).toBe(`${b0.id}-2`);
    expect(projectSchema.safeParse(r.project).success).toBe(true);
  });

  it('adds an imported DEM as a file terrain reference with a fresh id', () => {
    const p = { ...smallTown(), terrain: [{ id: 'dem-1', format: 'hgt' as const, path: 'old.hgt' }] };
    const dem = { format: 'geotiff' as const, fileName: 'osaka.tif', cols: 2, rows: 2, heights: new Float32Array(4), noData: NaN, minM: 0, maxM: 0, bbox: null, crs: 'EPSG:6668', thumb: { cols: 1, rows: 1, heights: new Float32Array(1) } };
    const r = mergeImport(p, { ...empty(), dem });
    expect(r.terrainRefId).toBe('dem-2');
    expect(r.project.terrain.at(-1)).toEqual({ id: 'dem-2', format: 'geotiff', path: 'osaka.tif', crs: 'EPSG:6668' });
    expect(projectSchema.safeParse(r.project).success).toBe(true);
  });

  it('is one undo step in the store, and an empty import records nothing', () => {
    const store = createAppStore(smallTown());
    const before = store.getState().doc;
    store.edit((p) => importUpdaters.importEntities(p, empty()));
    expect(store.canUndo).toBe(false);
    const payload = { ...empty(), meters: Array.from({ length: 50 }, (_, i) => ({ id: `x${i}`, lon: 139.47, lat: 35.75 })), roads: [{ id: 'r', kind: 'residential' as const, line: [[139.47, 35.75], [139.48, 35.75]] as [number, number][] }] };
    expect(payloadSize(payload)).toBe(51);
    store.edit((p) => importUpdaters.importEntities(p, payload));
    expect(store.getState().doc.meters).toHaveLength(570);
    expect(store.undo()).toBe(true);
    expect(store.getState().doc).toBe(before);
    expect(store.canUndo).toBe(false);
    expect(store.redo()).toBe(true);
    expect(store.getState().doc.roads.at(-1)!.id).toBe('r');
  });
});
