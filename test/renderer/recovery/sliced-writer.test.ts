import { describe, expect, it } from 'vitest';
import { recoveryCopyAsync } from '../../../renderer/recovery/autosave';
import { serialiseProjectSliced, SLICE_ITEMS } from '../../../renderer/recovery/sliced-writer';
import { createAppStore } from '../../../renderer/state/app-state';
import { readProjectFile, writeProjectFile, type Project } from '../../../workers/model';
import { smallTown } from '../fixture';

const parsed = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b));

function bigTown(copies: number): Project {
  const p = smallTown();
  return { ...p, meters: Array.from({ length: copies }, (_, j) => p.meters.map((m) => ({ ...m, id: `${m.id}-${j}` }))).flat() };
}

describe('sliced project writer', () => {
  it('writes the same JSON as the model writer, yielding between slices', async () => {
    const p = bigTown(20); // 10,400 meters: three slices
    let pauses = 0;
    const bytes = await serialiseProjectSliced(p, async () => { pauses++; });
    expect(pauses).toBe(Math.ceil(p.meters.length / SLICE_ITEMS));
    expect(parsed(bytes)).toEqual(parsed(writeProjectFile(p, { gzip: false })));
    const r = readProjectFile(bytes, 'big.fanplan');
    expect(r.ok && r.project.meters).toHaveLength(p.meters.length);
  });

  it('keeps small arrays, empty arrays and optional fields as the model writer does', async () => {
    const p = { ...smallTown(), roads: [] };
    expect(parsed(await serialiseProjectSliced(p))).toEqual(parsed(writeProjectFile(p, { gzip: false })));
  });

  it('autosave uses it above 20k entities and the copy reads back', async () => {
    const store = createAppStore(bigTown(45)); // 23,400 meters
    const copy = await recoveryCopyAsync(store.getState(), 7);
    expect(copy.meta.meters).toBe(23_400);
    const r = readProjectFile(copy.bytes);
    expect(r.ok && r.project.meters.length).toBe(23_400);
  });
});
