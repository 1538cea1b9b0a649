import { describe, expect, it } from 'vitest';
import { createLocalProjection } from '../../../workers/engines/geo/local-projection';
import { GridDemTile } from '../../../workers/engines/terrain/dem-tile';
import { runStar, STAR_REASONS } from '../../../workers/engines/star/engine';
import { localProfile, localTerrainFromSampler } from '../../../workers/engines/star/local-terrain';
import { makeReceivers, prepareStar } from '../../../workers/engines/star/setup';
import { hexGridSites } from '../../../workers/engines/star/sites';
import { P2109_COEFFICIENTS, p2109LossDb } from '../../../workers/engines/propagation/p2109';
import { gridProject, LAT0, LON0, scenarioOf } from './helpers';

describe('star engine end to end', () => {
  it('runs every technology on a small project and explains each meter', () => {
    const s = scenarioOf(gridProject({ n: 400, spacingDeg: 0.002, areaClass: 'dense-residential', indoorEvery: 3 }));
    for (const id of ['star-private-280', 'star-lte-m', 'star-nb-iot', 'star-lorawan-as923']) {
      const progress: string[] = [];
      const r = runStar(s, { profileId: id }, { progress: (p) => progress.push(p.stage) });
      expect(r.siteSource).toBe('hex');
      expect(r.meters.count).toBe(400);
      expect(progress).toContain('best server');
      expect(progress).toContain('capacity');
      for (let i = 0; i < 400; i++) {
        expect(r.meters.servers[i * r.k]).toBeGreaterThanOrEqual(0);
        expect(r.meters.dailyReadSuccess[i]).toBeGreaterThanOrEqual(0);
        expect(r.meters.dailyReadSuccess[i]).toBeLessThanOrEqual(1);
        expect(r.meters.coverageProbability[i]).toBeGreaterThanOrEqual(r.meters.dailyReadSuccess[i] - 1e-6);
        const reason = STAR_REASONS[r.meters.reason[i]];
        expect(reason === 'ok').toBe(r.meters.dailyReadSuccess[i] >= r.meters.target[i]);
      }
      expect(Object.values(r.summary.reasonCounts).reduce((a, b) => a + b, 0)).toBe(400);
    }
  });

  it('indoor meters lose P.2109 entry loss; basements add 20 dB more', () => {
    const p = gridProject({ n: 3, spacingDeg: 0.0001, areaClass: 'suburban' });
    p.meters[1] = { ...p.meters[1], lon: p.meters[0].lon, lat: p.meters[0].lat, indoor: 'indoor', floor: 0 };
    p.meters[2] = { ...p.meters[2], lon: p.meters[0].lon, lat: p.meters[0].lat, indoor: 'basement' };
    const sc = scenarioOf(p);
    const r = runStar(sc, { profileId: 'star-nb-iot', siteList: [{ id: 'bs', xM: sc.meters.xM[0] + 2000, yM: sc.meters.yM[0], heightM: 30 }] });
    const cl = (i: number) => r.meters.couplingLossDb[i * r.k];
    // P.2109 traditional building, median, 0.9 GHz, θ = atan(28.5 m / 2000 m) (eq. 3: +0.212·|θ|).
    const thetaDeg = (Math.atan2(28.5, 2000) * 180) / Math.PI;
    const bel = p2109LossDb(P2109_COEFFICIENTS.traditional, 0.9, 0.5, Math.round(thetaDeg * 10) / 10);
    expect(bel).toBeCloseTo(14.4, 1);
    expect(cl(1) - cl(0)).toBeCloseTo(bel, 4);
    expect(cl(2) - cl(1)).toBeCloseTo(20, 4);
  });

  it('uses the project collectors of the profile when there are any, with sector overrides', () => {
    const p = gridProject({ n: 100, spacingDeg: 0.001, areaClass: 'suburban', collectors: [{ id: 'BS1', lon: LON0 + 0.005, lat: LAT0 + 0.005, profileId: 'star-lte-m' }] });
    const omni = runStar(scenarioOf(p), { profileId: 'star-lte-m' });
    expect(omni.siteSource).toBe('collectors');
    expect(omni.cells.ids).toEqual(['BS1']);
    const sectored = runStar(scenarioOf(p), { profileId: 'star-lte-m', siteOverrides: { BS1: { sectors: 3, azimuthDeg: 0 } } });
    expect(sectored.cells.ids).toEqual(['BS1/s1', 'BS1/s2', 'BS1/s3']);
    expect(Number.isNaN(omni.meters.downlinkDbm[0])).toBe(true);
    const powered = runStar(scenarioOf(p), { profileId: 'star-lte-m', siteOverrides: { BS1: { txPowerDbm: 46 } } });
    expect(powered.meters.downlinkDbm[7]).toBeCloseTo(46 - powered.meters.couplingLossDb[7 * powered.k], 4);
  });

  it('more transmit power never lowers read success (private 1:N radio)', () => {
    const p = gridProject({ n: 225, spacingDeg: 0.01, areaClass: 'suburban', indoorEvery: 2 });
    const sc = scenarioOf(p);
    let prev: Float32Array | undefined;
    for (const tx of [0, 10, 20, 30]) {
      const profiles = sc.profiles.map((x) => (x.id === 'star-private-280' && x.medium === 'star' ? { ...x, txPowerDbm: tx } : x));
      const r = runStar({ ...sc, profiles }, { profileId: 'star-private-280', interSiteDistanceM: 12_000 });
      if (prev) for (let i = 0; i < 225; i++) expect(r.meters.dailyReadSuccess[i]).toBeGreaterThanOrEqual(prev[i] - 1e-7);
      prev = r.meters.dailyReadSuccess;
    }
    expect(prev!.some((v) => v < 1)).toBe(true);
  });

  it('more meters per gateway lower LoRa read success (ALOHA load)', () => {
    const few = runStar(scenarioOf(gridProject({ n: 100, spacingDeg: 0.0005, areaClass: 'suburban' })), { profileId: 'star-lorawan-as923', interSiteDistanceM: 20000 });
    const many = runStar(scenarioOf(gridProject({ n: 40000, spacingDeg: 0.00005, areaClass: 'suburban' })), { profileId: 'star-lorawan-as923', interSiteDistanceM: 20000 });
    const loadFew = Math.max(...few.perCell.loadErl), loadMany = Math.max(...many.perCell.loadErl);
    expect(loadMany).toBeGreaterThan(100 * loadFew);
    const mean = (a: Float32Array) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(mean(many.meters.attemptSuccess)).toBeLessThan(mean(few.meters.attemptSuccess));
  });
});

describe('hexagonal site grid', () => {
  it('places sites one inter-site distance apart and covers the extent', () => {
    const sites = hexGridSites({ minXM: 0, minYM: 0, maxXM: 10_000, maxYM: 8_000 }, 2000, 30);
    for (const s of sites) {
      let nearest = Infinity;
      for (const t of sites) if (t !== s) nearest = Math.min(nearest, Math.hypot(s.xM - t.xM, s.yM - t.yM));
      expect(nearest).toBeCloseTo(2000, 6);
    }
    // Every point of the box is within ISD/√3 (the hexagon circumradius) of a site.
    for (let x = 0; x <= 10_000; x += 250) for (let y = 0; y <= 8_000; y += 250) {
      const d = Math.min(...sites.map((s) => Math.hypot(s.xM - x, s.yM - y)));
      expect(d).toBeLessThanOrEqual(2000 / Math.sqrt(3) + 1e-6);
    }
  });
});

describe('ITM over terrain', () => {
  it('builds local PFL profiles and loses more behind a ridge', () => {
    const proj = createLocalProjection(LON0, LAT0);
    // 0.0005° grid, flat at 100 m with a 250 m ridge along x ≈ +3 km.
    const w = 401, h = 401, west = LON0 - 0.1, north = LAT0 + 0.1;
    const heights = new Float32Array(w * h);
    for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) {
      const [x] = proj.toLocal(west + c * 0.0005, north - r * 0.0005);
      heights[r * w + c] = 100 + 250 * Math.exp(-(((x - 3000) / 300) ** 2));
    }
    const dem = new GridDemTile('synthetic', w, h, heights, { kind: 'latlon', west, north, dLonDeg: 0.0005, dLatDeg: 0.0005 }, -32768);
    const terrain = localTerrainFromSampler(dem, proj, { minXM: -8000, minYM: -8000, maxXM: 8000, maxYM: 8000 }, 50);
    const pfl = localProfile(terrain, 0, 0, 6000, 0, 100);
    expect(pfl?.[0]).toBe(60);
    expect(Math.max(...Array.from(pfl!.subarray(2)))).toBeGreaterThan(340);
    const s = scenarioOf(gridProject({ n: 4, areaClass: 'rural' }));
    const setup = prepareStar(s, { profileId: 'star-nb-iot', terrain, siteList: [{ id: 'bs', xM: 0, yM: 0, heightM: 30 }] });
    expect(setup.models[setup.modelByClass[4]].name).toBe('itm-p2p');
    const { rx } = makeReceivers(setup, Float64Array.from([6000, -6000]), Float64Array.from([0, 0]), Float32Array.from([1.5, 1.5]), () => 4, () => 0, () => 0);
    const behind = setup.evaluator.pair(rx, 0, 0), open = setup.evaluator.pair(rx, 1, 0);
    expect(behind - open).toBeGreaterThan(10);
    expect(setup.evaluator.setup.tables.terrainLinks).toBe(2);

    // With as many terrain candidates as cells, the best servers equal brute-force ITM over all cells.
    const siteList = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, xM: 6000 * Math.cos(i) - 1000, yM: 6000 * Math.sin(2 * i), heightM: 30 }));
    const all = prepareStar(s, { profileId: 'star-nb-iot', terrain, siteList, terrainCandidates: 12 });
    const pts = makeReceivers(all, Float64Array.from([5000, 2500, -3000]), Float64Array.from([100, -2000, 4000]), new Float32Array(3).fill(1.5), () => 4, () => 0, () => 0).rx;
    const best = all.evaluator.bestServers(pts, 3);
    for (let i = 0; i < 3; i++) {
      const brute = Array.from({ length: 12 }, (_, c) => all.evaluator.pair(pts, i, c)).sort((a, b) => a - b);
      for (let j = 0; j < 3; j++) expect(best.couplingLossDb[i * 3 + j]).toBeCloseTo(brute[j], 3);
    }
  });
});
