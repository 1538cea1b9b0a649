import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelCommand } from '../../../cli/commands/model';
import { UsageError } from '../../../cli/command';
import { parseCsv, splitCsvLine } from '../../../cli/csv';
import { SHARED_DATA, SKIP_MESSAGE, sharedPath } from './shared-data';

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await modelCommand.run(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, cwd });
  return { code, out, err, lines: out.trim().split('\n') };
}

describe('cli csv reader', () => {
  it('splits plain and quoted fields and keeps the raw line', () => {
    expect(splitCsvLine('1,2.5,,x')).toEqual(['1', '2.5', '', 'x']);
    expect(splitCsvLine('"a,b","say ""hi""",3')).toEqual(['a,b', 'say "hi"', '3']);
    const recs = parseCsv('h1,h2\r\n1,2\n\n3,4\n');
    expect(recs.map((r) => r.raw)).toEqual(['h1,h2', '1,2', '3,4']);
    expect(recs[2].line).toBe(4);
    expect(() => splitCsvLine('"open')).toThrow();
  });
});

describe('fanplan model', () => {
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'fanplan-model-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends a loss column to every row of the FANplan link layout, error codes for rejected rows', async () => {
    writeFileSync(join(dir, 'cases.csv'), 'f__mhz,d__km,h_tx__meter,h_rx__meter,note\n920,1,30,1.5,a\n920,-1,30,1.5,b\n');
    const r = await run(['p525', '--cases', 'cases.csv'], dir);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toBe('f__mhz,d__km,h_tx__meter,h_rx__meter,note,fanplan_p525');
    expect(r.lines[1].startsWith('920,1,30,1.5,a,')).toBe(true);
    expect(Number(r.lines[1].split(',').pop())).toBeCloseTo(91.675757, 5);
    expect(r.lines[2]).toBe('920,-1,30,1.5,b,invalid-input');
  });

  it('reads log-distance calibration columns and reports validity warnings on stderr', async () => {
    writeFileSync(join(dir, 'ld.csv'), 'f__mhz,d__km,h_tx__meter,h_rx__meter,n,d0__meter,L0__db\n920,1,10,1.5,3.5,100,80\n');
    const ld = await run(['log-distance', '--cases', 'ld.csv'], dir);
    expect(ld.lines[1]).toBe('920,1,10,1.5,3.5,100,80,115');
    const hata = await run(['hata-urban-small', '--cases', 'ld.csv'], dir);
    expect(hata.err).toMatch(/baseHeightM = 10 m is outside/);
  });

  it('rejects unknown models, missing columns and missing flags as usage errors', async () => {
    writeFileSync(join(dir, 'c.csv'), 'f__mhz,d__km\n920,1\n');
    await expect(run(['nope', '--cases', 'c.csv'], dir)).rejects.toBeInstanceOf(UsageError);
    await expect(run(['hata-open', '--cases', 'c.csv'], dir)).rejects.toThrow(/h_tx__meter/);
    await expect(run(['hata-open'], dir)).rejects.toThrow(/--cases/);
    await expect(run(['itm-p2p', '--cases', 'c.csv'], dir)).rejects.toThrow(/--profiles/);
  });

  describe.skipIf(!SHARED_DATA)(`on the shared reference files ${SHARED_DATA ? '' : `(${SKIP_MESSAGE})`}`, () => {
    it('p2108-hgtc and p2108-tsm reproduce the reference column (loss or rtn code)', async () => {
      for (const [name, file] of [['p2108-hgtc', 'HeightGainTerminalCorrectionModelTestData.csv'], ['p2108-tsm', 'TerrestrialStatisticalModelTestData.csv']]) {
        const r = await run([name, '--cases', sharedPath(`propagation/p2108/${file}`)], dir);
        const rows = r.lines.slice(1).map((l) => l.split(','));
        for (const f of rows) {
          const rtn = f[f.length - 3];
          const expected = Number(f[f.length - 2]);
          const got = f[f.length - 1];
          if (rtn === '0') expect(Math.abs(Number(got) - expected)).toBeLessThanOrEqual(0.1);
          else expect(got).toBe(rtn);
        }
      }
    });

    it('itm-p2p reads p2p.csv with pfls.csv and itm-area reads area.csv', async () => {
      const p2p = await run(['itm-p2p', '--cases', sharedPath('propagation/itm/p2p.csv'), '--profiles', sharedPath('propagation/itm/pfls.csv')], dir);
      expect(p2p.lines.length).toBe(6);
      for (const l of p2p.lines.slice(1)) {
        const f = l.split(',');
        expect(Math.abs(Number(f[f.length - 1]) - Number(f[f.length - 2]))).toBeLessThanOrEqual(0.01);
      }
      const area = await run(['itm-area', '--cases', sharedPath('propagation/itm/area.csv')], dir);
      for (const l of area.lines.slice(1)) {
        const f = l.split(',');
        expect(Math.abs(Number(f[f.length - 1]) - Number(f[f.length - 2]))).toBeLessThanOrEqual(0.1);
      }
    });

    it('p2109 reads the CRC validation header', async () => {
      const r = await run(['p2109', '--cases', sharedPath('propagation/p2109/validation.csv')], dir);
      expect(r.lines.length).toBe(31251);
      const f = r.lines[1].split(',');
      expect(Math.abs(Number(f[5]) - Number(f[4]))).toBeLessThan(0.001);
    });
  });
});
