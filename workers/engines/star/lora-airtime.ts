/**
 * LoRa time on air, Semtech SX1276/77/78/79 datasheet §4.1.1.7 and
 * application note AN1200.13 ("LoRa Modem Designer's Guide"):
 *
 *   T_sym      = 2^SF / BW
 *   T_preamble = (n_preamble + 4.25)·T_sym
 *   n_payload  = 8 + max(ceil((8·PL − 4·SF + 28 + 16·CRC − 20·IH) / (4·(SF − 2·DE)))·(CR + 4), 0)
 *   T_packet   = T_preamble + n_payload·T_sym
 *
 * PL payload bytes (the PHY payload: LoRaWAN MAC header + FRMPayload + MIC),
 * CRC = 1 when the payload CRC is on, IH = 1 for implicit header, DE = 1 when
 * low-data-rate optimisation is on (mandatory when T_sym > 16 ms, i.e. SF11
 * and SF12 at 125 kHz), CR = 1…4 for coding rates 4/5…4/8.
 * Validity: SF 6–12, BW > 0, PL 0–255 B (errors outside).
 */

/** Modem settings of {@link loraAirtimeMs}. */
export interface LoraModem {
  sf: number;
  bandwidthHz: number;
  /** 1…4 for CR 4/5…4/8. */
  codingRate: number;
  preambleSymbols: number;
  explicitHeader: boolean;
  crc: boolean;
  /** Low-data-rate optimisation; default: on when T_sym exceeds `ldroAboveSymbolMs` (16 ms). */
  lowDataRateOptimize?: boolean;
  ldroAboveSymbolMs?: number;
}

/** Symbol time T_sym = 2^SF / BW, ms. */
export function loraSymbolMs(sf: number, bandwidthHz: number): number {
  return (2 ** sf / bandwidthHz) * 1000;
}

function check(payloadBytes: number, m: LoraModem): void {
  if (!Number.isInteger(m.sf) || m.sf < 6 || m.sf > 12) throw new RangeError(`sf must be an integer within 6…12, got ${m.sf}`);
  if (!(m.bandwidthHz > 0)) throw new RangeError(`bandwidthHz must be > 0, got ${m.bandwidthHz}`);
  if (!Number.isInteger(m.codingRate) || m.codingRate < 1 || m.codingRate > 4) throw new RangeError(`codingRate must be 1…4, got ${m.codingRate}`);
  if (!Number.isInteger(payloadBytes) || payloadBytes < 0 || payloadBytes > 255) throw new RangeError(`payloadBytes must be an integer within 0…255, got ${payloadBytes}`);
}

/** Number of payload symbols n_payload (including the 8 header symbols). */
export function loraPayloadSymbols(payloadBytes: number, m: LoraModem): number {
  check(payloadBytes, m);
  const tSym = loraSymbolMs(m.sf, m.bandwidthHz);
  const de = (m.lowDataRateOptimize ?? tSym > (m.ldroAboveSymbolMs ?? 16)) ? 1 : 0;
  const ih = m.explicitHeader ? 0 : 1;
  const num = 8 * payloadBytes - 4 * m.sf + 28 + 16 * (m.crc ? 1 : 0) - 20 * ih;
  return 8 + Math.max(Math.ceil(num / (4 * (m.sf - 2 * de))) * (m.codingRate + 4), 0);
}

/** Time on air of one LoRa packet, ms. */
export function loraAirtimeMs(payloadBytes: number, m: LoraModem): number {
  const tSym = loraSymbolMs(m.sf, m.bandwidthHz);
  return (m.preambleSymbols + 4.25) * tSym + loraPayloadSymbols(payloadBytes, m) * tSym;
}
