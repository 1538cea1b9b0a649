/**
 * The report's engine run, for the CLI: a re-export of the pure
 * workers/engines/report/run.ts, which the app's report worker runs too.
 */
export { runReportEngines, thinProject, type ReportRunOptions } from '../workers/engines/report/run';
