/**
 * Reliability over a routing forest: read success with MAC retries and
 * re-reads, latency, traffic, ARIB duty and ALOHA channel load, and the
 * per-collector / per-area summaries.
 */
export { airtimeS, collisionFreeProbability, dailyReadSuccess, expectedReadAttempts, expectedTransmissions, hopSuccess } from './formulas';
export { RELIABILITY_DEFAULTS_SOURCED, reliabilityOptions, reliabilityOptionsFromProfile, validateReliabilityOptions, type ReliabilityOptions } from './params';
export { computeReliability, type ReliabilityResult } from './reliability';
export { summarise, type AreaSummary, type CollectorSummary, type RunSummary, type SummaryInput } from './summaries';
