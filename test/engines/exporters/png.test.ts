import { describe, expect, it } from 'vitest';
import { crc32, encodePng, PNG_SIGNATURE, worldFile } from '../../../workers/engines/exporters/png';
import { readPng } from './png-read';

describe('PNG encoder', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('writes signature, IHDR, IDAT, IEND with valid CRCs, and the pixels decode back exactly', () => {
    const w = 37, h = 11, rgba = new Uint8Array(w * h * 4);
    for (let i = 0; i < w * h; i++) rgba.set([(i * 7) & 255, (i * 13) & 255, (i * 29) & 255, i % 5 === 0 ? 0 : 255], i * 4);
    const png = encodePng(rgba, w, h);
    expect(Array.from(png.subarray(0, 8))).toEqual(Array.from(PNG_SIGNATURE));
    const d = readPng(png);
    expect(d.chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([d.width, d.height, d.bitDepth, d.colourType]).toEqual([w, h, 8, 6]);
    expect(Array.from(d.pixels)).toEqual(Array.from(rgba));
  });

  it('rejects a corrupted chunk and a wrong pixel count', () => {
    const png = encodePng(new Uint8Array(16).fill(200), 2, 2);
    png[20] ^= 0xff; // inside IHDR data
    expect(() => readPng(png)).toThrow(/CRC/);
    expect(() => encodePng(new Uint8Array(15), 2, 2)).toThrow(RangeError);
  });
});

describe('world file', () => {
  it('gives pixel size, zero rotation, negative y size and the centre of the top-left pixel', () => {
    const lines = worldFile({ westDeg: 139.25, northDeg: 35.75, dLonDeg: 0.0005, dLatDeg: 0.0004 }).trim().split('\n').map(Number);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBeCloseTo(0.0005, 15);
    expect(lines[1]).toBe(0);
    expect(lines[2]).toBe(0);
    expect(lines[3]).toBeCloseTo(-0.0004, 15);
    expect(lines[4]).toBeCloseTo(139.25025, 12);
    expect(lines[5]).toBeCloseTo(35.7498, 12);
  });
});
