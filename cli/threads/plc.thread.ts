/** Node worker_thread exposing the PLC API through comlink (same engines as the browser worker). */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { plcApi } from '../../workers/api/plc-api';

if (!parentPort) throw new Error('plc.thread must run in a worker_thread');
expose(plcApi, nodeEndpoint(parentPort));
