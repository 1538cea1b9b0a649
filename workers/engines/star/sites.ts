/**
 * Star sites (base stations, gateways) and their radiating cells. A site is
 * omni (one cell) or sectored (one cell per sector, TR 36.814 pattern). Sites
 * come from the project's star collectors of the evaluated profile, or — when
 * the operator's site list is unknown — from a hexagonal grid with the
 * profile's inter-site distance covering the extent.
 */
import antennaPreset from '../../../datasets/star/antenna.json';
import { defaultSector, type SectorPattern } from './antenna';

/** One site before expansion into cells. */
export interface StarSiteInput {
  id: string;
  xM: number;
  yM: number;
  heightM: number;
  /** Site (downlink) transmit power per cell, dBm; absent = unknown. */
  txPowerDbm?: number;
  /** Sectors; empty or absent = omni. */
  sectors?: SectorPattern[];
}

/**
 * Per-collector antenna overrides until the project schema carries them
 * (azimuthDeg of the first sector, number of sectors evenly spread, beamwidth, downtilt).
 */
export interface SiteOverride {
  sectors?: number;
  azimuthDeg?: number;
  beamwidthDeg?: number;
  downtiltDeg?: number;
  heightM?: number;
  txPowerDbm?: number;
}

/** Radiating cells in structure-of-arrays form; omni cells have NaN azimuth. */
export interface StarCells {
  count: number;
  /** Cell id: the site id, or `${siteId}/s${k}` for sector k (1-based). */
  ids: string[];
  /** Index of the cell's site in `siteIds`. */
  siteIndex: Int32Array;
  siteIds: string[];
  xM: Float64Array;
  yM: Float64Array;
  heightM: Float32Array;
  /** Downlink transmit power, dBm (NaN = unknown). */
  txPowerDbm: Float32Array;
  azimuthDeg: Float32Array;
  beamwidthDeg: Float32Array;
  downtiltDeg: Float32Array;
  verticalBeamwidthDeg: Float32Array;
  maxAttenuationDb: Float32Array;
  verticalSideLobeDb: Float32Array;
}

/** Sectors for an override: `sectors` evenly spaced from `azimuthDeg`. */
export function sectorsFromOverride(o: SiteOverride | undefined): SectorPattern[] {
  if (!o || !o.sectors || o.sectors < 1 || (o.sectors === 1 && o.azimuthDeg === undefined)) return [];
  const a0 = o.azimuthDeg ?? 0;
  return Array.from({ length: o.sectors }, (_, k) => defaultSector((a0 + (360 * k) / o.sectors!) % 360, {
    ...(o.beamwidthDeg !== undefined ? { beamwidthDeg: o.beamwidthDeg } : {}),
    ...(o.downtiltDeg !== undefined ? { downtiltDeg: o.downtiltDeg } : {}),
  }));
}

/** Expand sites into cells. */
export function buildCells(sites: readonly StarSiteInput[]): StarCells {
  const n = sites.reduce((s, x) => s + Math.max(1, x.sectors?.length ?? 0), 0);
  const f32 = () => new Float32Array(n);
  const c: StarCells = {
    count: n, ids: [], siteIndex: new Int32Array(n), siteIds: sites.map((s) => s.id), xM: new Float64Array(n), yM: new Float64Array(n), heightM: f32(), txPowerDbm: f32(),
    azimuthDeg: f32(), beamwidthDeg: f32(), downtiltDeg: f32(), verticalBeamwidthDeg: f32(), maxAttenuationDb: f32(), verticalSideLobeDb: f32(),
  };
  let k = 0;
  sites.forEach((s, si) => {
    const sectors = s.sectors?.length ? s.sectors : [undefined];
    sectors.forEach((sec, j) => {
      c.ids.push(sec ? `${s.id}/s${j + 1}` : s.id);
      c.siteIndex[k] = si;
      c.xM[k] = s.xM;
      c.yM[k] = s.yM;
      c.heightM[k] = s.heightM;
      c.txPowerDbm[k] = s.txPowerDbm ?? NaN;
      c.azimuthDeg[k] = sec ? sec.azimuthDeg : NaN;
      c.beamwidthDeg[k] = sec?.beamwidthDeg ?? NaN;
      c.downtiltDeg[k] = sec?.downtiltDeg ?? NaN;
      c.verticalBeamwidthDeg[k] = sec?.verticalBeamwidthDeg ?? NaN;
      c.maxAttenuationDb[k] = sec?.maxAttenuationDb ?? 0;
      c.verticalSideLobeDb[k] = sec?.verticalSideLobeDb ?? 0;
      k++;
    });
  });
  return c;
}

/**
 * Hexagonal site grid with inter-site distance `isdM` covering the box
 * (expanded by one ISD so edge meters see their nearest sites). Rows are
 * ISD·√3/2 apart, odd rows shifted by ISD/2; the lattice is anchored at the
 * local origin so the same extent always gives the same sites. With
 * `sectored`, each site gets the 3GPP tri-sector boresights 30°/150°/270°.
 */
export function hexGridSites(box: { minXM: number; minYM: number; maxXM: number; maxYM: number }, isdM: number, heightM: number, sectored = false): StarSiteInput[] {
  if (!(isdM > 0)) throw new RangeError(`interSiteDistanceM must be > 0, got ${isdM}`);
  const dy = (isdM * Math.sqrt(3)) / 2;
  const j0 = Math.floor((box.minYM - isdM) / dy), j1 = Math.ceil((box.maxYM + isdM) / dy);
  const i0 = Math.floor((box.minXM - isdM) / isdM) - 1, i1 = Math.ceil((box.maxXM + isdM) / isdM) + 1;
  const count = (j1 - j0 + 1) * (i1 - i0 + 1);
  if (count > 200_000) throw new RangeError(`a hexagonal grid of ${count} sites is too large; raise interSiteDistanceM`);
  const out: StarSiteInput[] = [];
  const az: number[] = antennaPreset.hexSectorAzimuthsDeg.value;
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) {
      const x = i * isdM + (j & 1 ? isdM / 2 : 0);
      const y = j * dy;
      if (x < box.minXM - isdM || x > box.maxXM + isdM) continue;
      out.push({ id: `hex_${i}_${j}`, xM: x, yM: y, heightM, sectors: sectored ? az.map((a) => defaultSector(a)) : undefined });
    }
  }
  return out;
}
