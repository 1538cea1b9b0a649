import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AREA_CLASSES } from '../../../workers/model/enums';
import { createPropagationRegistry, defaultPropagationRegistry } from '../../../workers/engines/propagation/registry';
import type { ItmBinding } from '../../../workers/engines/propagation/itm-adapter';
import { freeSpaceLoss } from '../../../workers/engines/propagation/free-space';
import { hataLoss } from '../../../workers/engines/propagation/hata';

const query = { freqMHz: 920, distanceKm: 0.3, txHeightM: 10, rxHeightM: 1.5 };

describe('propagation registry', () => {
  it('lists every model by name, each callable the same way', () => {
    const reg = defaultPropagationRegistry();
    const names = reg.names();
    for (const n of ['p525', 'log-distance', 'hata-urban-small', 'hata-urban-large', 'hata-suburban', 'hata-open', 'cost231', 'seamcat-hata', 'p1411-urban', 'p1411-suburban', 'itm-p2p', 'itm-area']) expect(names).toContain(n);
    for (const n of names) {
      const r = reg.evaluate(n, { ...query, logDistance: { exponent: 3, referenceDistanceM: 1 }, profile: [3, 100, 10, 12, 11, 10] });
      expect(r.ok ? Number.isFinite(r.lossDb) : r.error.length > 0).toBe(true);
    }
  });

  it('dispatches to the same functions as a direct call', () => {
    const reg = createPropagationRegistry();
    expect(reg.evaluate('p525', query)).toEqual(freeSpaceLoss(query));
    expect(reg.evaluate('hata-suburban', query)).toEqual(hataLoss({ freqMHz: 920, distanceKm: 0.3, baseHeightM: 10, mobileHeightM: 1.5 }, 'suburban'));
  });

  it('reports unknown names and missing model inputs as errors', () => {
    const reg = createPropagationRegistry();
    expect(reg.evaluate('nope', query)).toMatchObject({ ok: false, code: 'unknown-model' });
    expect(reg.evaluate('log-distance', query).ok).toBe(false);
    expect(reg.get('itm-p2p')).toBeUndefined();
  });

  it('picks models by area class, with ITM only when bound (and a profile for p2p)', () => {
    const none = createPropagationRegistry();
    const fake: ItmBinding = {
      p2pTls: () => ({ ok: false, errorCode: 1100, message: 'fake', warnings: 0 }),
      areaTls: () => ({ ok: false, errorCode: 1017, message: 'fake', warnings: 0 }),
      warningMessages: () => [],
    };
    const withItm = createPropagationRegistry({ itm: fake });
    expect(none.forAreaClass('dense-residential', { hasProfile: true }).name).toBe('p1411-urban');
    expect(none.forAreaClass('high-rise', { hasProfile: false }).name).toBe('p1411-urban');
    expect(none.forAreaClass('underground', { hasProfile: false }).name).toBe('p1411-urban');
    expect(none.forAreaClass('suburban', { hasProfile: true }).name).toBe('p1411-low-suburban');
    expect(none.forAreaClass('rural', { hasProfile: true }).name).toBe('seamcat-hata-open');
    expect(withItm.forAreaClass('mountainous', { hasProfile: true }).name).toBe('itm-p2p');
    expect(withItm.forAreaClass('rural', { hasProfile: false }).name).toBe('itm-area');
    expect(withItm.evaluate('itm-area', query)).toMatchObject({ ok: false, code: '1017' });
    for (const c of AREA_CLASSES) expect(none.get(none.forAreaClass(c, { hasProfile: false }).name)).toBeDefined();
  });

  it('the real ITM binding runs area mode and p2p over a PFL', () => {
    const reg = defaultPropagationRegistry();
    const area = reg.evaluate('itm-area', { freqMHz: 920, distanceKm: 5, txHeightM: 20, rxHeightM: 2 });
    expect(area.ok && area.lossDb).toBeGreaterThan(freeSpaceLoss({ freqMHz: 920, distanceKm: 5 }).ok ? 100 : 0);
    const pfl = [50, 100, ...Array.from({ length: 51 }, (_, i) => 100 + 20 * Math.sin(i / 5))];
    const p2p = reg.evaluate('itm-p2p', { freqMHz: 920, distanceKm: 5, txHeightM: 20, rxHeightM: 2, profile: pfl });
    expect(p2p.ok).toBe(true);
    expect(reg.evaluate('itm-p2p', query)).toMatchObject({ ok: false });
  });

  it('every non-terrain model rejects NaN and negative distances', () => {
    const reg = defaultPropagationRegistry();
    fc.assert(fc.property(fc.constantFrom(...reg.names().filter((n) => !reg.get(n)?.needsProfile)), fc.constantFrom(NaN, -0.5, -Infinity), (name, d) => {
      const r = reg.evaluate(name, { ...query, distanceKm: d, logDistance: { exponent: 3, referenceDistanceM: 1 } });
      return !r.ok;
    }));
  });
});
