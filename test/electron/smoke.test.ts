/**
 * Electron smoke test (DESIGN.md §4–5): launches the real app with
 * FANPLAN_SMOKE=1, which makes main.ts report what the page sees and quit.
 * It runs only where the Electron binary is already present; it never
 * downloads it, and says why when it skips.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const { electronPackageDir, locateElectronBinary } = await import(pathToFileURL(path.join(ROOT, 'scripts/start.mjs')).href);
const found: { ok: true; path: string } | { ok: false; reason: string } = locateElectronBinary(electronPackageDir(process.env), process.env);
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const hasXvfb = needsDisplay && spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined;
const skipReason = !found.ok
  ? `Electron smoke test skipped: the Electron binary is not present (${found.reason}); it is never downloaded by tests`
  : needsDisplay && !hasXvfb ? 'Electron smoke test skipped: no display and no xvfb-run' : null;
if (skipReason) console.warn(skipReason);

describe('Electron smoke', () => {
  it('opens the window on app:// with exactly the preload API and no Node', (ctx) => {
    if (skipReason || !found.ok) return ctx.skip(skipReason ?? 'no binary');
    const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'electron/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const args = [ROOT, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
    const [cmd, cmdArgs] = needsDisplay ? ['xvfb-run', ['-a', found.path, ...args]] : [found.path, args];
    const run = spawnSync(cmd, cmdArgs, { cwd: ROOT, encoding: 'utf8', timeout: 45_000, env: { ...process.env, FANPLAN_SMOKE: '1', ELECTRON_ENABLE_LOGGING: '0' } });
    const line = run.stdout.split('\n').find((l) => l.startsWith('FANPLAN_SMOKE '));
    expect(line, `no smoke report; stderr:\n${run.stderr}`).toBeDefined();
    const report = JSON.parse(line!.slice('FANPLAN_SMOKE '.length));
    expect(report).toEqual({
      keys: ['clearRecovery', 'listRecent', 'newDocument', 'onMenuCommand', 'openProject', 'openRecent', 'printReportPdf', 'readRecovery', 'saveProject', 'saveProjectAs', 'setDocumentState', 'writeRecovery'],
      require: 'undefined',
      process: 'undefined',
      isolated: true,
      origin: 'app://fanplan',
    });
    expect(run.status).toBe(0);
  });
});
