/** Expose an API object to the parent thread through comlink, from inside a worker_thread. */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';

/** Expose `api` on this worker_thread's parent port; throws when not running in a worker_thread. */
export function exposeToParent(api: object, name: string): void {
  if (!parentPort) throw new Error(`${name} must run in a worker_thread`);
  expose(api, nodeEndpoint(parentPort));
}
