import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importHgt } from '../../../workers/engines/importers/terrain';
import { importOsm, roadKind } from '../../../workers/engines/importers/osm';
import { srtmTileName } from '../../../workers/engines/terrain/srtm';
import { geoBytes, HAVE_GEO, SKIP_GEO } from './shared-geo';

const TINY = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
 <node id="1" lat="35.0" lon="139.0"/><node id="2" lat="35.0" lon="139.0002"/><node id="3" lat="35.0002" lon="139.0002"/><node id="4" lat="35.0002" lon="139.0"/>
 <node id="5" lat="35.001" lon="139.0"/><node id="6" lat="35.001" lon="139.001"/>
 <node id="7" lat="35.0011" lon="139.0005"><tag k="power" v="pole"/></node>
 <node id="8" lat="35.0012" lon="139.0"><tag k="power" v="transformer"/></node>
 <node id="9" lat="35.0013" lon="139.0"/><node id="10" lat="35.0013" lon="139.002"/>
 <way id="100"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="building" v="apartments"/><tag k="building:levels" v="5"/><tag k="height" v="16 m"/><tag k="building:flats" v="20"/></way>
 <way id="101"><nd ref="5"/><nd ref="6"/><tag k="highway" v="residential"/><tag k="name" v="Tama-dori"/></way>
 <way id="102"><nd ref="9"/><nd ref="10"/><tag k="power" v="minor_line"/></way>
</osm>`;

describe('OSM XML import', () => {
  it('turns buildings into meter candidates, highways into streets and power features into grid items', () => {
    const r = importOsm(TINY, { fileName: 'tiny.osm' });
    expect(r.errors).toEqual([]);
    const { buildings, meters, roads, poles, transformers, feeders } = r.entities;
    expect(buildings).toEqual([expect.objectContaining({ id: 'way/100', levels: 5, heightM: 16, unitsPerFloor: 4 })]);
    expect(meters).toHaveLength(1);
    expect(meters[0].lon).toBeCloseTo(139.0001, 7);
    expect(roads).toEqual([{ id: 'way/101', kind: 'residential', name: 'Tama-dori', line: [[139, 35.001], [139.001, 35.001]] }]);
    expect(poles.map((p) => [p.id, p.kind])).toEqual([['node/7', 'pole']]);
    expect(transformers.map((t) => t.id)).toEqual(['node/8']);
    expect(feeders).toEqual([expect.objectContaining({ transformerId: 'node/8' })]);
    const dwellings = importOsm(TINY, { mode: 'dwelling' }).entities.meters;
    expect(dwellings).toHaveLength(20);
  });

  it('reads gzip bytes and reports a truncated gzip stream or a non-OSM file', () => {
    const gz = gzipSync(strToU8(TINY));
    expect(importOsm(gz).counts.buildings).toBe(1);
    const cut = importOsm(gz.slice(0, gz.length >> 1), { fileName: 'cut.osm.gz' });
    expect(cut.errors).toEqual([{ file: 'cut.osm.gz', message: expect.stringMatching(/gzip stream is corrupt or truncated/) }]);
    expect(cut.entities.meters).toEqual([]);
    expect(importOsm('<gpx></gpx>').errors[0].message).toMatch(/not an OSM XML file/);
    expect(importOsm('').errors[0].message).toMatch(/XML|OSM/);
  });

  it('keeps what it can from truncated XML and reports the XML error', () => {
    const cut = TINY.slice(0, TINY.indexOf('<way id="101"'));
    const r = importOsm(cut, { fileName: 'cut.osm' });
    expect(r.entities.buildings).toHaveLength(1);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0].file).toBe('cut.osm');
  });

  it('maps highway values to road kinds', () => {
    expect(['motorway', 'primary_link', 'tertiary', 'living_street', 'service', 'track', 'footway'].map(roadKind)).toEqual(['primary', 'primary', 'secondary', 'residential', 'service', 'track', 'other']);
  });
});

describe.skipIf(!HAVE_GEO)(HAVE_GEO ? 'real OSM extracts (../shared/data/geo)' : `real OSM extracts (../shared/data/geo) — ${SKIP_GEO}`, () => {
  it('Higashimurayama: 1,174 buildings become meter candidates, plus the roads', () => {
    const bytes = geoBytes('higashimurayama.osm');
    const r = importOsm(bytes, { fileName: 'higashimurayama.osm' });
    expect(r.counts.buildings).toBe(1174);
    expect(r.entities.meters).toHaveLength(1174);
    const text = new TextDecoder().decode(bytes);
    const highwayWays = (text.match(/<way [^>]*>(?:(?!<\/way>)[\s\S])*?<tag k="highway"/g) ?? []).length;
    expect(r.entities.roads.length).toBe(highwayWays);
    expect(r.entities.buildings.filter((b) => b.levels !== undefined).length).toBeGreaterThan(1100);
    const [w, s, e, n] = r.bbox!;
    expect(w).toBeGreaterThan(139.45); expect(e).toBeLessThan(139.49); expect(s).toBeGreaterThan(35.74); expect(n).toBeLessThan(35.78);
  });

  it('North Bayreuth on its SRTM3 tiles: the town lies 300–500 m high', () => {
    const osm = importOsm(geoBytes('north-bayreuth.osm.gz'), { fileName: 'north-bayreuth.osm.gz' });
    expect(osm.errors).toEqual([]);
    expect(osm.counts.buildings).toBeGreaterThan(4200);
    const tiles = new Map(['N49E011.hgt.zip', 'N50E011.hgt.zip'].map((f) => {
      const r = importHgt(geoBytes(f), f);
      expect(r.errors).toEqual([]);
      return [f.slice(0, 7), r.entities.tile!];
    }));
    const heights = osm.entities.meters.map((m) => tiles.get(srtmTileName(m.lon, m.lat))!.sample(m.lon, m.lat));
    for (const h of heights) { expect(h).toBeGreaterThanOrEqual(300); expect(h).toBeLessThanOrEqual(500); }
    expect(new Set(osm.entities.meters.map((m) => srtmTileName(m.lon, m.lat)))).toEqual(new Set(['N49E011', 'N50E011']));
  });
});

