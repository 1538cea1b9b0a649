/** Node worker_thread exposing the plan API through comlink. */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { planApi } from '../../workers/api/plan-api';

if (!parentPort) throw new Error('plan.thread must run in a worker_thread');
expose(planApi, nodeEndpoint(parentPort));
