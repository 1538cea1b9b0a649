import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, isAppOrigin, mimeTypeFor, resolveAppUrl, serveAppRequest } from '../../electron/app-protocol';
import { buildCsp } from '../../electron/csp';

const ROOT = path.resolve('/srv/fanplan/dist');

describe('resolveAppUrl', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppUrl('app://fanplan/index.html', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppUrl('app://fanplan/assets/main-abc.js?v=1#x', ROOT)).toBe(path.join(ROOT, 'assets', 'main-abc.js'));
    expect(resolveAppUrl('app://fanplan/assets/with%20space.png', ROOT)).toBe(path.join(ROOT, 'assets', 'with space.png'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppUrl('app://fanplan/', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppUrl('app://fanplan', ROOT)).toBe(path.join(ROOT, 'index.html'));
  });

  it.each([
    'app://fanplan/..%2f..%2fetc%2fpasswd',
    'app://fanplan/assets/..%2F..%2F..%2Fsecret',
    'app://fanplan/%2e%2e/%2e%2e/etc/passwd',
    'app://fanplan/assets%5c..%5c..%5csecret',
    'app://fanplan/a%00.js',
    'app://fanplan/C:%5cWindows%5cwin.ini',
    'app://fanplan/%E0%A4%A',
    'app://fanplan/%2fetc%2fpasswd/..',
  ])('refuses traversal: %s', (url) => {
    const r = resolveAppUrl(url, ROOT);
    if (r !== null) expect(path.relative(ROOT, r).startsWith('..')).toBe(false);
    expect(r === null || r.startsWith(ROOT + path.sep)).toBe(true);
  });

  it('refuses encoded parent segments outright', () => {
    expect(resolveAppUrl('app://fanplan/..%2f..%2fetc%2fpasswd', ROOT)).toBeNull();
    expect(resolveAppUrl('app://fanplan/a%00.js', ROOT)).toBeNull();
    expect(resolveAppUrl('app://fanplan/assets%5c..%5csecret', ROOT)).toBeNull();
  });

  it.each(['https://fanplan/index.html', 'file:///etc/passwd', 'app://other/index.html', 'app://user:pw@fanplan/index.html', 'not a url', ''])('refuses other origins: %s', (url) => {
    expect(resolveAppUrl(url, ROOT)).toBeNull();
  });
});

describe('isAppOrigin and privileges', () => {
  it('recognises only app://fanplan', () => {
    expect(isAppOrigin(APP_INDEX_URL)).toBe(true);
    expect(isAppOrigin('app://fanplan.evil.com/')).toBe(false);
    expect(isAppOrigin('http://localhost:5173/')).toBe(false);
  });

  it('registers a standard, secure, fetch- and stream-capable scheme that does not bypass CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, stream: true, bypassCSP: false });
  });
});

describe('mimeTypeFor', () => {
  it('types the files a Vite build emits', () => {
    expect(mimeTypeFor('index.html')).toMatch(/^text\/html/);
    expect(mimeTypeFor('a/b.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('x.mjs')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('x.css')).toMatch(/^text\/css/);
    expect(mimeTypeFor('x.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});

describe('serveAppRequest (real files)', () => {
  let dir = '';
  let root = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fanplan-serve-'));
    root = path.join(dir, 'dist');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>FANplan</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'top secret');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves a file with its type and the security headers', async () => {
    const res = await serveAppRequest({ url: 'app://fanplan/assets/app.js', method: 'GET' }, { rootDir: root });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1)');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('content-security-policy')).toBe(buildCsp());
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  it('serves index.html for the origin root and carries the basemap in the CSP', async () => {
    const res = await serveAppRequest({ url: 'app://fanplan/', method: 'GET' }, { rootDir: root, basemapOrigin: 'https://tiles.example.com' });
    expect(await res.text()).toContain('<title>FANplan</title>');
    expect(res.headers.get('content-security-policy')).toContain("img-src 'self' data: blob: https://tiles.example.com");
  });

  it('answers 404 (with headers) for missing files, directories and escapes', async () => {
    for (const url of ['app://fanplan/nope.js', 'app://fanplan/assets/', 'app://fanplan/..%2fsecret.txt', 'app://fanplan/../secret.txt']) {
      const res = await serveAppRequest({ url, method: 'GET' }, { rootDir: root });
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('top secret');
      expect(res.headers.get('content-security-policy')).toBe(buildCsp());
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serveAppRequest({ url: APP_INDEX_URL, method: 'HEAD' }, { rootDir: root });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await serveAppRequest({ url: APP_INDEX_URL, method: 'POST' }, { rootDir: root })).status).toBe(405);
  });
});
