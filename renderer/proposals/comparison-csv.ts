/** File name of the app's comparison export (the CSV text itself comes from the plan worker, same bytes as `fanplan compare --out`). */

/** A file name for the export: compare-YYYY-MM-DD.csv. */
export function comparisonCsvName(now = new Date()): string {
  return `compare-${now.toISOString().slice(0, 10)}.csv`;
}
