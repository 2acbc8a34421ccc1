import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, defaultCommentKey, isForbidden, upsertComment } from '../../src/action/comment.js';
import { makeGithubApi } from '../../src/action/github.js';
import { FakeGithub, type FakeGithubOptions } from '../helpers/fake-github.js';

const PR = 7;
const body = (key: string, text: string): string => `${commentMarker(key)}\n${text}`;

describe('upsertComment against the fake GitHub API (real Octokit client)', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = new FakeGithub();
    await gh.start();
  });
  afterEach(() => gh.stop());

  const api = (): ReturnType<typeof makeGithubApi> =>
    makeGithubApi('t0ken', 'acme', 'app', gh.url, { retryBaseMs: 1 });
  const restart = async (opts: FakeGithubOptions): Promise<void> => {
    await gh.stop();
    gh = new FakeGithub(opts);
    await gh.start();
  };

  it('creates, then updates the same comment found on a later page, then skips an unchanged body', async () => {
    gh.seed(PR, 150);
    const first = await upsertComment(api(), PR, 'app', body('app', 'one'));
    expect(first?.action).toBe('created');
    gh.seed(PR, 60); // our comment is now #151 of 211: on page 2 of 3
    const second = await upsertComment(api(), PR, 'app', body('app', 'two'));
    expect(second).toMatchObject({ action: 'updated', id: first?.id });
    expect(gh.withMarker(PR, commentMarker('app'))).toHaveLength(1);
    expect(gh.withMarker(PR, commentMarker('app'))[0]?.body).toBe(body('app', 'two'));
    // pagination: per_page=100 and every page followed through the Link header
    const lists = gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true);
    // create lists again (to catch a concurrent run's duplicate); update does not
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '1', '2', '1', '2', '3']);
    const patches = gh.count('PATCH', /comments\/\d+$/);
    const third = await upsertComment(api(), PR, 'app', body('app', 'two'));
    expect(third?.action).toBe('unchanged');
    expect(gh.count('PATCH', /comments\/\d+$/)).toBe(patches);
  });

  it('keeps one comment per key', async () => {
    await upsertComment(api(), PR, 'app@linux/amd64', body('app@linux/amd64', 'a'));
    await upsertComment(api(), PR, 'app@linux/arm64', body('app@linux/arm64', 'b'));
    await upsertComment(api(), PR, 'app@linux/amd64', body('app@linux/amd64', 'c'));
    expect(gh.comments.get(PR)).toHaveLength(2);
  });

  it("never takes over another user's comment that carries our marker", async () => {
    gh.seed(PR, 1, 'mallory', () => body('app', 'spoofed'));
    const res = await upsertComment(api(), PR, 'app', body('app', 'real'));
    expect(res?.action).toBe('created');
    expect(gh.comments.get(PR)?.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', body('app', 'spoofed')],
      ['github-actions[bot]', body('app', 'real')],
    ]);
  });

  it('uses the login from GET /user for a personal token', async () => {
    await gh.stop();
    gh = new FakeGithub({ identity: 'ci-user', userEndpoint: 'login' });
    await gh.start();
    gh.seed(PR, 1, 'github-actions[bot]', () => body('app', 'from another workflow'));
    const created = await upsertComment(api(), PR, 'app', body('app', 'mine'));
    expect(created?.action).toBe('created');
    expect((await upsertComment(api(), PR, 'app', body('app', 'mine 2')))?.action).toBe('updated');
    expect(gh.comments.get(PR)?.[1]?.body).toBe(body('app', 'mine 2'));
  });

  it('a GitHub App token (GET /user forbidden, comments as <app>[bot]) still finds its comment', async () => {
    await gh.stop();
    gh = new FakeGithub({ identity: 'acme-ci[bot]' });
    await gh.start();
    gh.seed(PR, 1, 'mallory', () => body('app', 'spoofed'));
    expect((await upsertComment(api(), PR, 'app', body('app', 'one')))?.action).toBe('created');
    expect((await upsertComment(api(), PR, 'app', body('app', 'two')))?.action).toBe('updated');
    expect(gh.comments.get(PR)?.map((c) => c.body)).toEqual([body('app', 'spoofed'), body('app', 'two')]);
  });

  it('with create: false only updates an existing comment', async () => {
    expect(await upsertComment(api(), PR, 'app', body('app', 'x'), { create: false })).toBeNull();
    expect(gh.comments.get(PR) ?? []).toHaveLength(0);
  });

  it('surfaces a read-only token as a 403 the caller can recognise', async () => {
    await gh.stop();
    gh = new FakeGithub({ readOnly: true });
    await gh.start();
    const err = await upsertComment(api(), PR, 'app', body('app', 'x')).catch((e: unknown) => e);
    expect(isForbidden(err)).toBe(true);
  });

  it('refuses a body GitHub would reject, before sending it', async () => {
    await expect(upsertComment(api(), PR, 'app', body('app', 'x'.repeat(70_000)))).rejects.toThrow(
      /over GitHub's limit/,
    );
    expect(gh.count('POST', /comments$/)).toBe(0);
  });

  it('two concurrent runs with the same key converge on one comment (the oldest), every time', async () => {
    // Both runs list before either creates: each finds nothing and creates, as on GitHub.
    await restart({ listDelayMs: 40 });
    for (let trial = 0; trial < 4; trial++) {
      gh.comments.clear();
      const [a, b] = await Promise.all([
        upsertComment(api(), PR, 'app', body('app', `A${trial}`)),
        upsertComment(api(), PR, 'app', body('app', `B${trial}`)),
      ]);
      const left = gh.withMarker(PR, commentMarker('app'));
      expect(left).toHaveLength(1);
      expect(gh.count('POST', /comments$/)).toBe(2 * (trial + 1));
      // the survivor is the older comment, and both runs report it
      expect(a?.id).toBe(left[0]?.id);
      expect(b?.id).toBe(left[0]?.id);
      expect([a?.action, b?.action].sort()).toEqual(['created', 'updated']);
    }
  });

  it('a later run updates the oldest and deletes the duplicates an older version left', async () => {
    gh.seed(PR, 3, 'github-actions[bot]', (i) => body('app', `dup ${i}`));
    gh.seed(PR, 1, 'mallory', () => body('app', 'spoofed'));
    const res = await upsertComment(api(), PR, 'app', body('app', 'now'));
    expect(res).toMatchObject({ action: 'updated', removed: 2 });
    expect(gh.comments.get(PR)?.map((c) => [c.user.login, c.body])).toEqual([
      ['github-actions[bot]', body('app', 'now')],
      ['mallory', body('app', 'spoofed')],
    ]);
  });

  it("never edits another bot's comment carrying our marker (GITHUB_TOKEN: the identity is github-actions[bot])", async () => {
    gh.seed(PR, 1, 'renovate[bot]', () => body('app', 'not ours'));
    const first = await upsertComment(api(), PR, 'app', body('app', 'one'));
    expect(first?.action).toBe('created');
    expect((await upsertComment(api(), PR, 'app', body('app', 'two')))?.action).toBe('updated');
    expect(gh.count('PATCH', /comments\/1000$/)).toBe(0);
    expect(gh.comments.get(PR)?.map((c) => [c.user.login, c.body])).toEqual([
      ['renovate[bot]', body('app', 'not ours')],
      ['github-actions[bot]', body('app', 'two')],
    ]);
  });
});

describe('defaultCommentKey', () => {
  it('keeps archives in different folders and platforms apart', () => {
    const keys = [
      defaultCommentKey('amd64/image.tar', ''),
      defaultCommentKey('arm64/image.tar', ''),
      defaultCommentKey('image.tar', ''),
      defaultCommentKey('app', 'linux/amd64'),
      defaultCommentKey('app', 'linux/arm64'),
      defaultCommentKey('app', ''),
    ];
    expect(new Set(keys.map((k) => commentMarker(k))).size).toBe(keys.length);
    // readable when the marker needs no change
    expect(defaultCommentKey('amd64/image.tar', '')).toBe('amd64/image.tar');
    expect(defaultCommentKey('ghcr.io/o/app:1.0', 'linux/arm64')).toBe('ghcr.io/o/app:1.0+linux/arm64');
  });

  it('adds a hash when sanitising or truncating would merge keys', () => {
    const pairs: [string, string][] = [
      ['my image.tar', 'my_image.tar'],
      ['app@sha256:aa', 'app_sha256:aa'],
      ['a--b', 'a-b'],
      [`${'d/'.repeat(60)}one.tar`, `${'d/'.repeat(60)}two.tar`],
    ];
    for (const [x, y] of pairs) {
      expect(commentMarker(defaultCommentKey(x, ''))).not.toBe(commentMarker(defaultCommentKey(y, '')));
    }
    const long = defaultCommentKey(`${'d/'.repeat(60)}one.tar`, 'linux/amd64');
    expect(long.length).toBeLessThanOrEqual(100);
    expect(commentMarker(long)).toBe(`<!-- layerlint:${long} -->`);
    expect(defaultCommentKey('my image.tar', '')).toMatch(/^my_image\.tar\+[0-9a-f]{10}$/);
  });
});
