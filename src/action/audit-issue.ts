/** The one tracking issue of `mode: audit`: found by its marker and identity, updated, or created. */
import { AUDIT_ISSUE_MARKER } from '../render/audit.js';
import { GITHUB_ACTIONS_BOT, GITHUB_COMMENT_MAX_CHARS } from './constants.js';
import type { IssueComment } from './comment.js';

/** An open issue as the upsert needs it (`id` is the issue number). */
export type TrackedIssue = IssueComment;

/** The REST calls the tracking issue needs; an Octokit adapter in the Action, a fake server in tests. */
export interface IssuesApi {
  /** The token's login, or null when the token may not ask (GITHUB_TOKEN gets 403). */
  whoAmI(): Promise<string | null>;
  /** Every open issue of the repository (all pages), pull requests left out. */
  listOpenIssues(): Promise<TrackedIssue[]>;
  createIssue(title: string, body: string): Promise<TrackedIssue>;
  updateIssue(issue: number, body: string): Promise<TrackedIssue>;
}

export type IssueUpsert = { action: 'created' | 'updated' | 'unchanged'; url: string; number: number };

/** Room below GitHub's 65,536-character body limit for the truncation note. */
const ISSUE_MARGIN = 512;

/**
 * Cut an audit body that is too long for an issue at a line boundary, with a note that points to
 * the job summary and the audit JSON. Bodies that fit are returned as they are.
 */
export function fitIssueBody(body: string, max = GITHUB_COMMENT_MAX_CHARS - 1): string {
  if (body.length <= max) return body;
  const note =
    '\n\n> The audit is too long for an issue; the rest is in the job summary and the audit JSON.\n';
  const cut = body.lastIndexOf('\n', max - ISSUE_MARGIN - note.length);
  return body.slice(0, cut > 0 ? cut : max - ISSUE_MARGIN - note.length) + note;
}

/**
 * Create or update the open issue whose body starts with AUDIT_ISSUE_MARKER and that the identity
 * layerlint posts as wrote: the token's login when it may ask `GET /user` (a PAT), else
 * `github-actions[bot]` (GITHUB_TOKEN may not ask). Issues by anyone else, a person or another bot
 * (anyone can paste the marker), are never touched; an app token that may not ask therefore creates
 * its own issue rather than edit another bot's. An unchanged body is not sent again.
 */
export async function upsertAuditIssue(api: IssuesApi, title: string, body: string): Promise<IssueUpsert> {
  if (!body.startsWith(AUDIT_ISSUE_MARKER))
    throw new Error('audit issue body does not start with its marker');
  const text = fitIssueBody(body);
  const identity = (await api.whoAmI()) ?? GITHUB_ACTIONS_BOT;
  const ours = (await api.listOpenIssues())
    .filter((i) => i.login === identity && i.body.split('\n', 1)[0]?.trim() === AUDIT_ISSUE_MARKER)
    .sort((a, b) => a.id - b.id)[0];
  if (!ours) {
    const made = await api.createIssue(title, text);
    return { action: 'created', url: made.url, number: made.id };
  }
  if (ours.body === text) return { action: 'unchanged', url: ours.url, number: ours.id };
  const updated = await api.updateIssue(ours.id, text);
  return { action: 'updated', url: updated.url, number: updated.id };
}
