/** The synthetic demo region generator and its procedural DEM (datasets/demo/README.md). */
export { demoBudgets, generateDemoProject, MAX_DEMO_METERS, MIN_DEMO_METERS, type DemoOptions } from './generate';
export { createProceduralTerrain, materialiseProceduralDem, type ProceduralDemGrid, type ProceduralDemParams, type ProceduralTerrain } from './procedural-dem';
export { DEMO_SPEC } from './spec';
