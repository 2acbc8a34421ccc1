/** What the Action needs from the runner's environment and event payload, read once. */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../common/errors.js';
import { PR_EVENTS } from './constants.js';
import { isRecord } from '../common/json.js';

export interface GithubContext {
  eventName: string;
  owner: string;
  repo: string;
  /** `https://github.com`, or the GHES server. */
  serverUrl: string;
  apiUrl: string;
  /** GITHUB_SHA: for pull_request events, the merge commit. */
  sha: string;
  /** The PR's head commit when the event has one; links point at it. */
  headSha: string;
  /** The PR number the event is about, or null. */
  prNumber: number | null;
  /** workflow_run events: the triggering run's head SHA (to verify a PR number from an artifact). */
  workflowRunHeadSha: string | null;
  workspace: string;
  runnerTemp: string;
  payload: Record<string, unknown>;
}

function obj(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Read the context from `env` (process.env in the Action). */
export function readGithubContext(env: NodeJS.ProcessEnv, cwd: string): GithubContext {
  let payload: Record<string, unknown> = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = obj(JSON.parse(readFileSync(eventPath, 'utf8')));
    } catch (err: unknown) {
      throw new UsageError(
        `GITHUB_EVENT_PATH ${eventPath}: cannot read the event payload (${err instanceof Error ? err.message : String(err)})`,
      );
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pr = obj(payload.pull_request);
  const issue = obj(payload.issue);
  const run = obj(payload.workflow_run);
  const runPrs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  let prNumber: number | null = null;
  if ((PR_EVENTS as readonly string[]).includes(eventName)) prNumber = num(pr.number) ?? num(payload.number);
  else if (eventName === 'issue_comment' && issue.pull_request) prNumber = num(issue.number);
  // Same-repo PRs list themselves here; fork PRs do not (the PR number then comes from an artifact).
  else if (eventName === 'workflow_run') prNumber = num(obj(runPrs[0]).number);
  const sha = env.GITHUB_SHA ?? '';
  return {
    eventName,
    owner,
    repo,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    sha,
    headSha: str(obj(pr.head).sha) || str(run.head_sha) || sha,
    prNumber,
    workflowRunHeadSha: eventName === 'workflow_run' ? str(run.head_sha) || null : null,
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    runnerTemp: env.RUNNER_TEMP ?? '',
    payload,
  };
}

/** A workspace-relative, forward-slash path, or null when the file is outside the workspace. */
export function repoRelative(path: string, workspace: string, cwd: string): string | null {
  if (path === '') return null;
  const rel = relative(resolve(workspace), isAbsolute(path) ? path : resolve(cwd, path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** Where Dockerfile lines link to: the file view at the PR head, `<server>/<owner>/<repo>/blob/<sha>`; undefined when unknown. */
export function blobUrl(gh: GithubContext): string | undefined {
  if (!gh.owner || !gh.repo || !/^[0-9a-f]{7,64}$/i.test(gh.headSha)) return undefined;
  const repoUrl = `${gh.serverUrl}/${gh.owner}/${gh.repo}`;
  // It becomes a markdown link target: a URL with spaces, parentheses or angle brackets would break out.
  return /^https?:\/\/[^\s()<>]+$/.test(repoUrl)
    ? `${repoUrl.replace(/\/+$/, '')}/blob/${gh.headSha}`
    : undefined;
}
