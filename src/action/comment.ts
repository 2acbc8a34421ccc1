/** The sticky PR comment: its marker and body, and finding ours by marker and identity to update or create it. */
import { createHash } from 'node:crypto';
import { markerKey } from '../render/escape.js';
import { NO_IMAGE, renderPlatforms, type MarkdownOptions } from '../render/markdown.js';
import { utf8Length } from '../render/markdown-fit.js';
import type { Report } from '../report/types.js';
import { GITHUB_ACTIONS_BOT, GITHUB_COMMENT_MAX_CHARS } from './constants.js';
import { GithubApiError, toApiError } from './github.js';

/** Room kept below GitHub's 65,536-character comment limit for the marker and joins. */
const COMMENT_MARGIN = 1_536;
/** The byte budget of a comment body. */
export const COMMENT_MAX_BYTES = GITHUB_COMMENT_MAX_CHARS - COMMENT_MARGIN;

/** The hidden marker that identifies a sticky comment. */
export function commentMarker(key: string): string {
  return `<!-- layerlint:${markerKey(key)} -->`;
}

/** The sticky PR comment: the hidden marker, then one rendered report per platform within GitHub's limit. */
export function renderComment(reports: readonly Report[], key: string, ctx: MarkdownOptions): string {
  const marker = commentMarker(key);
  if (reports.length === 0) return `${marker}\n${NO_IMAGE}`;
  // The marker's line and the final newline come out of the same budget.
  const maxBytes = COMMENT_MAX_BYTES - utf8Length(marker) - 2;
  return `${marker}\n${renderPlatforms(reports, { ...ctx, maxBytes })}\n`;
}

export interface IssueComment {
  id: number;
  body: string;
  login: string | null;
  /** `User`, `Bot` or `Organization`; null when the API leaves it out. */
  userType: string | null;
  url: string;
}

/** The REST calls the sticky comment needs; an Octokit adapter in the Action, fakes in tests. */
export interface CommentsApi {
  /** The token's login, or null when the token may not ask (GITHUB_TOKEN and app tokens get 403). */
  whoAmI(): Promise<string | null>;
  /** Every comment of the issue/PR, all pages. */
  list(issue: number): Promise<IssueComment[]>;
  create(issue: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<IssueComment>;
  /** Delete a comment; false when it was already gone (another run removed it). */
  remove(commentId: number): Promise<boolean>;
}

export type UpsertResult = {
  action: 'created' | 'updated' | 'unchanged';
  url: string;
  id: number;
  /** Newer duplicates of ours (concurrent runs, a retried create) that were deleted. */
  removed: number;
};

/**
 * Create or update the comment carrying `commentMarker(key)` written by the identity layerlint posts
 * as; comments by anyone else (a person or another bot can paste the marker) are never touched. The
 * body must already start with the marker. With `create: false`, only an existing comment is updated
 * (null otherwise).
 *
 * Two runs with the same key can both find nothing and both create. So after creating, we list again:
 * the oldest of our marked comments is the one that stays; newer ones of ours are deleted, and if ours
 * was the newer, the oldest gets our body. Concurrent runs therefore converge on one comment.
 */
export async function upsertComment(
  api: CommentsApi,
  issue: number,
  key: string,
  body: string,
  opts: { create: boolean } = { create: true },
): Promise<UpsertResult | null> {
  const marker = commentMarker(key);
  if (!body.startsWith(marker)) throw new Error('comment body does not start with its marker');
  // GitHub answers 422 above this; the renderer's budget keeps us below, this makes sure.
  if (body.length >= GITHUB_COMMENT_MAX_CHARS)
    throw new Error(`comment body is ${body.length} characters, over GitHub's limit`);
  // A PAT names its login. GITHUB_TOKEN and app tokens may not ask; GITHUB_TOKEN posts as
  // github-actions[bot], and an app's real login is learnt from the first comment it creates.
  let identity = (await api.whoAmI()) ?? GITHUB_ACTIONS_BOT;
  const ownMarked = (comments: readonly IssueComment[]): IssueComment[] =>
    comments
      .filter((c) => c.login === identity && c.body.split('\n', 1)[0]?.trim() === marker)
      .sort((a, b) => a.id - b.id);

  let own = ownMarked(await api.list(issue));
  let made: IssueComment | null = null;
  if (own.length === 0) {
    if (!opts.create) return null;
    made = await api.create(issue, body);
    identity = made.login ?? identity;
    const again = ownMarked(await api.list(issue));
    // The list may not show our comment yet, or another run may already have deleted it.
    own = again.some((c) => c.id === made?.id) ? again : [...again, made].sort((a, b) => a.id - b.id);
  }
  const keep = own[0] as IssueComment;
  let result: UpsertResult;
  if (made && keep.id === made.id) {
    result = { action: 'created', url: made.url, id: made.id, removed: 0 };
  } else if (keep.body === body) {
    result = { action: 'unchanged', url: keep.url, id: keep.id, removed: 0 };
  } else {
    const updated = await api.update(keep.id, body);
    result = { action: 'updated', url: updated.url, id: updated.id, removed: 0 };
  }
  // Update before deleting, so a failure in between never leaves the PR without our report.
  for (const dup of own.slice(1)) if (await api.remove(dup.id)) result.removed++;
  return result;
}

/**
 * Is this a refusal by a read-only token (fork PRs, or missing `pull-requests: write`)? A rate limit
 * is a 403 too, but not this: it says so in its message or carries `retry-after`.
 */
export function isForbidden(err: unknown): boolean {
  if (err instanceof GithubApiError) return err.kind === 'forbidden';
  if (typeof err !== 'object' || err === null || (err as { status?: unknown }).status !== 403) return false;
  const wrapped = toApiError(err, '');
  return wrapped instanceof GithubApiError && wrapped.kind === 'forbidden';
}

/** Longest readable part of a default key, leaving room for the hash suffix within markerKey's 100. */
const DEFAULT_KEY_READABLE_MAX = 89;

/**
 * The comment key when `comment-key` is empty: the image reference or archive path exactly as given,
 * and the platform. When the marker would have to change it (characters outside the marker's set, or
 * too long), a hash of the full form is appended, so `amd64/image.tar` and `arm64/image.tar`, or two
 * long paths with the same first 100 characters, never share a comment.
 */
export function defaultCommentKey(imageOrArchive: string, platform: string): string {
  const name = imageOrArchive.trim() || 'image';
  const full = platform.trim() ? `${name}+${platform.trim()}` : name;
  const safe = markerKey(full);
  if (safe === full && full.length <= DEFAULT_KEY_READABLE_MAX) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 10);
  return `${safe.slice(0, DEFAULT_KEY_READABLE_MAX).replace(/-+$/, '')}+${hash}`;
}
