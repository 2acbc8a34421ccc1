/** Action input, output and mode names: one place, matching action.yml. */

/** Inputs only the Action has (the shared ones are the keys of src/inputs.ts `Inputs`). */
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
} as const;

export const MODES = ['analyze', 'comment-from-report'] as const;
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

/** Largest report file `mode: comment-from-report` reads (it comes from an untrusted run). */
export const MAX_REPORT_FILE_BYTES = 64 * 1024 * 1024;

/** Where the README explains the two-workflow setup for fork pull requests. */
export const FORK_DOCS = 'docs/action.md#pull-requests-from-forks';
