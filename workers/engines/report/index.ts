/** The plan report: pure model, i18n strings, SVG figures and HTML rendering. */
export { translator, metersByAreaId, type ReportInput, type ReportOptions, type Tr } from './model';
export { renderReportHtml } from './render';
export { REPORT_STRINGS, fmt, type ReportLang, type ReportStringKey } from './strings';
export { presetSources, sourcedParameters, PRESET_FILES, type PresetSources, type SourcedParameter } from './sources';
export { mapSvg, niceLengthM, readSuccessColour, readSuccessLegend, MEDIUM_COLOURS, legendHtml, type MapFigure, type MapPoints } from './svg-map';
export { barsSvg, histogramSvg, stackedBarsSvg, niceMax, compact, type StackedBar } from './svg-charts';
export { esc } from './escape';
export { reportStageWeights, runReportEngines, stageControl, thinProject, REPORT_STAGES, type ReportRunOptions, type ReportStage, type StageWeights } from './run';
export { tornadoSvg, TORNADO_COLOURS, type TornadoRow } from './svg-tornado';
export { driverName, driverValue, sensitivitySection } from './sections-c';
