import { describe, expect, it } from 'vitest';
import { createLocalProjection } from '../../../workers/engines/geo/local-projection';
import { computeStarRaster } from '../../../workers/engines/star/raster';
import { localGridForBox, lonLatGridForBox, metresPerDegree, ringsBox } from '../../../workers/engines/star/raster-grid';
import { runStar } from '../../../workers/engines/star/engine';
import { colourise, STAR_RASTER_LEGEND } from '../../../workers/engines/star/legend';
import { gridProject, scenarioOf } from './helpers';

const scenario = scenarioOf(gridProject({ n: 900, spacingDeg: 0.001, areaClass: 'suburban' }));
const box = ringsBox(scenario.areas.rings[0]);

describe('coverage raster', () => {
  it('georeferences a local grid: cell size, extent and lon/lat corners', () => {
    const grid = localGridForBox(box, 50);
    const r = computeStarRaster(scenario, { profileId: 'star-nb-iot', grid });
    expect(grid.kind === 'local' && grid.westM <= box.minXM && grid.northM >= box.maxYM).toBe(true);
    expect(r.width * 50).toBeGreaterThanOrEqual(box.maxXM - box.minXM);
    expect(r.bestSignalDbm).toHaveLength(r.width * r.height);
    const proj = createLocalProjection(scenario.origin.lon0Deg, scenario.origin.lat0Deg);
    const [tlx, tly] = proj.toLocal(...r.georef.cornersLonLat[0]);
    const [brx, bry] = proj.toLocal(...r.georef.cornersLonLat[2]);
    expect(tlx).toBeCloseTo(grid.kind === 'local' ? grid.westM : NaN, 3);
    expect(brx - tlx).toBeCloseTo(r.width * 50, 3);
    expect(tly - bry).toBeCloseTo(r.height * 50, 3);
    expect(r.legend.coverageProbability.stops.length).toBeGreaterThan(2);
    expect(r.stats.coveredFraction).toBeGreaterThan(0);
  });

  it('gives a meter-like receiver the same coverage as the meter engine at the same spot', () => {
    const grid = localGridForBox(box, 100);
    const r = computeStarRaster(scenario, { profileId: 'star-lorawan-as923', grid });
    const m = runStar(scenario, { profileId: 'star-lorawan-as923' });
    // A meter at a cell centre: compare against the raster cell containing meter 0.
    const col = Math.floor((scenario.meters.xM[0] - (grid.kind === 'local' ? grid.westM : 0)) / 100);
    const row = Math.floor(((grid.kind === 'local' ? grid.northM : 0) - scenario.meters.yM[0]) / 100);
    const cell = row * r.width + col;
    expect(r.cellIds[r.bestCell[cell]]).toBe(m.cells.ids[m.meters.servers[0]]);
    expect(Math.abs(r.bestSignalDbm[cell] - m.meters.rxPowerDbm[0])).toBeLessThan(6);
  });

  it('coarse-to-fine refinement stays within its tolerance of the exact raster', () => {
    const grid = localGridForBox(box, 25);
    const exact = computeStarRaster(scenario, { profileId: 'star-lte-m', grid });
    const fast = computeStarRaster(scenario, { profileId: 'star-lte-m', grid, refine: { step: 4, toleranceDb: 3 } });
    expect(fast.stats.interpolatedCells).toBeGreaterThan(0);
    let worst = 0;
    for (let i = 0; i < exact.bestSignalDbm.length; i++) worst = Math.max(worst, Math.abs(exact.bestSignalDbm[i] - fast.bestSignalDbm[i]));
    expect(worst).toBeLessThan(3);
  });

  it('colours value arrays by the legend (linear between stops, clamped, no-data transparent)', () => {
    const scale = STAR_RASTER_LEGEND.coverageProbability;
    const rgba = colourise(Float32Array.from([0, 0.25, 2, NaN]), scale);
    expect(Array.from(rgba.subarray(0, 4))).toEqual([0xd7, 0x19, 0x1c, 255]);
    // Halfway between #d7191c (0) and #fdae61 (0.5): (215+253)/2 = 234, (25+174)/2 = 99.5 → 100, (28+97)/2 = 62.5 → 62
    // (Uint8ClampedArray rounds half to even).
    expect(Array.from(rgba.subarray(4, 8))).toEqual([234, 100, 62, 255]);
    expect(Array.from(rgba.subarray(8, 12))).toEqual([0x1a, 0x96, 0x41, 255]);
    expect(rgba[15]).toBe(0);
  });

  it('builds lon/lat grids with cells of the requested size', () => {
    const proj = createLocalProjection(scenario.origin.lon0Deg, scenario.origin.lat0Deg);
    const g = lonLatGridForBox(box, 30, proj);
    if (g.kind !== 'lonlat') throw new Error('expected a lon/lat grid');
    const m = metresPerDegree(scenario.origin.lat0Deg);
    expect(g.dLatDeg * m.lat).toBeCloseTo(30, 6);
    expect(g.dLonDeg * m.lon).toBeCloseTo(30, 6);
    // One degree of latitude at 35.7° N is 110.9 km; of longitude 90.6 km.
    expect(m.lat / 1000).toBeCloseTo(110.95, 1);
    expect(m.lon / 1000).toBeCloseTo(90.5, 0);
  });
});
