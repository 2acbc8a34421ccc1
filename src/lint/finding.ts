/** Findings that belong to no layer or line: rule crashes and budget results. */
import type { Finding } from './types.js';
import type { Severity } from './severity.js';

/** A finding about the image as a whole: no layer, no line, no paths, no measured saving. */
export function imageWideFinding(ruleId: string, severity: Severity, message: string, fix: string): Finding {
  return {
    ruleId,
    severity,
    message,
    layerIndex: null,
    line: null,
    endLine: null,
    paths: [],
    pathCount: 0,
    bytes: 0,
    fix,
  };
}
