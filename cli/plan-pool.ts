/** Node factory for the planning worker pool (cli/threads/plan.thread.ts). */
import type { PlanApi } from '../workers/api/plan-api';
import type { WorkerPool } from '../workers/clients/worker-pool';
import { createNodePool } from './node-pool';

export function createNodePlanPool(size?: number): WorkerPool<PlanApi> {
  return createNodePool<PlanApi>('plan', size);
}
