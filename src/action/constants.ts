/** Action input, output and mode names: one place, matching action.yml. */

/** Inputs only the Action has (the shared ones are the rows of src/app/inputs.ts `INPUTS`). */
export const ActionInput = {
  Mode: 'mode',
  Report: 'report',
  PrNumber: 'pr-number',
  Comment: 'comment',
  CommentKey: 'comment-key',
  Summary: 'summary',
  Annotations: 'annotations',
  SarifFile: 'sarif-file',
  JsonFile: 'json-file',
  GithubToken: 'github-token',
  Images: 'images',
  ImagesFile: 'images-file',
  Previous: 'previous',
  Merge: 'merge',
  AuditFile: 'audit-file',
  AuditIssue: 'audit-issue',
  AuditIssueTitle: 'audit-issue-title',
} as const;

export const Output = {
  ContentBytes: 'content-bytes',
  FinalBytes: 'final-bytes',
  WastedBytes: 'wasted-bytes',
  Efficiency: 'efficiency',
  Layers: 'layers',
  Findings: 'findings',
  Errors: 'errors',
  Warnings: 'warnings',
  Passed: 'passed',
  Report: 'report',
  Sarif: 'sarif',
  CommentUrl: 'comment-url',
  Audit: 'audit',
  AuditIssueUrl: 'audit-issue-url',
} as const;

export const MODES = ['analyze', 'comment-from-report', 'audit'] as const;
export type Mode = (typeof MODES)[number];

export const COMMENT_MODES = ['auto', 'always', 'on-failure', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Events `comment: auto` comments on. */
export const PR_EVENTS = ['pull_request', 'pull_request_target'] as const;

/** The login GITHUB_TOKEN comments as; `GET /user` is not allowed for it, so it is the fallback identity. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/** Default file names under RUNNER_TEMP when `json-file` / `sarif-file` are empty. */
export const DEFAULT_JSON_NAME = 'layerlint-report.json';
export const DEFAULT_SARIF_NAME = 'layerlint.sarif';

/** `mode: audit`: where the audit JSON goes when `audit-file` is empty, and the tracking issue's default title. */
export const DEFAULT_AUDIT_NAME = 'layerlint-audit.json';
export const DEFAULT_AUDIT_ISSUE_TITLE = 'layerlint base-image audit';

/** `dive-ci: none` turns off reading a `.dive-ci` found in the working directory. */
export const DIVE_CI_NONE = 'none';

/** Largest report file `mode: comment-from-report` reads (it comes from an untrusted run; a report with its default path caps is tens of KiB). */
export const MAX_REPORT_FILE_BYTES = 4 * 1024 * 1024;

/** Where the README explains the two-workflow setup for fork pull requests. */
export const FORK_DOCS = 'docs/action.md#pull-requests-from-forks';

// GitHub limits: https://docs.github.com/en/rest/issues/comments (65,536 characters per body),
// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions (1 MiB summary,
// 10 annotations of each level per step).
export const GITHUB_COMMENT_MAX_CHARS = 65_536;
export const GITHUB_SUMMARY_MAX_BYTES = 1024 * 1024;
export const ANNOTATIONS_PER_LEVEL = 10;
