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

/** Directives a `<meta http-equiv>` policy cannot carry (browsers ignore them there, with a warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The same policy for renderer/index.html's `<meta http-equiv="Content-Security-Policy">`:
 * {@link buildCsp} without the header-only directives. The meta makes the
 * policy visible to static scanners and applies it under `npm run web` too;
 * in the app both apply and the stricter header wins where they differ.
 */
export function cspMetaContent(options: CspOptions = {}): string {
  return buildCsp(options).split('; ').filter((d) => !HEADER_ONLY.has(d.split(' ')[0])).join('; ');
}

/**
 * Put the policy for `options` into an HTML page's CSP meta tag (the page is
 * built with the offline policy; an online basemap origin must be allowed by
 * both policies, or the meta would block its tiles). Pages without the tag
 * are returned unchanged.
 */
export function withCspMeta(html: string, options: CspOptions = {}): string {
  const offline = cspMetaContent();
  const current = cspMetaContent(options);
  return current === offline ? html : html.split(`content="${offline}"`).join(`content="${current}"`);
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
