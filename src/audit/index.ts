/** Audit mode: many images, shared layers, drift against a previous audit, matrix merge. */
export { buildAudit, computeDrift, toAuditImage, imageId, type BuildAuditOptions } from './build.js';
export { mergeAuditInputs, parseAuditJson, validateAuditJson, type MergeResult } from './merge.js';
export { renderAuditMarkdown, renderAuditJson, AUDIT_ISSUE_MARKER } from './render.js';
export * from './types.js';
