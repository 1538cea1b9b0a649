// Entry of a Node worker_thread that runs a TypeScript module: registers the
// tsx loader in this thread, then imports the module named in workerData.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
