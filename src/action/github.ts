/** The Octokit adapter for the CommentsApi, the audit IssuesApi and the pull-request lookup. */
import { getOctokit } from '@actions/github';
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

/** A REST client for one repository. `baseUrl` is GITHUB_API_URL. */
export function makeGithubApi(token: string, owner: string, repo: string, baseUrl: string): GithubApi {
  const octokit = getOctokit(token, { baseUrl });
  return {
    async whoAmI() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch {
        return null;
      }
    },
    async list(issue) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      return all.map((c) => toComment(c as RawComment));
    },
    async create(issue, body) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
      return toComment(data);
    },
    async update(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      return toComment(data);
    },
    async listOpenIssues() {
      const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        per_page: 100,
      });
      // The issues endpoint lists pull requests too; they are never the tracking issue.
      return (all as RawIssue[]).filter((i) => !i.pull_request).map(toIssue);
    },
    async createIssue(title, body) {
      const { data } = await octokit.rest.issues.create({ owner, repo, title, body });
      return toIssue(data);
    },
    async updateIssue(issue, body) {
      const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: issue, body });
      return toIssue(data);
    },
    async pullHeadSha(pr) {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pr });
      return data.head.sha;
    },
  };
}
