import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../scripts/start.mjs');
const load = async () => await import(pathToFileURL(SCRIPT).href);

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fanplan-start-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in electron package whose install.js does `installer` (real files, real child processes, no network). */
async function fakeElectronPackage(installer: string, binary = false): Promise<string> {
  const pkg = path.join(dir, 'electron');
  await mkdir(pkg, { recursive: true });
  await writeFile(path.join(pkg, 'package.json'), '{"name":"electron","version":"45.4.1"}');
  await writeFile(path.join(pkg, 'install.js'), installer);
  if (binary) {
    await mkdir(path.join(pkg, 'dist'));
    await writeFile(path.join(pkg, 'dist', 'electron'), '');
    await writeFile(path.join(pkg, 'path.txt'), 'electron');
  }
  return pkg;
}

const OFFLINE = "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici'); process.exit(1);";
const HANG = 'setInterval(() => {}, 1000);';
const SUCCEED = "const fs = require('fs'), p = require('path'); fs.mkdirSync(p.join(__dirname, 'dist')); fs.writeFileSync(p.join(__dirname, 'dist', 'electron'), ''); fs.writeFileSync(p.join(__dirname, 'path.txt'), 'electron');";

describe('locateElectronBinary', () => {
  it('finds the binary through path.txt, as the electron package does', async () => {
    const { locateElectronBinary } = await load();
    const pkg = await fakeElectronPackage(OFFLINE, true);
    expect(locateElectronBinary(pkg, {})).toEqual({ ok: true, path: path.join(pkg, 'dist', 'electron') });
  });

  it('reports a missing binary as downloadable, and a missing package as not', async () => {
    const { locateElectronBinary } = await load();
    const pkg = await fakeElectronPackage(OFFLINE);
    expect(locateElectronBinary(pkg, {})).toMatchObject({ ok: false, downloadable: true, reason: expect.stringMatching(/not been downloaded/) });
    expect(locateElectronBinary(path.join(dir, 'nope'), {})).toMatchObject({ ok: false, downloadable: false, reason: expect.stringMatching(/npm install/) });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const { locateElectronBinary } = await load();
    const pkg = await fakeElectronPackage(OFFLINE, true);
    expect(locateElectronBinary(pkg, { ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'other') })).toMatchObject({ ok: false, downloadable: false });
    expect(locateElectronBinary(pkg, { ELECTRON_OVERRIDE_DIST_PATH: path.join(pkg, 'dist') })).toEqual({ ok: true, path: path.join(pkg, 'dist', 'electron') });
  });
});

describe('downloadElectronBinary', () => {
  it('reports an offline failure with its reason', async () => {
    const { downloadElectronBinary } = await load();
    const r = await downloadElectronBinary(await fakeElectronPackage(OFFLINE), { timeoutMs: 20_000, env: {} });
    expect(r).toEqual({ ok: false, reason: 'the download failed: TypeError: fetch failed; the download server cannot be reached, so this machine looks offline' });
  });

  it('kills a download that hangs after the timeout', async () => {
    const { downloadElectronBinary } = await load();
    const r = await downloadElectronBinary(await fakeElectronPackage(HANG), { timeoutMs: 300, env: {} });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/did not finish within 0 s/) });
  });

  it('then finds the binary a successful install put in place', async () => {
    const { obtainElectron } = await load();
    const pkg = await fakeElectronPackage(SUCCEED);
    const logs: string[] = [];
    expect(await obtainElectron({ FANPLAN_ELECTRON_PACKAGE_DIR: pkg }, (m: string) => logs.push(m))).toEqual({ ok: true, path: path.join(pkg, 'dist', 'electron') });
    expect(logs[0]).toMatch(/^Downloading the Electron binary/);
  });

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD=1', async () => {
    const { obtainElectron } = await load();
    const pkg = await fakeElectronPackage(SUCCEED);
    const r = await obtainElectron({ FANPLAN_ELECTRON_PACKAGE_DIR: pkg, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, () => undefined);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/ELECTRON_SKIP_BINARY_DOWNLOAD/) });
  });
});

describe('npm start without an Electron binary', () => {
  it.each([['offline', OFFLINE, /the download failed: TypeError: fetch failed/], ['hanging download', HANG, /did not finish within 1 s/]])('%s: explains, points to npm run web, exits 1, no stack trace', async (_name, installer, reason) => {
    const pkg = await fakeElectronPackage(installer);
    const r = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, FANPLAN_ELECTRON_PACKAGE_DIR: pkg, FANPLAN_ELECTRON_DOWNLOAD_TIMEOUT_MS: '1000' }, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^The Electron binary is not available on this machine \(/);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).toContain('Run `npm run web` to use FANplan in your browser.');
    expect(r.stderr + r.stdout).not.toMatch(/^\s+at /m);
  });
});
