/**
 * A local HTTP server that behaves like the GitHub REST API for issue comments and issues: list with
 * `per_page`/`page` and `Link` headers, create, update, delete, `GET /user`, `GET /pulls/:n`; a 403 mode
 * for read-only fork tokens and GitHub's 422 for bodies over 65,536 characters. Records every request.
 * Faults can be injected per request (`fail`: 5xx, 429, a 403 secondary rate limit, a stall), and list
 * answers delayed (`listDelayMs`) so that concurrent runs interleave as they do on GitHub.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const MAX_BODY_CHARS = 65_536;

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: { login: string; type: string };
  html_url: string;
  /** Present on pull requests, which the issues endpoint lists too. */
  pull_request?: { url: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  authorization: string | undefined;
}

export interface FakeGithubOptions {
  owner?: string;
  repo?: string;
  /** Who the token is: the author of created comments. */
  identity?: string;
  /** What `GET /user` answers: a login (a PAT) or 403 (GITHUB_TOKEN, as on GitHub). */
  userEndpoint?: 'login' | 'forbidden';
  /** Every write (and `GET /user`) answers 403, as with a fork PR's read-only token. */
  readOnly?: boolean;
  /** PR number -> head SHA, for `GET /repos/o/r/pulls/:n`. */
  pulls?: Record<number, string>;
  /** Answer every comment list this many milliseconds late (to interleave concurrent runs). */
  listDelayMs?: number;
}

/** A fault answered instead of the normal response, `times` times, to matching requests. */
export interface FakeFault {
  method?: string;
  path?: RegExp;
  /** An HTTP status with GitHub's body for it, or `stall`: accept the request and never answer. */
  answer: 500 | 502 | 429 | 'secondary-rate-limit' | 'primary-rate-limit' | 'stall';
  /** `retry-after` seconds for 429 and the secondary rate limit. */
  retryAfter?: number;
  times: number;
}

export class FakeGithub {
  readonly requests: RecordedRequest[] = [];
  /** issue number -> comments, oldest first. */
  readonly comments = new Map<number, FakeComment[]>();
  /** Issues and pull requests of the repository, by number order. */
  readonly issues: FakeIssue[] = [];
  readonly opts: Required<FakeGithubOptions>;
  private readonly faults: FakeFault[] = [];
  private server: Server | null = null;
  private nextId = 1000;
  private base = '';

  constructor(opts: FakeGithubOptions = {}) {
    this.opts = {
      owner: 'acme',
      repo: 'app',
      identity: 'github-actions[bot]',
      userEndpoint: 'forbidden',
      readOnly: false,
      pulls: {},
      listDelayMs: 0,
      ...opts,
    };
  }

  /** The API base URL (GITHUB_API_URL). */
  get url(): string {
    return this.base;
  }

  /** Add `n` comments by `login` to an issue (e.g. to make the list span several pages). */
  seed(issue: number, n: number, login = 'someone', body = (i: number) => `comment ${i}`): void {
    const list = this.comments.get(issue) ?? [];
    for (let i = 0; i < n; i++) list.push(this.make(issue, body(i), login));
    this.comments.set(issue, list);
  }

  /** Add `n` issues (or pull requests) by `login`, e.g. to make the issue list span several pages. */
  seedIssues(
    n: number,
    o: { login?: string; body?: (i: number) => string; state?: 'open' | 'closed'; pull?: boolean } = {},
  ): FakeIssue[] {
    const made: FakeIssue[] = [];
    for (let i = 0; i < n; i++) {
      const issue = this.makeIssue(`issue ${i}`, o.body?.(i) ?? `body ${i}`, o.login ?? 'someone');
      issue.state = o.state ?? 'open';
      if (o.pull) issue.pull_request = { url: `${this.base}/repos/x/y/pulls/${issue.number}` };
      made.push(issue);
    }
    return made;
  }

  /** Issues (not pull requests) whose body starts with `marker`, any state. */
  issuesWithMarker(marker: string): FakeIssue[] {
    return this.issues.filter((i) => !i.pull_request && i.body.startsWith(marker));
  }

  /** Comments on an issue whose first line is `marker`. */
  withMarker(issue: number, marker: string): FakeComment[] {
    return (this.comments.get(issue) ?? []).filter((c) => c.body.startsWith(marker));
  }

  /** Answer the next `times` matching requests with a fault instead. */
  fail(fault: FakeFault): void {
    this.faults.push({ ...fault });
  }

  count(method: string, pathRe: RegExp): number {
    return this.requests.filter((r) => r.method === method && pathRe.test(r.path)).length;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.send(res, 500, { message: String(err) }, req, null);
      });
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    // Stalled requests keep their sockets open; close() alone would wait for them.
    s?.closeAllConnections();
    if (s)
      await new Promise<void>((done) =>
        s.close(() => {
          done();
        }),
      );
  }

  private make(issue: number, body: string, login: string): FakeComment {
    const id = this.nextId++;
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, id % 60)).toISOString();
    return {
      id,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now,
      updated_at: now,
      html_url: `https://github.com/${this.opts.owner}/${this.opts.repo}/pull/${issue}#issuecomment-${id}`,
    };
  }

  private makeIssue(title: string, body: string, login: string): FakeIssue {
    const number = 100 + this.issues.length;
    const issue: FakeIssue = {
      number,
      title,
      body,
      state: 'open',
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/${this.opts.owner}/${this.opts.repo}/issues/${number}`,
    };
    this.issues.push(issue);
    return issue;
  }

  /** Answer a GET list with `per_page`/`page` and GitHub's `Link` header. */
  private page(req: IncomingMessage, res: ServerResponse, body: unknown, list: readonly unknown[]): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(list.length / perPage));
    const slice = list.slice((page - 1) * perPage, page * perPage);
    const extra = [...url.searchParams].filter(([k]) => k !== 'page' && k !== 'per_page');
    const rest = extra.map(([k, v]) => `&${k}=${encodeURIComponent(v)}`).join('');
    const link = (n: number, rel: string): string =>
      `<${this.base}${p}?per_page=${perPage}&page=${n}${rest}>; rel="${rel}"`;
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    this.send(res, 200, slice, req, body, links.length ? { link: links.join(', ') } : {});
  }

  private tooLong(text: string): boolean {
    return text.length > MAX_BODY_CHARS;
  }

  private send(
    res: ServerResponse,
    status: number,
    data: unknown,
    req: IncomingMessage,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const url = new URL(req.url ?? '/', 'http://x');
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      status,
      authorization: req.headers.authorization,
    });
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(data));
  }

  private async readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    return raw ? (JSON.parse(raw) as unknown) : null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = await this.readBody(req);
    const { owner, repo } = this.opts;
    const p = url.pathname;
    const forbidden = {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
    };
    const repoPrefix = `/repos/${owner}/${repo}`;

    const fault = this.faults.find(
      (f) => f.times > 0 && (!f.method || f.method === req.method) && (!f.path || f.path.test(p)),
    );
    if (fault) {
      fault.times--;
      if (fault.answer === 'stall') {
        this.requests.push({
          method: req.method ?? '',
          path: p,
          query: Object.fromEntries(url.searchParams),
          body,
          status: 0,
          authorization: req.headers.authorization,
        });
        return; // never answered
      }
      const after = { 'retry-after': String(fault.retryAfter ?? 1) };
      if (fault.answer === 'secondary-rate-limit')
        this.send(
          res,
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          },
          req,
          body,
          after,
        );
      else if (fault.answer === 'primary-rate-limit')
        this.send(res, 403, { message: 'API rate limit exceeded for installation.' }, req, body, {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
        });
      else if (fault.answer === 429) this.send(res, 429, { message: 'Too Many Requests' }, req, body, after);
      else
        this.send(
          res,
          fault.answer,
          { message: fault.answer === 502 ? 'Bad Gateway' : 'Server Error' },
          req,
          body,
        );
      return;
    }

    if (req.method === 'GET' && p === '/user') {
      if (this.opts.userEndpoint === 'forbidden' || this.opts.readOnly) {
        this.send(res, 403, forbidden, req, body);
        return;
      }
      this.send(res, 200, { login: this.opts.identity, type: 'User' }, req, body);
      return;
    }

    let m = p.match(new RegExp(`^${repoPrefix}/pulls/(\\d+)$`));
    if (req.method === 'GET' && m) {
      const sha = this.opts.pulls[Number(m[1])];
      if (!sha) {
        this.send(res, 404, { message: 'Not Found' }, req, body);
        return;
      }
      this.send(res, 200, { number: Number(m[1]), head: { sha } }, req, body);
      return;
    }

    m = p.match(new RegExp(`^${repoPrefix}/issues/(\\d+)/comments$`));
    if (m) {
      const issue = Number(m[1]);
      const list = this.comments.get(issue) ?? [];
      if (req.method === 'GET') {
        const { listDelayMs } = this.opts;
        if (listDelayMs > 0) {
          // Snapshot now, answer later: what a slow list shows is the state when it was asked.
          const snapshot = list.map((c) => ({ ...c }));
          await new Promise((done) => setTimeout(done, listDelayMs));
          this.page(req, res, body, snapshot);
          return;
        }
        this.page(req, res, body, list);
        return;
      }
      if (req.method === 'POST') {
        if (this.opts.readOnly) {
          this.send(res, 403, forbidden, req, body);
          return;
        }
        const text = (body as { body?: unknown } | null)?.body;
        if (typeof text !== 'string') {
          this.send(res, 422, { message: 'Validation Failed' }, req, body);
          return;
        }
        if (text.length > MAX_BODY_CHARS) {
          this.send(
            res,
            422,
            {
              message: 'Validation Failed',
              errors: [{ code: 'custom', message: 'body is too long (maximum is 65536 characters)' }],
            },
            req,
            body,
          );
          return;
        }
        const c = this.make(issue, text, this.opts.identity);
        list.push(c);
        this.comments.set(issue, list);
        this.send(res, 201, c, req, body);
        return;
      }
    }

    m = p.match(new RegExp(`^${repoPrefix}/issues/comments/(\\d+)$`));
    if (m && req.method === 'DELETE') {
      const id = Number(m[1]);
      const entry = [...this.comments.entries()].find(([, cs]) => cs.some((x) => x.id === id));
      const c = entry?.[1].find((x) => x.id === id);
      if (!entry || !c) {
        this.send(res, 404, { message: 'Not Found' }, req, body);
        return;
      }
      if (this.opts.readOnly || c.user.login !== this.opts.identity) {
        this.send(res, 403, { message: 'You cannot delete this comment' }, req, body);
        return;
      }
      entry[1].splice(entry[1].indexOf(c), 1);
      res.writeHead(204);
      res.end();
      this.requests.push({
        method: 'DELETE',
        path: p,
        query: {},
        body,
        status: 204,
        authorization: req.headers.authorization,
      });
      return;
    }
    if (m && req.method === 'PATCH') {
      if (this.opts.readOnly) {
        this.send(res, 403, forbidden, req, body);
        return;
      }
      const id = Number(m[1]);
      const c = [...this.comments.values()].flat().find((x) => x.id === id);
      if (!c) {
        this.send(res, 404, { message: 'Not Found' }, req, body);
        return;
      }
      if (c.user.login !== this.opts.identity) {
        this.send(res, 403, { message: 'You cannot edit this comment' }, req, body);
        return;
      }
      const text = (body as { body?: unknown } | null)?.body;
      if (typeof text !== 'string') {
        this.send(res, 422, { message: 'Validation Failed' }, req, body);
        return;
      }
      if (text.length > MAX_BODY_CHARS) {
        this.send(res, 422, { message: 'Validation Failed' }, req, body);
        return;
      }
      c.body = text;
      c.updated_at = new Date(Date.UTC(2026, 0, 2)).toISOString();
      this.send(res, 200, c, req, body);
      return;
    }

    if (p === `${repoPrefix}/issues`) {
      if (req.method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const list = this.issues.filter((i) => state === 'all' || i.state === state);
        // GitHub lists newest first.
        this.page(req, res, body, [...list].reverse());
        return;
      }
      if (req.method === 'POST') {
        if (this.opts.readOnly) {
          this.send(res, 403, forbidden, req, body);
          return;
        }
        const b = (body ?? {}) as { title?: unknown; body?: unknown };
        if (
          typeof b.title !== 'string' ||
          b.title === '' ||
          typeof b.body !== 'string' ||
          this.tooLong(b.body)
        ) {
          this.send(res, 422, { message: 'Validation Failed' }, req, body);
          return;
        }
        this.send(res, 201, this.makeIssue(b.title, b.body, this.opts.identity), req, body);
        return;
      }
    }

    m = p.match(new RegExp(`^${repoPrefix}/issues/(\\d+)$`));
    if (m && req.method === 'PATCH') {
      if (this.opts.readOnly) {
        this.send(res, 403, forbidden, req, body);
        return;
      }
      const issue = this.issues.find((i) => i.number === Number(m[1]));
      if (!issue) {
        this.send(res, 404, { message: 'Not Found' }, req, body);
        return;
      }
      const b = (body ?? {}) as { title?: unknown; body?: unknown };
      if (b.body !== undefined && (typeof b.body !== 'string' || this.tooLong(b.body))) {
        this.send(res, 422, { message: 'Validation Failed' }, req, body);
        return;
      }
      if (typeof b.body === 'string') issue.body = b.body;
      if (typeof b.title === 'string') issue.title = b.title;
      this.send(res, 200, issue, req, body);
      return;
    }

    this.send(res, 404, { message: 'Not Found', path: p }, req, body);
  }
}
