/** The planner: placement, per-area media comparison, hybrid recommendation, vendor proposals, sensitivity. */
export { baselineCover, coverageOf, exactCover, extendEconomically, greedyCover, improveCover, solveCover, type CoverOptions, type CoverProblem, type CoverSolution } from './cover';
export { collectorsFor, plcEvaluator, publicStarEvaluator, type MediumEvaluator, type RegionEvaluation } from './evaluators';
export { evaluateMesh, meshGraphBuilder, meshProxyCovers, type MeshEval, type MeshGraphBuilder, type MeshLinkOverrides } from './mesh-eval';
export { fallbackParts, fallbackSuccess, priceOption, singlePart, type CostPart, type OptionMedium, type PlanOption } from './options';
export { placeMesh, placeStar, siteLifetimeCost, type Placement, type PlacementOptions, type SiteValue } from './placement';
export { priceLookup, resolveAssumptions, runPlan, summarisePlan, type AreaPlan, type PlanInput, type PlanOptions, type PlanResult } from './plan';
export { planInputFromProject } from './project-input';
export { PURE_MEDIA, recommend, singleMediumChoice, total, type AreaChoice, type PlanTotal } from './recommend';
export { candidateSites, candidateSitesOfAll, metersByArea, subScenario, withCollectorsAt } from './scenario-subset';
export { countMeeting, mean, missedShare, quantile } from './stats';
export { optionJson, planJson, type AreaPlanJson, type PlanJson, type PlanOptionJson } from './serialise';
export { COMPARE_COLUMNS, compareCsv } from './compare-csv';
export { compareProposals, parseProposal, proposalSchema, type ComparisonResult, type Proposal, type ProposalOutcome } from './proposals';
export { ARIB_STD_T108, checkRegulatory, type RegulationPreset, type RegulatoryFinding } from './regulatory';
export { DEFAULT_DRIVERS, reprice, tornado, type TornadoBar, type TornadoDriver, type TornadoOptions, type TornadoResult } from './sensitivity';
