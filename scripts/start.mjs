#!/usr/bin/env node
/**
 * `npm start`: launch the FANplan desktop app.
 *
 * 1. Find the Electron binary. Electron 42+ has no install script: the binary
 *    is downloaded by node_modules/electron/install.js the first time
 *    `require('electron')` runs (index.js reads path.txt and looks under
 *    dist/). We never require the package; we read path.txt ourselves and, if
 *    the binary is missing, run install.js once in a child process with a
 *    timeout, so an offline machine fails fast instead of hanging.
 * 2. Build the renderer (`npm run build`) and the main process and preload
 *    (`npm run build:electron`).
 * 3. Launch Electron on this package (package.json `main` is dist-electron/main.cjs).
 *
 * Step 1 runs first so that a machine without Electron gets the answer at
 * once, without a build it cannot use. When Electron cannot be obtained the
 * script prints why and points to `npm run web`, and exits with status 1.
 * It never ends with a stack trace.
 *
 * Environment: ELECTRON_OVERRIDE_DIST_PATH (as in the electron package),
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1 (never download),
 * FANPLAN_ELECTRON_DOWNLOAD_TIMEOUT_MS (default 90000),
 * FANPLAN_ELECTRON_PACKAGE_DIR (another electron package directory; tests).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Default download timeout, ms. */
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 90_000;

/** The electron package directory. */
export function electronPackageDir(env = process.env) {
  return env.FANPLAN_ELECTRON_PACKAGE_DIR || path.join(ROOT, 'node_modules', 'electron');
}

/**
 * Locate the Electron executable the way the electron package's index.js
 * does, without downloading anything. Returns `{ ok: true, path }` or
 * `{ ok: false, reason, downloadable }`.
 */
export function locateElectronBinary(pkgDir, env = process.env) {
  if (!existsSync(path.join(pkgDir, 'package.json'))) {
    return { ok: false, reason: `the electron package is not installed (${pkgDir} is missing; run \`npm install\`)`, downloadable: false };
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const full = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(full)
      ? { ok: true, path: full }
      : { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${full} does not exist`, downloadable: false };
  }
  if (relative && existsSync(path.join(pkgDir, 'dist', relative))) return { ok: true, path: path.join(pkgDir, 'dist', relative) };
  return { ok: false, reason: 'the Electron binary has not been downloaded (node_modules/electron/dist is missing)', downloadable: true };
}

/** Output of a failed download that means the network is unreachable. */
const OFFLINE_HINT = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH/;

/** The first line of a failed install's output that says what went wrong. */
function failureLine(output) {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|403|404/i.test(l) && !l.startsWith('at ')) ?? lines[0] ?? 'no output';
}

/**
 * Run the electron package's install.js (the download) in a child process,
 * killing it after `timeoutMs`. Resolves `{ ok: true }` or `{ ok: false, reason }`.
 */
export function downloadElectronBinary(pkgDir, { timeoutMs = DEFAULT_DOWNLOAD_TIMEOUT_MS, env = process.env } = {}) {
  const installer = path.join(pkgDir, 'install.js');
  if (!existsSync(installer)) return Promise.resolve({ ok: false, reason: `${installer} is missing` });
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const child = spawn(process.execPath, [installer], { cwd: pkgDir, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: `could not run the Electron installer: ${e.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) resolve({ ok: false, reason: `the download did not finish within ${Math.round(timeoutMs / 1000)} s; are we offline?` });
      else if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: `the download failed: ${failureLine(output)}${OFFLINE_HINT.test(output) ? '; the download server cannot be reached, so this machine looks offline' : ''}` });
    });
  });
}

/** The message shown when Electron cannot be used. */
export function unavailableMessage(reason) {
  return `The Electron binary is not available on this machine (${reason}). Run \`npm run web\` to use FANplan in your browser.`;
}

/** Find Electron, downloading it once if allowed. */
export async function obtainElectron(env = process.env, log = console.log) {
  const pkgDir = electronPackageDir(env);
  const found = locateElectronBinary(pkgDir, env);
  if (found.ok || !found.downloadable) return found;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') return { ok: false, reason: `${found.reason}; ELECTRON_SKIP_BINARY_DOWNLOAD=1 forbids downloading it` };
  const timeoutMs = Number(env.FANPLAN_ELECTRON_DOWNLOAD_TIMEOUT_MS) || DEFAULT_DOWNLOAD_TIMEOUT_MS;
  log(`Downloading the Electron binary (once; giving up after ${Math.round(timeoutMs / 1000)} s)…`);
  const download = await downloadElectronBinary(pkgDir, { timeoutMs, env });
  if (!download.ok) return download;
  const after = locateElectronBinary(pkgDir, env);
  return after.ok ? after : { ok: false, reason: `the installer finished but ${after.reason}` };
}

/** Run an npm script with inherited output; returns its exit status. */
function npmRun(script) {
  const npm = process.env.npm_execpath;
  const r = npm && npm.endsWith('.js')
    ? spawnSync(process.execPath, [npm, 'run', script], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.error ? 1 : r.status ?? 1;
}

async function main() {
  const electron = await obtainElectron();
  if (!electron.ok) {
    console.error(unavailableMessage(electron.reason));
    return 1;
  }
  for (const [script, what] of [['build', 'the renderer'], ['build:electron', 'the Electron main process and preload']]) {
    const status = npmRun(script);
    if (status !== 0) {
      console.error(`FANplan: building ${what} failed (\`npm run ${script}\` exited with ${status}); see the output above.`);
      return 1;
    }
  }
  const child = spawn(electron.path, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => {
    child.on('error', (e) => {
      console.error(unavailableMessage(`${electron.path} could not be started: ${e.message}`));
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(`FANplan: could not start (${e instanceof Error ? e.message : String(e)}). Run \`npm run web\` to use FANplan in your browser.`);
      process.exit(1);
    },
  );
}
