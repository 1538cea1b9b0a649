/** Node worker_thread exposing the star API through comlink (same engines as the browser worker). */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { starApi } from '../../workers/api/star-api';

if (!parentPort) throw new Error('star.thread must run in a worker_thread');
expose(starApi, nodeEndpoint(parentPort));
