import { describe, expect, it } from 'vitest';
import { loraAirtimeMs, loraPayloadSymbols, loraSymbolMs } from '../../../workers/engines/star/lora-airtime';
import { loraModem } from '../../../workers/engines/star/presets';

/*
 * Semtech SX1276 datasheet §4.1.1.7 / AN1200.13, BW 125 kHz, CR 4/5 (CR = 1),
 * 8-symbol preamble, explicit header (IH = 0), CRC on, DE = 1 for SF11/12:
 *   T_sym = 2^SF / 125 kHz: SF7 1.024, SF8 2.048, SF9 4.096, SF10 8.192, SF11 16.384, SF12 32.768 ms
 *   n_payload = 8 + ceil((8·PL − 4·SF + 28 + 16) / (4·(SF − 2·DE)))·5
 *   T = (8 + 4.25 + n_payload)·T_sym
 *
 * PL = 11 B: numerator 132 − 4·SF
 *   SF7  104/28 = 3.71 → 4 → 28 sym → 40.25 × 1.024  =   41.216 ms
 *   SF8  100/32 = 3.13 → 4 → 28 sym → 40.25 × 2.048  =   82.432 ms
 *   SF9   96/36 = 2.67 → 3 → 23 sym → 35.25 × 4.096  =  144.384 ms
 *   SF10  92/40 = 2.30 → 3 → 23 sym → 35.25 × 8.192  =  288.768 ms
 *   SF11  88/36 = 2.44 → 3 → 23 sym → 35.25 × 16.384 =  577.536 ms
 *   SF12  84/40 = 2.10 → 3 → 23 sym → 35.25 × 32.768 = 1155.072 ms
 * PL = 24 B: numerator 236 − 4·SF
 *   SF7  208/28 = 7.43 → 8 → 48 sym → 60.25 × 1.024  =   61.696 ms
 *   SF8  204/32 = 6.38 → 7 → 43 sym → 55.25 × 2.048  =  113.152 ms
 *   SF9  200/36 = 5.56 → 6 → 38 sym → 50.25 × 4.096  =  205.824 ms
 *   SF10 196/40 = 4.90 → 5 → 33 sym → 45.25 × 8.192  =  370.688 ms
 *   SF11 192/36 = 5.33 → 6 → 38 sym → 50.25 × 16.384 =  823.296 ms
 *   SF12 188/40 = 4.70 → 5 → 33 sym → 45.25 × 32.768 = 1482.752 ms
 * PL = 51 B: numerator 452 − 4·SF
 *   SF7  424/28 = 15.14 → 16 → 88 sym → 100.25 × 1.024  =  102.656 ms
 *   SF8  420/32 = 13.13 → 14 → 78 sym →  90.25 × 2.048  =  184.832 ms
 *   SF9  416/36 = 11.56 → 12 → 68 sym →  80.25 × 4.096  =  328.704 ms
 *   SF10 412/40 = 10.30 → 11 → 63 sym →  75.25 × 8.192  =  616.448 ms
 *   SF11 408/36 = 11.33 → 12 → 68 sym →  80.25 × 16.384 = 1314.816 ms
 *   SF12 404/40 = 10.10 → 11 → 63 sym →  75.25 × 32.768 = 2465.792 ms
 */
const HAND: Record<number, { sym: number[]; ms: number[] }> = {
  11: { sym: [28, 28, 23, 23, 23, 23], ms: [41.216, 82.432, 144.384, 288.768, 577.536, 1155.072] },
  24: { sym: [48, 43, 38, 33, 38, 33], ms: [61.696, 113.152, 205.824, 370.688, 823.296, 1482.752] },
  51: { sym: [88, 78, 68, 63, 68, 63], ms: [102.656, 184.832, 328.704, 616.448, 1314.816, 2465.792] },
};
/** DOMAIN-PARAMETERS §2.2, "ToA 24 B / 51 B (DERIVED)", rounded to the ms. */
const DOMAIN_PARAMETERS_DERIVED: Record<number, [number, number]> = { 7: [62, 103], 8: [113, 185], 9: [206, 329], 10: [371, 616], 11: [823, 1315], 12: [1483, 2466] };
const SFS = [7, 8, 9, 10, 11, 12];

describe('LoRa time on air (Semtech formula)', () => {
  it('has the symbol times 2^SF / 125 kHz', () => {
    expect(SFS.map((sf) => loraSymbolMs(sf, 125_000))).toEqual([1.024, 2.048, 4.096, 8.192, 16.384, 32.768]);
  });

  for (const pl of [11, 24, 51]) {
    it(`matches the hand-computed values for ${pl} B, SF7–SF12, 125 kHz, CR 4/5`, () => {
      SFS.forEach((sf, i) => {
        expect(loraPayloadSymbols(pl, loraModem(sf))).toBe(HAND[pl].sym[i]);
        expect(loraAirtimeMs(pl, loraModem(sf))).toBeCloseTo(HAND[pl].ms[i], 9);
      });
    });
  }

  it('reproduces the DERIVED 24 B / 51 B figures of DOMAIN-PARAMETERS §2.2 to the millisecond', () => {
    for (const sf of SFS) {
      expect(Math.round(loraAirtimeMs(24, loraModem(sf)))).toBe(DOMAIN_PARAMETERS_DERIVED[sf][0]);
      expect(Math.round(loraAirtimeMs(51, loraModem(sf)))).toBe(DOMAIN_PARAMETERS_DERIVED[sf][1]);
    }
  });

  it('turns low-data-rate optimisation on only above 16 ms symbols, and honours an explicit setting', () => {
    // SF10 without LDRO: 24 B → 33 symbols; forcing DE = 1: ceil(196/32) = 7 → 8 + 35 = 43 symbols.
    expect(loraPayloadSymbols(24, { ...loraModem(10), lowDataRateOptimize: true })).toBe(43);
    // SF12 with LDRO forced off: ceil(188/48) = 4 → 28 symbols.
    expect(loraPayloadSymbols(24, { ...loraModem(12), lowDataRateOptimize: false })).toBe(28);
  });

  it('rejects nonsense inputs', () => {
    expect(() => loraAirtimeMs(24, loraModem(13))).toThrow(/sf/);
    expect(() => loraAirtimeMs(-1, loraModem(7))).toThrow(/payloadBytes/);
    expect(() => loraAirtimeMs(300, loraModem(7))).toThrow(/payloadBytes/);
  });
});
