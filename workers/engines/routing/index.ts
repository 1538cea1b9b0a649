/**
 * Routing core shared by RF mesh and PLC: CSR link graph, shortest-ETX
 * forest with hop limit, capacity and backup parents, incremental updates,
 * N-1 collector outages and single points of failure.
 */
export { edgeCount, findEdge, graphFromEdges, inEdges, validateGraph, type EdgeList, type InEdges, type LinkGraph } from './graph';
export { ROUTING_DEFAULTS_SOURCED, capacityPerRoot, defaultRoutingOptions, routingOptions, routingOptionsFromProfile, validateRoutingOptions, type CapacityMode, type RoutingOptions } from './params';
export { REASON, REASON_NAMES, pathToCollector, routedCount, type ReasonCode, type RoutingResult } from './result';
export { emptyRoutingResult, routeForest } from './route';
export { updateRouting, type RoutingDelta, type RoutingUpdate, type UpdateFlags } from './incremental';
export { collectorOutages, type CollectorOutage } from './n-minus-one';
export { routingDominators, type DominatorResult } from './dominators';
export { linkGraphDominators, type LinkDominatorOptions } from './link-dominators';
export { childLists, subtreeOf, topDownOrder, type ChildLists } from './tree';
