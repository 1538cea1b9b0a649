/**
 * Benchmark helpers. Each bench/*.bench.ts file runs in its own Node process
 * (see bench/run.ts) so its peak memory is its own. Figures are printed, never
 * asserted: speed goals are reported as ratios against a peer measured in the
 * same run, or against a stated reference figure.
 */

/** Peak resident set size of this process so far, MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Wall-clock seconds of one call (with result, to keep it alive). */
export async function timeOnce<T>(fn: () => T | Promise<T>): Promise<{ seconds: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { seconds: (performance.now() - t0) / 1000, result };
}

/**
 * Median microseconds per call of a fast function: runs batches until
 * `minMs` have elapsed, at least `minBatches` batches.
 */
export function microsPerCall(fn: () => unknown, { batch = 1000, minMs = 300, minBatches = 5 } = {}): number {
  const samples: number[] = [];
  let sink: unknown;
  const t0 = performance.now();
  while (samples.length < minBatches || performance.now() - t0 < minMs) {
    const s = performance.now();
    for (let i = 0; i < batch; i++) sink = fn();
    samples.push(((performance.now() - s) * 1000) / batch);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

/** Print a titled table of rows (objects with the same keys). */
export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n## ${title}`);
  if (!rows.length) return;
  const keys = Object.keys(rows[0]);
  const cells = rows.map((r) => keys.map((k) => fmt(r[k])));
  const widths = keys.map((k, i) => Math.max(k.length, ...cells.map((c) => c[i].length)));
  console.log(keys.map((k, i) => k.padEnd(widths[i])).join('  '));
  for (const c of cells) console.log(c.map((v, i) => v.padStart(widths[i])).join('  '));
}

function fmt(v: string | number): string {
  if (typeof v === 'string') return v;
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
}
