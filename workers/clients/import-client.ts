/**
 * Main-thread facade over the import worker: the demo generator, the
 * importers (file bytes are transferred into the worker, previews come back
 * as plain objects) and the model exporters, with progress and cancellation.
 */
import { proxy, transfer } from 'comlink';
import type { AttributeSummary, ExportEntity, ExportFormat, ImportApi, ImportFileData, ImportKind, ImportOptions, ImportPreview } from '../api/import-api';
import type { Area, Collector, Meter, Project } from '../model';
import type { RunOptions } from './analysis-client';
import { WorkerPool } from './worker-pool';

export type { AreaClassMapping, AttributeSummary, BBox, DemGrid, ExportEntity, ExportFormat, ImportFileData, ImportIssue, ImportKind, ImportOptions, ImportPayload, ImportPreview } from '../api/import-api';

/** Importer, demo generator and exporter calls. */
export interface ImportClient {
  generateDemo(seed: number, meters?: number, control?: RunOptions): Promise<Project>;
  /** Parse files; their buffers are transferred (detached here), so pass fresh copies. */
  parse(kind: ImportKind, files: ImportFileData[], options?: ImportOptions, control?: RunOptions): Promise<ImportPreview>;
  areaAttributes(files: ImportFileData[], control?: RunOptions): Promise<{ attributes: AttributeSummary[]; error?: string }>;
  exportModel(entity: ExportEntity, format: ExportFormat, items: Meter[] | Collector[] | Area[]): Promise<string>;
}

const buffers = (files: ImportFileData[]) => [...new Set(files.map((f) => f.bytes))];

export function createImportClient(pool: WorkerPool<ImportApi>): ImportClient {
  return {
    generateDemo(seed, meters, control = {}) {
      const progress = control.onProgress ? proxy(control.onProgress) : undefined;
      return pool.run((remote) => remote.generateDemo(seed, meters, progress), control.signal);
    },
    parse(kind, files, options = {}, control = {}) {
      return pool.run((remote) => remote.parse(kind, transfer(files, buffers(files)), options), control.signal);
    },
    areaAttributes(files, control = {}) {
      return pool.run((remote) => remote.areaAttributes(transfer(files, buffers(files))), control.signal);
    },
    exportModel(entity, format, items) {
      return pool.run((remote) => remote.exportModel(entity, format, items));
    },
  };
}

/** Browser pool: one module Web Worker running workers/import.worker.ts. */
export function createBrowserImportPool(): WorkerPool<ImportApi> {
  return new WorkerPool<ImportApi>({
    size: 1,
    create: () => {
      const worker = new Worker(new URL('../import.worker.ts', import.meta.url), { type: 'module', name: 'fanplan-import' });
      return { endpoint: worker, terminate: () => worker.terminate() };
    },
  });
}
