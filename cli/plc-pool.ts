/** Node factory for the PLC worker pool (cli/threads/plc.thread.ts). */
import type { PlcApi } from '../workers/api/plc-api';
import type { WorkerPool } from '../workers/clients/worker-pool';
import { createNodePool } from './node-pool';

export function createNodePlcPool(size?: number): WorkerPool<PlcApi> {
  return createNodePool<PlcApi>('plc', size);
}
