/**
 * Bounded gunzip: decompresses in a stream and stops as soon as the output
 * would exceed a limit, so a gzip bomb cannot exhaust memory. The size in the
 * gzip trailer is not trusted (a truncated or forged file lies about it).
 */
import { Gunzip } from 'fflate';

/** Outcome of {@link gunzipBounded}. */
export type GunzipResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt'; message: string };

const CHUNK = 1 << 20;

/** Decompress `data`, refusing outputs larger than `maxBytes`. */
export function gunzipBounded(data: Uint8Array, maxBytes: number): GunzipResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const stream = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else parts.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && !tooLarge; at += CHUNK) stream.push(data.subarray(at, Math.min(data.length, at + CHUNK)), at + CHUNK >= data.length);
  } catch (e) {
    return { ok: false, reason: 'corrupt', message: `the gzip stream is corrupt or truncated (${(e as Error).message})` };
  }
  if (tooLarge) return { ok: false, reason: 'too-large', message: `the file decompresses to more than the ${maxBytes}-byte limit` };
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return { ok: true, bytes: out };
}
