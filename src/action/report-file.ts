/** `mode: comment-from-report`: read the JSON report an unprivileged pull_request run produced. */
import { InputError, UsageError } from '../common/errors.js';
import { readCappedFile } from '../common/read.js';
import type { Report } from '../report/types.js';
import { validateReports } from '../report/validate.js';
import { MAX_REPORT_FILE_BYTES } from './constants.js';
import type { GithubContext } from './context.js';

/** Read a JSON report from an untrusted run: size-capped, and valid against schema/report.schema.json. */
export function readReportFile(path: string): Report[] {
  const text = readCappedFile(path, MAX_REPORT_FILE_BYTES, {
    missing: 'report file not found (download the artifact from the pull_request run first)',
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err: unknown) {
    throw new InputError(path, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  return validateReports(data, path);
}

/** What the comment-from-report check needs from the API. */
export interface PullHeads {
  pullHeadSha(pr: number): Promise<string>;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The event may run `mode: comment-from-report` and comment: only a `workflow_run` (the privileged
 * run that never builds the fork's code) that names the head SHA it ran for. Checked before the
 * artifact is read.
 */
export function checkReportEvent(gh: GithubContext): string {
  if (gh.eventName !== 'workflow_run')
    throw new UsageError(
      `mode comment-from-report comments only from a workflow_run event, not ${gh.eventName ? JSON.stringify(gh.eventName) : 'an unknown event'}; not commenting`,
    );
  const sha = gh.workflowRunHeadSha ?? '';
  if (!SHA.test(sha))
    throw new UsageError(
      'mode comment-from-report: the workflow_run event names no head SHA (workflow_run.head_sha); not commenting',
    );
  return sha;
}

/**
 * The PR to comment on, verified: a PR number from an artifact (or the event) is untrusted until the
 * pull request's head is the commit the triggering run built.
 */
export async function verifyReportPullRequest(
  gh: GithubContext,
  pr: number,
  api: PullHeads,
): Promise<number> {
  const built = checkReportEvent(gh);
  const head = await api.pullHeadSha(pr);
  if (head !== built) {
    throw new UsageError(
      `input pr-number ${pr}: the pull request's head is ${head.slice(0, 12)}, but the workflow run built ${built.slice(0, 12)}; not commenting`,
    );
  }
  return pr;
}
