import { describe, expect, it } from 'vitest';
import { compareCsv } from '../../../workers/engines/planner/compare-csv';
import { initialProposals } from '../../../renderer/proposals/types';
import { isComparisonStale, mergeLoaded, setProposals, withoutProposal } from '../../../renderer/proposals/state';
import { createAppStore } from '../../../renderer/state/app-state';
import { smallTown } from '../fixture';
import { exampleFiles, fixtureFile, parseFiles } from './helpers';

describe('proposal validation in the plan worker API', () => {
  it('accepts the examples with their ARIB findings and names file, path and field for invalid files', async () => {
    const parsed = await parseFiles([...exampleFiles(), fixtureFile('invalid-fields.json'), fixtureFile('truncated.json')]);
    expect(parsed.map((p) => p.ok)).toEqual([true, true, true, false, false]);
    const [a, b, c] = parsed as Extract<(typeof parsed)[number], { ok: true }>[];
    expect(a.findings).toEqual([]);
    expect(b.findings.map((f) => `${f.profileId}:${f.severity}:${f.code}`)).toEqual(['b-mesh-250mw:warning:needs-land-mobile']);
    expect(c.findings).toHaveLength(1);
    expect(c.findings[0]).toMatchObject({ profileId: 'c-mesh-27dbm', severity: 'violation', code: 'power-over-class', field: 'txPowerDbm', value: 27, limit: 23.98 });
    const bad = parsed[3];
    if (bad.ok) throw new Error('expected errors');
    expect(bad.errors.some((e) => /^invalid-fields\.json: profiles\[0\]\.hopLimit: /.test(e))).toBe(true);
    expect(bad.errors.some((e) => /^invalid-fields\.json: profiles\[1\]\.txPowerDbm: /.test(e))).toBe(true);
    const trunc = parsed[4];
    expect(!trunc.ok && trunc.errors[0]).toMatch(/^truncated\.json: invalid JSON/);
  });
});

describe('proposals slice', () => {
  it('adds valid files, reports invalid ones, replaces a re-loaded file and notes a second file of the same vendor', async () => {
    const [a, b] = await parseFiles(exampleFiles().slice(0, 2));
    const [bad] = await parseFiles([fixtureFile('invalid-fields.json')]);
    const first = mergeLoaded([], [a, bad]);
    expect(first.items.map((x) => x.file)).toEqual(['vendor-a-jpy.json']);
    expect(first.errors.map((e) => e.file)).toEqual(['invalid-fields.json']);
    const again = mergeLoaded(first.items, [a, b]);
    expect(again.items.map((x) => x.file)).toEqual(['vendor-a-jpy.json', 'vendor-b-usd.json']);
    expect(again.notes).toEqual([{ kind: 'replaced', file: 'vendor-a-jpy.json' }]);
    const copy = { ...a, file: 'vendor-a-alternative.json' };
    const third = mergeLoaded(again.items, [copy]);
    expect(third.items).toHaveLength(3);
    expect(third.notes).toEqual([{ kind: 'same-vendor', file: 'vendor-a-alternative.json', other: 'vendor-a-jpy.json', vendor: 'Sakura Grid Networks (fictitious)' }]);
    // only invalid files: the list object is kept, so a comparison does not go stale
    expect(mergeLoaded(third.items, [bad]).items).toBe(third.items);
    expect(withoutProposal(third.items, 'nope.json')).toBe(third.items);
    expect(withoutProposal(third.items, 'vendor-b-usd.json').map((x) => x.file)).toEqual(['vendor-a-jpy.json', 'vendor-a-alternative.json']);
  });

  it('lives outside undo history and marks a comparison stale when the document or the list changes', async () => {
    const store = createAppStore(smallTown());
    const [a] = await parseFiles(exampleFiles().slice(0, 1));
    const items = mergeLoaded([], [a]).items;
    setProposals(store, { items });
    expect(store.canUndo).toBe(false);
    const doc = store.getState().doc;
    const result = { currency: 'JPY', proposals: [] };
    setProposals(store, { comparison: { result, csv: compareCsv(result), doc, items, elapsedMs: 1 } });
    expect(isComparisonStale(store.getState().proposals, store.getState().doc)).toBe(false);
    store.edit((p) => ({ ...p, meters: p.meters.slice(1) }));
    expect(isComparisonStale(store.getState().proposals, store.getState().doc)).toBe(true);
    store.undo();
    expect(store.getState().proposals.items).toBe(items);
    expect(isComparisonStale(store.getState().proposals, store.getState().doc)).toBe(false);
    setProposals(store, (p) => ({ items: withoutProposal(p.items, 'vendor-a-jpy.json') }));
    expect(isComparisonStale(store.getState().proposals, store.getState().doc)).toBe(true);
    expect(initialProposals().items).toEqual([]);
  });
});
