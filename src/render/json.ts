/** The JSON report as written to a file or stdout. */
import type { Report } from '../report/types.js';

/**
 * Serialise reports: one report is an object, several (`--all-platforms`) an array. Two-space
 * indent and a final newline; the same input always gives the same bytes.
 */
export function renderJson(reports: Report | readonly Report[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}
