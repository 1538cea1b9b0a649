/**
 * The CSP as the renderer sees it (RELIABILITY.md §1): renderer/index.html
 * carries the same policy as electron/csp.ts in a meta tag (so scanners and
 * `npm run web` see it), and the app:// handler serves pages whose meta and
 * header agree, also when an online basemap origin widens the policy.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../electron/app-protocol';
import { buildCsp, cspMetaContent, withCspMeta } from '../../electron/csp';

const ROOT = path.resolve(__dirname, '../..');
const metaOf = (html: string) => [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((m) => m[1]);
const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

describe('CSP meta tag in renderer/index.html', () => {
  it('holds exactly one policy, equal to cspMetaContent(), before any script', async () => {
    const html = await readFile(path.join(ROOT, 'renderer/index.html'), 'utf8');
    expect(metaOf(html)).toEqual([cspMetaContent()]);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('is the header policy without the directives a meta tag cannot carry', () => {
    const header = directives(buildCsp());
    const meta = directives(cspMetaContent());
    expect([...header.keys()].filter((k) => !meta.has(k))).toEqual(['frame-ancestors']);
    for (const [k, v] of meta) expect(header.get(k)).toEqual(v);
  });

  it('has no unsafe script source and no remote origin while offline', () => {
    const meta = directives(cspMetaContent());
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(cspMetaContent()).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('served pages', () => {
  const page = `<html><head><meta http-equiv="Content-Security-Policy" content="${cspMetaContent()}" /></head></html>`;
  const readFile = async () => new TextEncoder().encode(page);

  it('keep the offline meta and header when no basemap is configured', async () => {
    const res = await serveAppRequest({ url: 'app://fanplan/index.html', method: 'GET' }, { rootDir: '/r', readFile });
    expect(metaOf(await res.text())).toEqual([cspMetaContent()]);
    expect(res.headers.get('content-security-policy')).toBe(buildCsp());
  });

  it('carry the basemap origin in both the meta and the header, so neither blocks the tiles', async () => {
    const basemapOrigin = 'https://tiles.example.org';
    const res = await serveAppRequest({ url: 'app://fanplan/index.html', method: 'GET' }, { rootDir: '/r', readFile, basemapOrigin });
    const body = await res.text();
    expect(metaOf(body)).toEqual([cspMetaContent({ basemapOrigin })]);
    expect(res.headers.get('content-length')).toBe(String(new TextEncoder().encode(body).byteLength));
    expect(directives(metaOf(body)[0]).get('connect-src')).toContain(basemapOrigin);
    expect(res.headers.get('content-security-policy')).toBe(buildCsp({ basemapOrigin }));
  });

  it('leave non-HTML files byte for byte', async () => {
    const res = await serveAppRequest({ url: 'app://fanplan/a.js', method: 'GET' }, { rootDir: '/r', readFile, basemapOrigin: 'https://tiles.example.org' });
    expect(await res.text()).toBe(page);
    expect(withCspMeta('<p>no meta</p>', { basemapOrigin: 'https://tiles.example.org' })).toBe('<p>no meta</p>');
  });
});
