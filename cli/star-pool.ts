/** Node factory for the star worker pool (cli/threads/star.thread.ts). */
import type { StarApi } from '../workers/api/star-api';
import type { WorkerPool } from '../workers/clients/worker-pool';
import { createNodePool } from './node-pool';

export function createNodeStarPool(size?: number): WorkerPool<StarApi> {
  return createNodePool<StarApi>('star', size);
}
