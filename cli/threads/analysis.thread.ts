/** Node worker_thread exposing the analysis API through comlink (same engines as the browser worker). */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { analysisApi } from '../../workers/api/analysis-api';

if (!parentPort) throw new Error('analysis.thread must run in a worker_thread');
expose(analysisApi, nodeEndpoint(parentPort));
