/** Browser Web Worker exposing the import API (demo generator, importers, exporters) through comlink. */
import { expose } from 'comlink';
import { importApi } from './api/import-api';

expose(importApi);
