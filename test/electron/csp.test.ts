import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCsp, normaliseBasemapOrigin, securityHeaders } from '../../electron/csp';
import { loadShellSettings } from '../../electron/settings';

const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('buildCsp', () => {
  it('is the strict offline policy by default', () => {
    expect(buildCsp()).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self' blob: data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
  });

  it('adds the basemap origin to img-src and connect-src only', () => {
    const d = directives(buildCsp({ basemapOrigin: 'https://tiles.example.com/{z}/{x}/{y}.png' }));
    expect(d['img-src']).toContain('https://tiles.example.com');
    expect(d['connect-src']).toContain('https://tiles.example.com');
    for (const k of ['default-src', 'script-src', 'style-src', 'worker-src', 'font-src']) expect(d[k].join(' ')).not.toContain('example.com');
  });

  it('treats null basemap as offline', () => {
    expect(buildCsp({ basemapOrigin: null })).toBe(buildCsp());
  });

  it.each(['http://tiles.example.com', 'https://*.example.com', "https://a.com 'unsafe-eval'", 'https://u:p@a.com', 'not a url', 'javascript:alert(1)', 'data:text/html,x'])('rejects %s as a basemap origin', (bad) => {
    expect(() => normaliseBasemapOrigin(bad)).toThrow(/basemap origin/);
  });

  it('allows a local http tile server and keeps the port', () => {
    expect(normaliseBasemapOrigin('http://localhost:8080/tiles')).toBe('http://localhost:8080');
  });
});

describe('securityHeaders', () => {
  it('makes the renderer cross-origin isolated', () => {
    const h = securityHeaders();
    expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(h['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(h['Content-Security-Policy']).toBe(buildCsp());
    expect(h['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('loadShellSettings', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('defaults to offline when the file is missing', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fanplan-settings-'));
    expect(await loadShellSettings(path.join(dir, 'settings.json'))).toEqual({ settings: { basemapOrigin: null } });
  });

  it('reads and normalises a basemap origin', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fanplan-settings-'));
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ onlineBasemapOrigin: 'https://tile.example.org/x' }));
    expect((await loadShellSettings(path.join(dir, 'settings.json'))).settings.basemapOrigin).toBe('https://tile.example.org');
  });

  it('falls back to offline with a warning for an invalid origin or corrupt file', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fanplan-settings-'));
    await writeFile(path.join(dir, 'a.json'), JSON.stringify({ onlineBasemapOrigin: 'https://*' }));
    await writeFile(path.join(dir, 'b.json'), '{not json');
    for (const f of ['a.json', 'b.json']) {
      const r = await loadShellSettings(path.join(dir, f));
      expect(r.settings.basemapOrigin).toBeNull();
      expect(r.warning).toMatch(/ignoring/);
    }
  });
});
