/** The one pass/fail decision of a report. */
import type { Finding } from '../lint/types.js';
import { atOrAbove, type FailOn } from '../lint/severity.js';
import type { BudgetResult } from './types.js';

/** Is the report a pass: no finding at or above failOn, no budget at `fail`. */
export function isPassed(
  findings: readonly Finding[],
  budgets: readonly BudgetResult[],
  failOn: FailOn,
): boolean {
  if (budgets.some((b) => b.status === 'fail')) return false;
  return !findings.some((f) => atOrAbove(f.severity, failOn));
}
