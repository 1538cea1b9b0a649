/**
 * Which usable PLC links a meter keeps (at most `k`). On a LV network every
 * meter hears many others; keeping only the k lowest-attenuation ones would
 * keep the siblings on its own tap and could cut the far end of a feeder off
 * from the concentrator. So a meter keeps:
 * 1. its best concentrator link;
 * 2. upstream relays (nearer the concentrator than itself, by attenuation
 *    from the concentrator): half of the places to those that make the most
 *    progress (lowest attenuation from the concentrator), the rest to the most
 *    reliable (lowest link attenuation);
 * 3. up to two lateral/downstream links, best first (backup parents, N-1
 *    re-homing to another concentrator).
 * Every meter with a usable upstream link thus keeps one, so a chain towards
 * the concentrator survives wherever one exists among usable links.
 */

/** A usable link from the meter being processed. */
export interface Candidate {
  /** Graph node of the far end. */
  g: number;
  att: number;
  snr: number;
  /** Attenuation from the concentrator to the far end (−Infinity for a concentrator). */
  progress: number;
  /** Far end is a concentrator or nearer to one than this meter. */
  up: boolean;
}

const LATERAL = 2;
const upScratch: Candidate[] = [], byProgress: Candidate[] = [];
const taken = new Set<Candidate>();

/** Pick at most k links from `usable` (given in ascending attenuation). */
export function selectNeighbours(usable: readonly Candidate[], k: number): Candidate[] {
  const out: Candidate[] = [];
  selectInto(usable, usable.length, k, out);
  return out;
}

/** {@link selectNeighbours} over the first n entries of `usable`, into `out` (cleared); no allocation per call. */
export function selectInto(usable: readonly Candidate[], n: number, k: number, out: Candidate[]): void {
  out.length = 0;
  taken.clear();
  upScratch.length = 0;
  let lateral = 0, conc: Candidate | undefined;
  for (let i = 0; i < n; i++) {
    const c = usable[i];
    if (!c.up) { lateral++; continue; }
    upScratch.push(c);
    if (!conc && c.progress === -Infinity) conc = c;
  }
  const take = (c: Candidate) => { if (out.length < k && !taken.has(c)) { taken.add(c); out.push(c); } };
  if (conc) take(conc);
  const upSlots = Math.max(1, k - Math.min(LATERAL, lateral));
  const half = Math.ceil(upSlots / 2);
  if (out.length < half) {
    byProgress.length = 0;
    for (const c of upScratch) byProgress.push(c);
    byProgress.sort((a, b) => a.progress - b.progress || a.att - b.att);
    for (const c of byProgress) { if (out.length >= half) break; take(c); }
  }
  for (const c of upScratch) { if (out.length >= upSlots) break; take(c); }
  for (let i = 0; i < n && out.length < k; i++) if (!usable[i].up) take(usable[i]);
  for (const c of upScratch) take(c);
}
