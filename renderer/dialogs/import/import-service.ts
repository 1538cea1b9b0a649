/** The renderer's import client: one import Web Worker, started on first use. */
import { createBrowserImportPool, createImportClient, type ImportClient } from '../../../workers/clients/import-client';

let client: ImportClient | null = null;

/** The shared import client (demo generator, importers, exporters). */
export function importClient(): ImportClient {
  client ??= createImportClient(createBrowserImportPool());
  return client;
}
