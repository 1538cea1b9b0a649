import { afterEach, describe, expect, it } from 'vitest';
import { explainMeshReason, REASON_NAMES } from '../../../workers/clients/mesh-client';
import { applyLocale } from '../../../renderer/i18n/messages';
import { reasonSentence } from '../../../renderer/results/why';
import type { MediumEntry } from '../../../renderer/results/types';
import { smallTown } from '../fixture';

function meshEntry(reason: number, marginDb: number): MediumEntry {
  const doc = smallTown();
  const n = 1;
  return {
    medium: 'mesh', key: 'k', doc, scope: { kind: 'project' }, mode: 'full', hopLimit: 8, loads: [], warnings: [], elapsedMs: 0, finishedAt: 0,
    meters: { count: n, simulated: n, serverIds: [], dailyReadSuccess: Float32Array.of(0), hops: Float32Array.of(NaN), marginDb: Float32Array.of(marginDb), reason: Uint8Array.of(reason), connected: Uint8Array.of(0), server: Int32Array.of(-1), parent: Int32Array.of(-1) },
  };
}

describe('why unconnected', () => {
  afterEach(() => applyLocale('en'));

  it('uses the engine sentence in English and a translation in Japanese for every reason', () => {
    for (let r = 0; r < REASON_NAMES.length; r++) {
      applyLocale('en');
      expect(reasonSentence(meshEntry(r, -3.4), 0)).toBe(explainMeshReason(r, -3.4, 8));
      applyLocale('ja');
      const ja = reasonSentence(meshEntry(r, -3.4), 0);
      expect(ja).not.toBe(explainMeshReason(r, -3.4, 8));
      expect(ja).not.toMatch(/\{\w+\}/);
    }
    applyLocale('ja');
    expect(reasonSentence(meshEntry(2, -3.4), 0)).toContain('-3.4');
    expect(reasonSentence(meshEntry(2, -Infinity), 0)).toContain('無線到達範囲');
  });
});
