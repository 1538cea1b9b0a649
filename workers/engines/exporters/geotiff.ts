/**
 * GeoTIFF of a star coverage raster with the `geotiff` package's writer
 * (pure JS, so it runs in the report worker as well as in Node): one Float32
 * image, pixel-interleaved bands 1 coverage probability (0…1), 2 best-server
 * uplink signal (dBm), 3 margin at the best server (dB); NaN = no data
 * (GDAL_NODATA "nan"). EPSG:4326, PixelIsArea, ModelTiepoint at the
 * north-west corner and ModelPixelScale (Δlon, Δlat). Also written by
 * `fanplan star --raster … --out x.tif`.
 */
import { writeArrayBuffer } from 'geotiff';
import type { StarRaster } from '../star';

/** Band order of the exported file. */
export const RASTER_GEOTIFF_BANDS = ['coverage_probability', 'best_signal_dbm', 'margin_db'] as const;

/** Encode a lon/lat raster as GeoTIFF bytes; throws when the grid is not lon/lat. */
export function rasterToGeoTiff(r: StarRaster): Uint8Array {
  const g = r.georef.grid;
  if (g.kind !== 'lonlat') throw new RangeError('GeoTIFF export needs a lon/lat grid (gridKind "lonlat")');
  const n = r.width * r.height, bands = RASTER_GEOTIFF_BANDS.length;
  const data = new Float32Array(n * bands);
  for (let i = 0; i < n; i++) {
    data[i * bands] = r.bestCell[i] >= 0 ? r.coverageProbability[i] : NaN;
    data[i * bands + 1] = r.bestSignalDbm[i];
    data[i * bands + 2] = r.marginDb[i];
  }
  return new Uint8Array(writeArrayBuffer(data, {
    width: r.width, height: r.height, BitsPerSample: [32, 32, 32], SampleFormat: [3, 3, 3], SamplesPerPixel: bands, PhotometricInterpretation: 1, ExtraSamples: [0, 0],
    ModelPixelScale: [g.dLonDeg, g.dLatDeg, 0], ModelTiepoint: [0, 0, 0, g.westDeg, g.northDeg, 0],
    GeographicTypeGeoKey: 4326, GTModelTypeGeoKey: 2, GTRasterTypeGeoKey: 1, GeogCitationGeoKey: 'WGS 84', GDAL_NODATA: 'nan',
  }));
}
