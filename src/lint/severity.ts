/** Severity: the levels, their one order (most severe first), and the fail-on threshold. */

/** Every severity, most severe first: the order findings are sorted and grouped in. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What `--fail-on` / `fail-on` / `failOn` accept: a severity, or `none` to never fail on findings. */
export const FAIL_ON = [...SEVERITIES, 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** 0 for the most severe; lower sorts first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Does a finding of `severity` reach the fail-on level? Never for `none`. */
export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}

/** Is `value` one of SEVERITIES? */
export function isSeverity(value: unknown): value is Severity {
  return SEVERITIES.some((s) => s === value);
}

/** Is `value` one of FAIL_ON? */
export function isFailOn(value: unknown): value is FailOn {
  return FAIL_ON.some((s) => s === value);
}
