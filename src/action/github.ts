/** The Octokit adapter for the CommentsApi, the audit IssuesApi and the pull-request lookup. */
import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { LayerlintError } from '../common/errors.js';
import type { IssuesApi, TrackedIssue } from './audit-issue.js';
import type { CommentsApi, IssueComment } from './comment.js';

interface RawComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string; type?: string } | null;
}

function toComment(c: RawComment): IssueComment {
  return {
    id: c.id,
    body: c.body ?? '',
    login: c.user?.login ?? null,
    userType: c.user?.type ?? null,
    url: c.html_url,
  };
}

interface RawIssue {
  number: number;
  body?: string | null;
  html_url: string;
  user?: { login: string; type?: string } | null;
  pull_request?: unknown;
}

function toIssue(i: RawIssue): TrackedIssue {
  return {
    id: i.number,
    body: i.body ?? '',
    login: i.user?.login ?? null,
    userType: i.user?.type ?? null,
    url: i.html_url,
  };
}

export interface GithubApi extends CommentsApi, IssuesApi {
  /** The head SHA of a pull request. */
  pullHeadSha(pr: number): Promise<string>;
}

/** How a GitHub call failed, so the user is told the cause and not a guess. */
export type ApiFailure = 'rate-limited' | 'server-error' | 'forbidden' | 'timed-out' | 'other';

/** A GitHub REST call that failed after the retries: one line naming the call and the cause. */
export class GithubApiError extends LayerlintError {
  constructor(
    readonly kind: ApiFailure,
    /** The HTTP status, or null when no answer came (timeout, network). */
    readonly status: number | null,
    readonly call: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`GitHub API ${call}: ${message}`, options);
  }
}

/** Retry, rate-limit and timeout settings; production uses the defaults, tests shrink the delays. */
export interface ApiPolicy {
  /** Abort one HTTP request (one attempt) after this long. */
  timeoutMs: number;
  /** Retries of a 5xx, 429 or network failure (the retry plugin waits (n+1)² × `retryBaseMs`). */
  retries: number;
  /** Retries after a primary or secondary rate limit. */
  rateLimitRetries: number;
  /** Do not wait for a rate limit whose `retry-after` (or reset) is further away than this. */
  maxRateLimitWaitSeconds: number;
  /** One second in the retry plugins' arithmetic: 1000 in production, 1 in tests. */
  retryBaseMs: number;
  /** Space writes 1 s and comment creation 3 s apart in this process (the throttling plugin's pacing). Off by default: a run makes a few serial writes, and a secondary rate limit is retried after its `retry-after`. */
  paceWrites: boolean;
}

export const DEFAULT_API_POLICY: ApiPolicy = {
  timeoutMs: 30_000,
  retries: 3,
  rateLimitRetries: 2,
  maxRateLimitWaitSeconds: 60,
  retryBaseMs: 1_000,
  paceWrites: false,
};

/**
 * Thrown inside the request chain when our timer aborted the attempt. Its `request` has no retry
 * settings, so neither plugin retries it (without the property the retry plugin's limiter would
 * throw in its failure handler and never settle).
 */
class AttemptTimeout extends Error {
  readonly request = {};
}

/** Attempts made per request options object (the retry plugins re-send the same object). */
const attempts = new WeakMap<object, number>();
/** Attempts behind a final error, read when the adapter words the message. */
const attemptsOf = new WeakMap<object, number>();

/**
 * The innermost request hook (registered before the retry plugins, so it wraps each attempt): a fresh
 * timeout per attempt that also covers reading the body, and a count of attempts for the message.
 */
function timeoutPlugin(timeoutMs: number): (octokit: Octokit) => void {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const n = (attempts.get(options) ?? 0) + 1;
      attempts.set(options, n);
      const ctrl = new AbortController();
      // before-after-hook binds the options object for every hook: the signal is set on it in place.
      const req = options.request as { signal?: AbortSignal | null };
      const outer = req.signal ?? undefined;
      if (outer)
        outer.addEventListener(
          'abort',
          () => {
            ctrl.abort(outer.reason);
          },
          { once: true },
        );
      const timer = setTimeout(() => {
        ctrl.abort();
      }, timeoutMs);
      req.signal = ctrl.signal;
      try {
        return await request(options);
      } catch (err: unknown) {
        const timedOut = ctrl.signal.aborted && !(outer?.aborted ?? false);
        const final = timedOut ? new AttemptTimeout(`no answer within ${timeoutMs / 1000} s`) : err;
        if (typeof final === 'object' && final !== null) attemptsOf.set(final, n);
        throw final;
      } finally {
        req.signal = outer;
        clearTimeout(timer);
      }
    });
  };
}

/** A pass-through stand-in for a Bottleneck group, for tests that must not wait GitHub's write pacing. */
const UNPACED = {
  key: () => ({
    schedule: (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => fn(...args),
  }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

function headerOf(err: object, name: string): string | undefined {
  const headers = (err as { response?: { headers?: Record<string, unknown> } }).response?.headers;
  const v = headers?.[name];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** Is this answer a primary or secondary rate limit (403 or 429), rather than a refusal? */
function isRateLimit(err: object, status: number): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  const message = err instanceof Error ? err.message : '';
  return (
    /rate limit/i.test(message) ||
    headerOf(err, 'retry-after') !== undefined ||
    headerOf(err, 'x-ratelimit-remaining') === '0'
  );
}

/** Word a failed call: rate limited, server error after N retries, forbidden (read-only token), timed out. */
export function toApiError(err: unknown, call: string): unknown {
  if (err instanceof GithubApiError || typeof err !== 'object' || err === null) return err;
  const tries = attemptsOf.get(err) ?? 1;
  const after = tries > 1 ? ` after ${tries - 1} ${tries === 2 ? 'retry' : 'retries'}` : '';
  if (err instanceof AttemptTimeout)
    return new GithubApiError('timed-out', null, call, `timed out: ${err.message}${after}`, { cause: err });
  const raw = (err as { status?: unknown }).status;
  const status = typeof raw === 'number' ? raw : null;
  const detail = err instanceof Error ? err.message.split('\n', 1)[0]?.slice(0, 200) : '';
  if (status === null) return err;
  if (isRateLimit(err, status)) {
    const wait = headerOf(err, 'retry-after');
    return new GithubApiError(
      'rate-limited',
      status,
      call,
      `rate limited (HTTP ${status}${wait !== undefined ? `, retry-after ${wait} s` : ''})${after}; try again later`,
      { cause: err },
    );
  }
  if (status === 403)
    return new GithubApiError(
      'forbidden',
      403,
      call,
      `forbidden (HTTP 403): the token is read-only or lacks the permission (${detail ?? ''})`,
      { cause: err },
    );
  if (status >= 500)
    return new GithubApiError(
      'server-error',
      status,
      call,
      // Octokit reports a network failure as a 500 without a response.
      `${(err as { response?: unknown }).response === undefined ? `network error (${detail ?? ''})` : `server error (HTTP ${status})`}${after}`,
      { cause: err },
    );
  return new GithubApiError('other', status, call, `HTTP ${status}: ${detail ?? ''}`, { cause: err });
}

async function wrap<T>(call: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err: unknown) {
    throw toApiError(err, call);
  }
}

/** A REST client for one repository. `baseUrl` is GITHUB_API_URL. */
export function makeGithubApi(
  token: string,
  owner: string,
  repo: string,
  baseUrl: string,
  policy: Partial<ApiPolicy> = {},
): GithubApi {
  const p = { ...DEFAULT_API_POLICY, ...policy };
  const onLimit = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean =>
    retryCount < p.rateLimitRetries && retryAfter <= p.maxRateLimitWaitSeconds;
  const octokit = getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: p.retries, retryAfterBaseValue: p.retryBaseMs },
      throttle: {
        onRateLimit: onLimit,
        onSecondaryRateLimit: onLimit,
        retryAfterBaseValue: p.retryBaseMs,
        ...(p.paceWrites ? {} : { write: UNPACED, notifications: UNPACED, search: UNPACED }),
      },
    },
    // Order matters: the first plugin's hook is innermost, so the timeout applies to each attempt.
    timeoutPlugin(p.timeoutMs),
    retry,
    throttling,
  );
  return {
    async whoAmI() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch (err: unknown) {
        // GITHUB_TOKEN and app tokens may not ask (403; 404 on some servers); anything else is a real failure.
        const e = toApiError(err, 'GET /user');
        if (e instanceof GithubApiError && (e.kind === 'forbidden' || e.status === 404 || e.status === 401))
          return null;
        throw e;
      }
    },
    list: (issue) =>
      wrap(`list comments of #${issue}`, async () => {
        const all = await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
        });
        return all.map((c) => toComment(c as RawComment));
      }),
    create: (issue, body) =>
      wrap(`create a comment on #${issue}`, async () => {
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
        return toComment(data);
      }),
    update: (id, body) =>
      wrap(`update comment ${id}`, async () => {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
        return toComment(data);
      }),
    remove: (id) =>
      wrap(`delete comment ${id}`, async () => {
        try {
          await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
          return true;
        } catch (err: unknown) {
          // Another run removed it first: that is the outcome we wanted.
          if ((err as { status?: unknown }).status === 404) return false;
          throw err;
        }
      }),
    listOpenIssues: () =>
      wrap('list open issues', async () => {
        const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
          owner,
          repo,
          state: 'open',
          per_page: 100,
        });
        // The issues endpoint lists pull requests too; they are never the tracking issue.
        return (all as RawIssue[]).filter((i) => !i.pull_request).map(toIssue);
      }),
    createIssue: (title, body) =>
      wrap('create an issue', async () => {
        const { data } = await octokit.rest.issues.create({ owner, repo, title, body });
        return toIssue(data);
      }),
    updateIssue: (issue, body) =>
      wrap(`update issue #${issue}`, async () => {
        const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: issue, body });
        return toIssue(data);
      }),
    pullHeadSha: (pr) =>
      wrap(`get pull request #${pr}`, async () => {
        const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pr });
        return data.head.sha;
      }),
  };
}
