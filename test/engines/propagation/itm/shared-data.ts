/**
 * Reads the NTIA ITM reference vectors in place from ../shared/data (never
 * copied into the repository; see DESIGN.md §6). `available` is false when
 * ../shared is absent, and the reference tests then skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ITM_DATA_DIR = fileURLToPath(new URL('../../../../../shared/data/propagation/itm/', import.meta.url));

export const available = ['p2p.csv', 'pfls.csv', 'area.csv'].every((f) => existsSync(ITM_DATA_DIR + f));

export const SKIP_MESSAGE = `NTIA ITM reference vectors not found in ${ITM_DATA_DIR} (../shared absent): reference tests skipped`;

/** Rows of a CSV with a header line, as objects of numbers keyed by column name. */
export function readCsv(name: string): Record<string, number>[] {
  const lines = readFileSync(ITM_DATA_DIR + name, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const row: Record<string, number> = {};
    header.forEach((h, i) => { row[h] = Number(cells[i]); });
    return row;
  });
}

/** The PFL profiles of pfls.csv (one per line, no header), in file order. */
export function readProfiles(): Float64Array[] {
  return readFileSync(ITM_DATA_DIR + 'pfls.csv', 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '')
    .map((l) => Float64Array.from(l.split(',').map(Number)));
}
