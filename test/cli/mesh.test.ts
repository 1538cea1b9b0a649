import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

const fixture = new URL('../fixtures/project/v1-small-town.fanplan', import.meta.url).pathname;

describe('fanplan mesh', () => {
  it('writes per-meter results and the link graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-mesh-'));
    let out = '';
    const code = await main(['mesh', fixture, '--out', join(dir, 'r.csv'), '--edges', join(dir, 'e.csv')], { stdout: (t) => { out += t; }, stderr: () => undefined, cwd: process.cwd() });
    expect(code).toBe(0);
    expect(out).toMatch(/520\/520 meters connected/);
    const rows = readFileSync(join(dir, 'r.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('meter_id,collector_id,hops,path_etx,margin_db,daily_read_success,reason');
    expect(rows).toHaveLength(521);
    const [id, collector, hops, etx, , success, reason] = rows[1].split(',');
    expect(id).toBe('M1');
    expect(['C1', 'C2']).toContain(collector);
    expect(Number(hops)).toBeGreaterThan(0);
    expect(Number(etx)).toBeGreaterThanOrEqual(Number(hops));
    expect(Number(success)).toBeGreaterThan(0.9);
    expect(reason).toBe('');
    const edges = readFileSync(join(dir, 'e.csv'), 'utf8').trim().split('\n');
    expect(edges[0]).toBe('from,to,etx');
    expect(edges.length).toBeGreaterThan(1000);
    expect(edges.slice(1).every((l) => { const etxV = Number(l.split(',')[2]); return etxV >= 1 && etxV <= 4; })).toBe(true);
  });

  it('needs --out', async () => {
    expect(await main(['mesh', fixture], { stdout: () => undefined, stderr: () => undefined, cwd: process.cwd() })).toBe(2);
  });
});
