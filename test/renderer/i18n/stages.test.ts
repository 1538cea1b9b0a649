import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { en, ja } from '../../../renderer/i18n/messages';
import { applyLocale } from '../../../renderer/i18n/messages';
import { engineStageLabel } from '../../../renderer/i18n/stage-label';
import { applyZodLocale } from '../../../renderer/i18n/zod-locale';

/** Every stage name an engine reports through checkpoint(…, 'stage', …) or a `stage = '…'` default. */
function engineStages(dir: string): Set<string> {
  const out = new Set<string>();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { for (const s of engineStages(p)) out.add(s); continue; }
    if (!p.endsWith('.ts')) continue;
    const text = readFileSync(p, 'utf8');
    for (const m of text.matchAll(/checkpoint\(\w+, '([^']+)'/g)) out.add(m[1]);
    for (const m of text.matchAll(/\bstage = '([^']+)'/g)) out.add(m[1]);
  }
  return out;
}

describe('engine progress stages in the UI languages', () => {
  afterAll(() => applyLocale('en'));
  const stages = engineStages(new URL('../../../workers', import.meta.url).pathname);

  it('every stage an engine reports has an English and a Japanese label', () => {
    expect(stages.size).toBeGreaterThan(15);
    for (const s of stages) {
      expect(en, s).toHaveProperty([`stage.${s}`]);
      expect(ja, s).toHaveProperty([`stage.${s}`]);
    }
  });

  it('labels follow the UI language and unknown stages pass through', () => {
    applyLocale('ja');
    expect(engineStageLabel('links')).toBe('リンク計算');
    expect(engineStageLabel('something new')).toBe('something new');
    applyLocale('en');
    expect(engineStageLabel('best server')).toBe('best server');
    expect(engineStageLabel('N-1')).toBe('N-1 outages');
  });
});

describe('zod messages of renderer-side validation follow the UI language', () => {
  afterAll(() => applyZodLocale('en'));

  it('Japanese after switching to ja, English after switching back', async () => {
    const { z } = await import('zod');
    applyZodLocale('ja');
    expect(z.number().min(1).safeParse(0).error!.issues[0].message).toMatch(/以上/);
    applyZodLocale('en');
    expect(z.number().min(1).safeParse(0).error!.issues[0].message).toMatch(/Too small/);
  });
});
