#!/usr/bin/env node
// Electronegativity scan of the desktop shell (RELIABILITY.md §1). Stages electron/*.ts, the renderer's
// index.html (whose CSP meta makes the policy visible to the scanner) and, when built, dist-electron/*.cjs
// in a temp folder, scans it for Electron 45.4.1, prints every finding and exits 1 on any MEDIUM or HIGH one.
// The scanner runs offline but prints warnings about translations and Electron releases it cannot fetch.
// Usage: node scripts/security-scan.mjs [--keep] (keep the staged folder and findings.json)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_VERSION = '45.4.1';
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

function stage() {
  const dir = mkdtempSync(path.join(tmpdir(), 'fanplan-scan-'));
  cpSync(path.join(ROOT, 'electron'), path.join(dir, 'electron'), { recursive: true, filter: (f) => !f.endsWith('.json') });
  cpSync(path.join(ROOT, 'renderer', 'index.html'), path.join(dir, 'renderer', 'index.html'));
  const built = path.join(ROOT, 'dist-electron');
  if (existsSync(built)) {
    mkdirSync(path.join(dir, 'dist-electron'));
    for (const f of readdirSync(built).filter((n) => n.endsWith('.cjs'))) cpSync(path.join(built, f), path.join(dir, 'dist-electron', f.replace(/\.cjs$/, '.js')));
  }
  return dir;
}

/** Scan `dir` with Electronegativity's own API (its CLI writes the CSV header asynchronously, racing the rows). */
async function scan(dir) {
  const require = createRequire(import.meta.url);
  const mod = require(path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity'));
  const run = mod.default ?? mod;
  const result = await run({ input: dir, isRelative: true, isVerbose: false, electronVersionOverride: ELECTRON_VERSION }, false);
  return result.issues.map((i) => ({ issue: i.id, severity: String(i.severity?.name ?? i.severity).toUpperCase(), confidence: String(i.confidence?.name ?? i.confidence), file: path.relative(dir, path.resolve(dir, i.file)) || i.file, location: `${i.location?.line}:${i.location?.column}`, description: i.description }));
}

async function main() {
  const keep = process.argv.includes('--keep');
  const dir = stage();
  let findings;
  try {
    findings = await scan(dir);
  } catch (e) {
    console.error(`security-scan: Electronegativity failed: ${e?.stack ?? e}`);
    process.exit(2);
  }
  console.log(`security-scan: Electronegativity on electron/, renderer/index.html${existsSync(path.join(dir, 'dist-electron')) ? ', dist-electron/' : ''} (Electron ${ELECTRON_VERSION}): ${findings.length} finding(s)`);
  for (const f of findings) console.log(`  ${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.issue}  ${f.file}:${f.location}  ${f.description}`);
  const bad = findings.filter((f) => FAILING.has(f.severity));
  if (keep) {
    writeFileSync(path.join(dir, 'findings.json'), JSON.stringify(findings, null, 1));
    console.log(`security-scan: staged files and findings.json kept in ${dir}`);
  } else rmSync(dir, { recursive: true, force: true });
  if (bad.length) {
    console.error(`security-scan: FAIL, ${bad.length} finding(s) of MEDIUM severity or worse`);
    process.exit(1);
  }
  console.log('security-scan: OK, no finding of MEDIUM severity or worse');
}

await main();
