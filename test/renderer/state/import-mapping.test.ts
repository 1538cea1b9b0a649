import { describe, expect, it } from 'vitest';
import type { AttributeSummary } from '../../../workers/clients/import-client';
import { classNamedBy, classTotals, draftFor, guessAttribute, toMapping, unmappedFeatures } from '../../../renderer/state/import-mapping';

const attr = (name: string, values: [string, number][]): AttributeSummary => ({ name, distinct: values.length, values: values.map(([value, count]) => ({ value, count })) });

describe('area attribute → class mapping', () => {
  const wards = attr('name_ja_rm', [['Kita-Ku', 1], ['Chuo-Ku', 1], ['Abeno-ku', 1]]);
  const city = attr('city', [['osaka', 3]]);
  const landuse = attr('landuse', [['residential', 4], ['farmland', 2]]);
  const cls = attr('zone', [['Rural', 2], ['high-rise', 1], ['park', 1]]);

  it('guesses the attribute: one naming classes, else a conventional name, else the fewest distinct values (≥ 2)', () => {
    expect(guessAttribute([wards, cls, landuse])).toBe('zone');
    expect(guessAttribute([wards, city, landuse])).toBe('landuse');
    expect(guessAttribute([wards, city])).toBe('name_ja_rm');
    expect(guessAttribute([city])).toBe('city');
    expect(guessAttribute([])).toBeNull();
  });

  it('pre-maps values that name a class (case-insensitive) and leaves the others unmapped', () => {
    expect(classNamedBy(' Rural ')).toBe('rural');
    expect(classNamedBy('park')).toBe('');
    const d = draftFor(cls);
    expect(d).toEqual({ attribute: 'zone', valueToClass: { Rural: 'rural', 'high-rise': 'high-rise', park: '' }, defaultClass: 'suburban' });
    expect(unmappedFeatures(cls, d)).toBe(1);
  });

  it('turns the draft into the importer mapping, dropping unmapped values and an empty default', () => {
    const d = { ...draftFor(wards, ''), valueToClass: { 'Kita-Ku': 'high-rise' as const, 'Chuo-Ku': 'high-rise' as const, 'Abeno-ku': '' as const } };
    expect(toMapping(d)).toEqual({ attribute: 'name_ja_rm', valueToClass: { 'Kita-Ku': 'high-rise', 'Chuo-Ku': 'high-rise' } });
    expect(classTotals(wards, d)).toEqual({ 'high-rise': 2, rejected: 1 });
    const withDefault = { ...d, defaultClass: 'dense-residential' as const };
    expect(toMapping(withDefault).defaultClass).toBe('dense-residential');
    expect(classTotals(wards, withDefault)).toEqual({ 'high-rise': 2, 'dense-residential': 1 });
  });

  it('without attributes every feature takes the default class (no attribute matches)', () => {
    const m = toMapping(draftFor(undefined, 'rural'));
    expect(m.defaultClass).toBe('rural');
    expect(m.valueToClass).toEqual({});
    expect(m.attribute).not.toBe('class');
  });
});
