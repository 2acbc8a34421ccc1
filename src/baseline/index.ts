/** Baseline deltas: load a baseline (report JSON or via the pipeline) and compare a report against it. */
export { compareToBaseline, knownFinalFiles, GROWN_FILES_CAP, type CompareOptions } from './compare.js';
export {
  loadBaseline,
  parseReportJson,
  validateReportJson,
  isReportPath,
  defaultBaselineLabel,
  type BaselineDeps,
} from './load.js';
export { matchLayers, normaliseCreatedBy, layerLabel } from './match.js';
export type * from './types.js';
export { renderBaseline } from './render.js';
