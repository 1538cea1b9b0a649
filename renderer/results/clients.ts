/** The engine clients of the app, created on first use (one mesh worker, so incremental state stays in place). */
import { createBrowserMeshPool, createMeshClient, type MeshClient } from '../../workers/clients/mesh-client';
import { createBrowserPlanPool, createPlanClient, type PlanClient } from '../../workers/clients/plan-client';
import { createBrowserPlcPool, createPlcClient, type PlcClient } from '../../workers/clients/plc-client';
import { createBrowserStarPool, createStarClient, type StarClient } from '../../workers/clients/star-client';

let mesh: MeshClient | null = null;
let star: StarClient | null = null;
let plc: PlcClient | null = null;
let plan: PlanClient | null = null;

export const meshClient = (): MeshClient => (mesh ??= createMeshClient(createBrowserMeshPool()));
export const starClient = (): StarClient => (star ??= createStarClient(createBrowserStarPool(1)));
export const plcClient = (): PlcClient => (plc ??= createPlcClient(createBrowserPlcPool(1)));
export const planClient = (): PlanClient => (plan ??= createPlanClient(createBrowserPlanPool()));
