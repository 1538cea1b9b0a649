/**
 * The privileged `app://` scheme the renderer is served from. Serving from a
 * custom standard scheme (not `file://`) gives the renderer a real origin, so
 * the CSP, `'self'`, COOP/COEP and the IPC sender check all work, and it
 * keeps every request inside the built renderer directory.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import path from 'node:path';
import { securityHeaders, withCspMeta, type CspOptions } from './csp';

/** The custom scheme name. */
export const APP_SCHEME = 'app';
/** The single host under the scheme; the origin is `app://fanplan`. */
export const APP_HOST = 'fanplan';
/** The renderer's entry page. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`: standard (real
 * origin, relative URLs), secure (a secure context, needed for
 * `crossOriginIsolated`), fetch API and streaming. No CSP bypass, and no
 * `corsEnabled`: the renderer's own requests are same-origin, and leaving it
 * off keeps app:// unreadable from any other origin.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: false, bypassCSP: false } as const;

/** Whether `url` is on the app origin (`app://fanplan`). Node reports `null` as origin for custom schemes, so scheme and host are compared. */
export function isAppOrigin(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * Map an `app://fanplan/...` URL to a file under `rootDir`, or `null` when the
 * URL is on another origin or tries to leave `rootDir` (`..`, encoded
 * separators, NUL, backslashes, drive letters). `/` maps to `index.html`.
 */
export function resolveAppUrl(url: string, rootDir: string): string | null {
  if (!isAppOrigin(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(pathname)) return null;
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return null;
  if (segments.length === 0) segments.push('index.html');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
  '.gz': 'application/gzip',
};

/** The Content-Type for a file name, by extension; unknown types are served as opaque bytes (with `nosniff`). */
export function mimeTypeFor(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Dependencies of {@link serveAppRequest}. */
export interface ServeOptions extends CspOptions {
  rootDir: string;
  readFile?: (file: string) => Promise<Uint8Array>;
}

/**
 * Answer one `app://` request (the body of `protocol.handle`): GET/HEAD only,
 * files from `rootDir` only, every response with the security headers.
 */
export async function serveAppRequest(request: { url: string; method: string }, options: ServeOptions): Promise<Response> {
  const headers = securityHeaders(options);
  const text = (status: number, body: string) => new Response(body, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'method not allowed');
  const file = resolveAppUrl(request.url, options.rootDir);
  if (file === null) return text(404, 'not found');
  let body: Uint8Array;
  try {
    body = await (options.readFile ?? fsReadFile)(file);
  } catch {
    return text(404, 'not found');
  }
  if (options.basemapOrigin && path.extname(file).toLowerCase() === '.html') {
    body = new TextEncoder().encode(withCspMeta(new TextDecoder().decode(body), options));
  }
  const all = { ...headers, 'Content-Type': mimeTypeFor(file), 'Content-Length': String(body.byteLength) };
  return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers: all });
}
