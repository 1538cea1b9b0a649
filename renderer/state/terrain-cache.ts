/**
 * Imported DEMs kept in memory for the session, keyed by the id of the
 * project's file terrain reference (format hgt/geotiff, path = file name).
 * The project stores only the reference: after reopening a project in the
 * browser the file has to be imported (re-linked) again, because a web page
 * cannot read a path on its own.
 */
import type { DemGrid } from '../../workers/clients/import-client';

const cache = new Map<string, DemGrid>();

/** Keep a parsed DEM for the terrain reference `refId`. */
export function putDem(refId: string, dem: DemGrid): void {
  cache.set(refId, dem);
}

/** The DEM of a terrain reference, if its file was imported in this session (and `path`, when given, names it). */
export function getDem(refId: string, path?: string): DemGrid | undefined {
  const d = cache.get(refId);
  return d && (path === undefined || d.fileName === path) ? d : undefined;
}

/** Ids of the references whose DEM is loaded. */
export function loadedDemIds(): string[] {
  return [...cache.keys()];
}

/** Forget every DEM (a new document was started). */
export function clearDems(): void {
  cache.clear();
}
