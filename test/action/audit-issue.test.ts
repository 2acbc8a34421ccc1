import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fitIssueBody, upsertAuditIssue } from '../../src/action/audit-issue.js';
import { isForbidden } from '../../src/action/comment.js';
import { makeGithubApi } from '../../src/action/github.js';
import { AUDIT_ISSUE_MARKER } from '../../src/render/audit.js';
import { FakeGithub, MAX_BODY_CHARS } from '../helpers/fake-github.js';

const body = (text: string): string => `${AUDIT_ISSUE_MARKER}\n## layerlint audit\n\n${text}\n`;

describe('upsertAuditIssue against the fake GitHub API (real Octokit client)', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = new FakeGithub();
    await gh.start();
  });
  afterEach(() => gh.stop());

  const api = (): ReturnType<typeof makeGithubApi> => makeGithubApi('t0ken', 'acme', 'app', gh.url);

  it('creates one issue, finds it again on a later page, updates it, and skips an unchanged body', async () => {
    gh.seedIssues(130);
    gh.seedIssues(5, { pull: true });
    const first = await upsertAuditIssue(api(), 'Base images', body('one'));
    expect(first.action).toBe('created');
    expect(gh.issuesWithMarker(AUDIT_ISSUE_MARKER)).toHaveLength(1);
    expect(gh.issues.find((i) => i.number === first.number)?.title).toBe('Base images');
    gh.seedIssues(120); // listed newest first: ours is now on page 2
    const second = await upsertAuditIssue(api(), 'Base images', body('two'));
    expect(second).toMatchObject({ action: 'updated', number: first.number, url: first.url });
    const ours = gh.issuesWithMarker(AUDIT_ISSUE_MARKER);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toBe(body('two'));
    const lists = gh.requests.filter((r) => r.method === 'GET' && r.path === '/repos/acme/app/issues');
    expect(lists.every((r) => r.query.per_page === '100' && r.query.state === 'open')).toBe(true);
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '1', '2', '3']);
    const patches = gh.count('PATCH', /\/issues\/\d+$/);
    const third = await upsertAuditIssue(api(), 'Base images', body('two'));
    expect(third.action).toBe('unchanged');
    expect(gh.count('PATCH', /\/issues\/\d+$/)).toBe(patches);
    expect(gh.count('POST', /\/issues$/)).toBe(1);
  });

  it("never edits a person's issue, a pull request or a closed issue that carries the marker", async () => {
    const [person] = gh.seedIssues(1, { login: 'mallory', body: () => body('pasted') });
    const [pull] = gh.seedIssues(1, { login: 'github-actions[bot]', pull: true, body: () => body('pr') });
    const [closed] = gh.seedIssues(1, {
      login: 'github-actions[bot]',
      state: 'closed',
      body: () => body('old'),
    });
    const r = await upsertAuditIssue(api(), 'Audit', body('new'));
    expect(r.action).toBe('created');
    expect(person?.body).toBe(body('pasted'));
    expect(pull?.body).toBe(body('pr'));
    expect(closed?.body).toBe(body('old'));
    expect(gh.count('PATCH', /\/issues\/\d+$/)).toBe(0);
  });

  it("never edits another bot's issue carrying the marker when the token may not call GET /user", async () => {
    // GITHUB_TOKEN posts as github-actions[bot]; an app's or another workflow's bot is not us.
    const [other] = gh.seedIssues(1, { login: 'renovate[bot]', body: () => body('theirs') });
    const first = await upsertAuditIssue(api(), 'Audit', body('ours'));
    expect(first.action).toBe('created');
    expect(other?.body).toBe(body('theirs'));
    expect(gh.issues.find((i) => i.number === first.number)?.user.login).toBe('github-actions[bot]');
    const second = await upsertAuditIssue(api(), 'Audit', body('ours 2'));
    expect(second).toMatchObject({ action: 'updated', number: first.number });
    expect(other?.body).toBe(body('theirs'));
    expect(gh.count('POST', /\/issues$/)).toBe(1);
  });

  it("an app token that may not call GET /user never edits another app's issue", async () => {
    const app = new FakeGithub({ identity: 'my-app[bot]' });
    await app.start();
    try {
      const [other] = app.seedIssues(1, { login: 'other[bot]', body: () => body('other') });
      const r = await upsertAuditIssue(makeGithubApi('t', 'acme', 'app', app.url), 'Audit', body('app'));
      expect(r.action).toBe('created');
      expect(other?.body).toBe(body('other'));
      expect(app.count('PATCH', /\/issues\/\d+$/)).toBe(0);
    } finally {
      await app.stop();
    }
  });

  it('takes the issue its own login wrote when the token may call GET /user', async () => {
    const pat = new FakeGithub({ identity: 'octo', userEndpoint: 'login' });
    await pat.start();
    try {
      const [bot] = pat.seedIssues(1, { login: 'github-actions[bot]', body: () => body('bot') });
      const [mine] = pat.seedIssues(1, { login: 'octo', body: () => body('mine') });
      const r = await upsertAuditIssue(makeGithubApi('t', 'acme', 'app', pat.url), 'Audit', body('next'));
      expect(r).toMatchObject({ action: 'updated', number: mine?.number });
      expect(bot?.body).toBe(body('bot'));
    } finally {
      await pat.stop();
    }
  });

  it('a read-only token fails with a 403 the Action turns into a warning', async () => {
    const ro = new FakeGithub({ readOnly: true });
    await ro.start();
    try {
      const err = await upsertAuditIssue(makeGithubApi('t', 'acme', 'app', ro.url), 'A', body('x')).catch(
        (e: unknown) => e,
      );
      expect(isForbidden(err)).toBe(true);
      expect(ro.issues).toHaveLength(0);
    } finally {
      await ro.stop();
    }
  });

  it('cuts a body over the issue limit at a line, with a note, and GitHub accepts it', async () => {
    const long = body(Array.from({ length: 3000 }, (_, i) => `| row ${i} | ${'x'.repeat(40)} |`).join('\n'));
    expect(long.length).toBeGreaterThan(MAX_BODY_CHARS);
    const fitted = fitIssueBody(long);
    expect(fitted.length).toBeLessThan(MAX_BODY_CHARS);
    expect(fitted.startsWith(AUDIT_ISSUE_MARKER)).toBe(true);
    expect(fitted).toMatch(/\|\n\n> The audit is too long for an issue; the rest is in the job summary/);
    const r = await upsertAuditIssue(api(), 'Audit', long);
    expect(r.action).toBe('created');
    expect(gh.requests.filter((q) => q.status === 422)).toEqual([]);
    expect(fitIssueBody(body('short'))).toBe(body('short'));
  });

  it('refuses a body without the marker', async () => {
    await expect(upsertAuditIssue(api(), 'A', 'no marker')).rejects.toThrow(/marker/);
  });
});
