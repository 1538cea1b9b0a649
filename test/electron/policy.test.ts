import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, permissionPolicy, secureWebPreferences, windowOpenPolicy } from '../../electron/policy';

describe('secureWebPreferences', () => {
  it('writes out every security switch', () => {
    const p = secureWebPreferences('/app/dist-electron/preload.cjs');
    expect(p).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app origin only', () => {
    expect(isAllowedNavigation('app://fanplan/index.html')).toBe(true);
    expect(isAllowedNavigation('app://fanplan/#/report')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///home/user/plan.fanplan',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'app://evil/index.html',
    'app://fanplan.evil.com/',
    'APP://FANPLAN@evil.com/',
    '',
  ])('denies %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('windowOpenPolicy and permissionPolicy', () => {
  it('denies every new window', () => {
    expect(windowOpenPolicy()).toEqual({ action: 'deny' });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'unknown'])('refuses %s, even from the app origin', (permission) => {
    expect(permissionPolicy(permission, 'app://fanplan')).toBe(false);
    expect(permissionPolicy(permission, 'https://example.com')).toBe(false);
  });
});
