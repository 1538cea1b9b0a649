/** Node worker_thread exposing the mesh API through comlink. */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { meshApi } from '../../workers/api/mesh-api';

if (!parentPort) throw new Error('mesh.thread must run in a worker_thread');
expose(meshApi, nodeEndpoint(parentPort));
