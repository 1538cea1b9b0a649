/**
 * The Content-Security-Policy and cross-origin isolation headers every
 * `app://` response carries (DESIGN.md §4). The policy is strict by default:
 * only the app's own origin, plus `blob:` workers for MapLibre and `data:`
 * images/fonts. An optional online basemap origin is the only remote origin
 * ever allowed, and only for images and fetches (tiles).
 */

/** Options for {@link buildCsp}. */
export interface CspOptions {
  /** Origin of the user's optional online basemap, e.g. `https://tile.openstreetmap.org`. */
  basemapOrigin?: string | null;
}

/**
 * Normalise a user-configured basemap origin to `scheme://host[:port]`, or
 * throw when it is not a plain https origin (or http on localhost, for a
 * local tile server). Anything that could widen the policy, such as a
 * wildcard, a quote, a path or credentials, is rejected.
 */
export function normaliseBasemapOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`basemap origin is not a URL: ${JSON.stringify(value)}`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error(`basemap origin must use https: ${JSON.stringify(value)}`);
  }
  if (url.username || url.password || /[*'";\s]/.test(value)) {
    throw new Error(`basemap origin must be a plain origin: ${JSON.stringify(value)}`);
  }
  return url.origin;
}

/** Build the CSP header value; see the module comment for what it allows and why. */
export function buildCsp(options: CspOptions = {}): string {
  const remote = options.basemapOrigin ? ` ${normaliseBasemapOrigin(options.basemapOrigin)}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${remote}`,
    "worker-src 'self' blob:",
    `connect-src 'self' blob: data:${remote}`,
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * All security headers of an `app://` response. COOP/COEP make the renderer
 * cross-origin isolated, which `SharedArrayBuffer` (worker cancel flags) needs.
 */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': buildCsp(options),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}
