/** The sticky PR comment: its marker and body, and finding ours by marker and identity to update or create it. */
import { markerKey } from '../render/escape.js';
import { NO_IMAGE, renderPlatforms, type MarkdownOptions } from '../render/markdown.js';
import { utf8Length } from '../render/markdown-fit.js';
import type { Report } from '../report/types.js';
import { GITHUB_ACTIONS_BOT, GITHUB_COMMENT_MAX_CHARS } from './constants.js';

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

/** The four REST calls the sticky comment needs; an Octokit adapter in the Action, fakes in tests. */
export interface CommentsApi {
  /** The token's login, or null when the token may not ask (GITHUB_TOKEN and app tokens get 403). */
  whoAmI(): Promise<string | null>;
  /** Every comment of the issue/PR, all pages. */
  list(issue: number): Promise<IssueComment[]>;
  create(issue: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<IssueComment>;
}

export type UpsertResult = { action: 'created' | 'updated' | 'unchanged'; url: string; id: number };

/**
 * Create or update the comment carrying `commentMarker(key)` written by the token's identity. Other
 * users' comments with the same marker (anyone can paste one) are never touched. The body must
 * already start with the marker. With `create: false`, only an existing comment is updated (null otherwise).
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
  const identity = await api.whoAmI();
  const comments = await api.list(issue);
  const marked = comments
    .filter((c) => c.body.split('\n', 1)[0]?.trim() === marker)
    .sort((a, b) => a.id - b.id);
  const ours = pickOwn(marked, identity);
  if (!ours) {
    if (!opts.create) return null;
    const made = await api.create(issue, body);
    return { action: 'created', url: made.url, id: made.id };
  }
  if (ours.body === body) return { action: 'unchanged', url: ours.url, id: ours.id };
  const updated = await api.update(ours.id, body);
  return { action: 'updated', url: updated.url, id: updated.id };
}

/**
 * Which marked comment is ours. A token that may call `GET /user` (a PAT) names its login. GITHUB_TOKEN
 * and GitHub App tokens may not (403); they comment as a bot account: `github-actions[bot]` for
 * GITHUB_TOKEN, `<app>[bot]` for an app. Then we take github-actions[bot]'s comment, else a bot's.
 * A user's comment is never taken over, whatever marker it carries.
 */
export function pickOwn(marked: readonly IssueComment[], identity: string | null): IssueComment | undefined {
  if (identity !== null) return marked.find((c) => c.login === identity);
  return (
    marked.find((c) => c.login === GITHUB_ACTIONS_BOT) ??
    marked.find((c) => c.userType === 'Bot' && (c.login ?? '').endsWith('[bot]'))
  );
}

/** Is this an HTTP 403 (a read-only token: fork PRs, or missing `pull-requests: write`)? */
export function isForbidden(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { status?: unknown }).status === 403;
}
