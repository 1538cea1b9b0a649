// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fmtNumber, fmtPercent } from '../../../renderer/i18n/format';
import { applyLocale, currentLocale, detectLocale, en, ja, t } from '../../../renderer/i18n/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => { applyLocale('en'); localStorage.clear(); });

describe('i18n catalogues', () => {
  it('Japanese has exactly the English keys, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(ja)) expect(v.trim(), k).not.toBe('');
  });

  it('every translation keeps the same placeholders', () => {
    for (const k of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(ja[k]), k).toEqual(placeholders(en[k]));
  });

  it('uses the domain terms planners in Japan expect', () => {
    const all = Object.values(ja).join('\n');
    for (const term of ['スマートメーター', 'コレクタ', '集約装置', 'メッシュ', '電力線通信（PLC）', '読み取り成功率', '基地局']) {
      expect(all.includes(term), term).toBe(true);
    }
  });

  it('t() fills placeholders, leaves unknown ones, and follows the language', () => {
    expect(t('tree.meters', { n: 5 })).toBe('5 meters');
    expect(t('settings.urlInvalid')).toContain('{z}');
    applyLocale('ja');
    expect(currentLocale()).toBe('ja');
    expect(t('tree.meters', { n: 5 })).toBe('メーター 5 台');
    expect(document.documentElement.lang).toBe('ja');
  });

  it('remembers the language in localStorage', () => {
    applyLocale('ja');
    expect(localStorage.getItem('fanplan.locale')).toBe('ja');
    expect(detectLocale()).toBe('ja');
    localStorage.clear();
    expect(detectLocale()).toBe('en');
  });

  it('formats numbers for the locale with ASCII digits', () => {
    expect(fmtNumber(123456.78, 1)).toBe('123,456.8');
    applyLocale('ja');
    expect(fmtNumber(123456.78, 1)).toBe('123,456.8');
    expect(fmtPercent(0.995)).toBe('99.5%');
    expect(fmtNumber(NaN)).toBe('—');
  });
});
