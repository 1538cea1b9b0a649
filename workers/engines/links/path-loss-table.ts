/**
 * Tabulated path loss versus distance for registry models that depend only
 * on distance for a given frequency and terminal heights (P.1411 site-general,
 * Hata family, P.525, log-distance). Mesh link building evaluates millions of
 * links; the table (log-spaced, 2,048 points from 1 m to the maximum range,
 * linear interpolation in log-distance) keeps that fast. Its interpolation
 * error is checked against direct evaluation in the tests (< 0.01 dB).
 */
import type { PropagationRegistry } from '../propagation/registry';

const POINTS = 2048;

export class PathLossTable {
  private readonly lossDb: Float64Array;
  private readonly logMin: number;
  private readonly step: number;
  /** Warnings the model raised anywhere in the table (e.g. out of validity range). */
  readonly warnings: string[];

  constructor(registry: PropagationRegistry, model: string, q: { freqMHz: number; txHeightM: number; rxHeightM: number; locationPercent?: number }, minM: number, maxM: number) {
    this.logMin = Math.log(minM);
    this.step = (Math.log(maxM) - this.logMin) / (POINTS - 1);
    this.lossDb = new Float64Array(POINTS);
    const warn = new Set<string>();
    for (let i = 0; i < POINTS; i++) {
      const dM = Math.exp(this.logMin + i * this.step);
      const r = registry.evaluate(model, { ...q, distanceKm: dM / 1000 });
      if (!r.ok) throw new RangeError(`${model} at ${dM.toFixed(1)} m: ${r.error}`);
      for (const w of r.warnings) warn.add(w.replace(/[-0-9.]+ ?(k?m)\b/g, '…$1'));
      this.lossDb[i] = r.lossDb;
    }
    this.warnings = [...warn];
  }

  /** Path loss at `distanceM` (clamped to the table range). */
  at(distanceM: number): number {
    const u = (Math.log(distanceM) - this.logMin) / this.step;
    if (!(u > 0)) return this.lossDb[0];
    const i = Math.floor(u);
    if (i >= POINTS - 1) return this.lossDb[POINTS - 1];
    const f = u - i;
    return this.lossDb[i] * (1 - f) + this.lossDb[i + 1] * f;
  }
}
