/**
 * What `fanplan export` writes, for the CLI: re-exports of the pure
 * workers/engines/exporters/run-data.ts, which the app's report worker runs too.
 */
export { areaRaster, exportRuns, meterResultColumns, rasterToPng, type ExportRuns } from '../workers/engines/exporters/run-data';
