import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportCommand } from '../../cli/commands/report';
import { generateDemoProject } from '../../workers/engines/demo';
import { writeProjectFile } from '../../workers/model';
import { readPng } from '../engines/exporters/png-read';

function io() {
  const o = { out: '', err: '' };
  return { o, io: { stdout: (t: string) => { o.out += t; }, stderr: (t: string) => { o.err += t; }, cwd: process.cwd() } };
}

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'report');
const hasChromium = existsSync('/usr/bin/chromium') || !!process.env.FANPLAN_CHROMIUM;
let hasPdftoppm = true;
try { execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' }); } catch { hasPdftoppm = false; }

function demoFile(meters: number): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fanplan-report-'));
  const file = join(dir, 'demo.fanplan');
  writeFileSync(file, writeProjectFile(generateDemoProject({ seed: 1, meters })));
  return { dir, file };
}

/** Per-channel standard deviation of a decoded page, and its count of distinct colours. */
function pageStats(png: Uint8Array): { sd: number; colours: number } {
  const d = readPng(png), bpp = d.pixels.length / (d.width * d.height);
  let s = 0, s2 = 0, n = 0;
  const colours = new Set<number>();
  for (let i = 0; i < d.pixels.length; i += bpp) {
    const v = d.pixels[i] + d.pixels[i + 1] + d.pixels[i + 2];
    s += v; s2 += v * v; n++;
    colours.add((d.pixels[i] << 16) | (d.pixels[i + 1] << 8) | d.pixels[i + 2]);
  }
  return { sd: Math.sqrt(s2 / n - (s / n) ** 2), colours: colours.size };
}

describe('fanplan report', () => {
  it('writes a self-contained HTML report (Japanese) with every section', async () => {
    const { dir, file } = demoFile(800);
    const { o, io: cio } = io();
    const code = await reportCommand.run([file, '--format', 'html', '--lang', 'ja', '--out', join(dir, 'r.html')], cio);
    expect(code, o.err).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('合成デモデータ');
    for (const h of ['プロジェクト概要', '手法と前提条件', 'エリア別地図', 'エリア別比較と推奨', 'コストと検針成功率', 'ベンダー比較', 'N-1', '未接続メーター', '付録']) expect(html).toContain(h);
    expect(html).not.toMatch(/<script|<link |src="http/);
    expect(o.out).toMatch(/HTML report \(ja\)/);
  }, 60_000);

  it('compares vendor proposals on neutral assumptions, with their ARIB findings', async () => {
    const { dir, file } = demoFile(600);
    const { o, io: cio } = io();
    const props = ['vendor-a-jpy.json', 'vendor-b-usd.json'].map((f) => join(process.cwd(), 'datasets/proposals/examples', f));
    const code = await reportCommand.run([file, '--out', join(dir, 'r.html'), '--quick', ...props.flatMap((p) => ['--proposals', p])], cio);
    expect(code, o.err).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('Vendor proposals on neutral assumptions');
    for (const f of ['vendor-a-jpy.json', 'vendor-b-usd.json']) expect(html).toContain(f);
    const bad = await reportCommand.run([file, '--out', join(dir, 'x.html'), '--proposals', join(dir, 'missing.json')], cio);
    expect(bad).toBe(1);
  }, 60_000);

  it('rejects a bad language or format', async () => {
    const { io: cio } = io();
    await expect(reportCommand.run(['x.fanplan', '--lang', 'fr', '--out', 'x.html'], cio)).rejects.toThrow(/--lang/);
    await expect(reportCommand.run(['x.fanplan', '--format', 'docx', '--out', 'x.docx'], cio)).rejects.toThrow(/--format/);
  });

  for (const [lang, meters] of [['en', 3000], ['ja', 1500]] as const) {
    it.skipIf(!hasChromium || !hasPdftoppm)(`prints a PDF (${lang}, ${meters} meters) whose pages are all non-blank`, async () => {
      const { dir, file } = demoFile(meters);
      const pdf = join(dir, `report-${lang}.pdf`);
      const { o, io: cio } = io();
      const code = await reportCommand.run([file, '--format', 'pdf', '--lang', lang, '--out', pdf], cio);
      expect(code, o.err).toBe(0);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(dir, 'page')]);
      const pages = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort();
      expect(pages.length).toBeGreaterThanOrEqual(8);
      mkdirSync(ARTIFACTS, { recursive: true });
      for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${lang}-page-`))) rmSync(join(ARTIFACTS, old));
      copyFileSync(pdf, join(ARTIFACTS, `report-${lang}.pdf`));
      for (const p of pages) {
        const png = readFileSync(join(dir, p));
        const st = pageStats(png);
        expect(st.sd, `${p} looks blank`).toBeGreaterThan(5);
        expect(st.colours, p).toBeGreaterThan(4);
        copyFileSync(join(dir, p), join(ARTIFACTS, `${lang}-${p}`));
      }
    }, 120_000);
  }
});
