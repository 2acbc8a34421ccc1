import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, isForbidden, upsertComment } from '../../src/action/comment.js';
import {
  DEFAULT_API_POLICY,
  GithubApiError,
  makeGithubApi,
  type ApiPolicy,
} from '../../src/action/github.js';
import { FakeGithub, type FakeFault, type FakeGithubOptions } from '../helpers/fake-github.js';

const PR = 7;
const body = (text: string): string => `${commentMarker('app')}\n${text}`;
/** Real plugin arithmetic with one "second" of retry delay worth 1 ms, and a short timeout. */
const FAST: Partial<ApiPolicy> = { retryBaseMs: 1, timeoutMs: 300 };

describe('the GitHub adapter under a flaky API (retry, rate limits, timeout)', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = new FakeGithub();
    await gh.start();
  });
  afterEach(() => gh.stop());

  const api = (policy: Partial<ApiPolicy> = FAST): ReturnType<typeof makeGithubApi> =>
    makeGithubApi('t0ken', 'acme', 'app', gh.url, policy);
  const restart = async (opts: FakeGithubOptions): Promise<void> => {
    await gh.stop();
    gh = new FakeGithub(opts);
    await gh.start();
  };
  const failure = async (p: Promise<unknown>): Promise<GithubApiError> => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GithubApiError);
    return err as GithubApiError;
  };

  it.each<[string, FakeFault['answer']]>([
    ['500', 500],
    ['502', 502],
    ['429 with retry-after', 429],
    ['403 secondary rate limit with retry-after', 'secondary-rate-limit'],
  ])('retries a %s and then succeeds', async (_name, answer) => {
    gh.fail({ method: 'POST', path: /comments$/, answer, times: 2 });
    const res = await upsertComment(api(), PR, 'app', body('x'));
    expect(res?.action).toBe('created');
    expect(gh.count('POST', /comments$/)).toBe(3);
    expect(gh.withMarker(PR, commentMarker('app'))).toHaveLength(1);
  });

  it('reports a server error after its retries, naming the status and the count', async () => {
    gh.fail({ method: 'GET', path: /comments$/, answer: 502, times: 99 });
    const err = await failure(upsertComment(api(), PR, 'app', body('x')));
    expect(err.kind).toBe('server-error');
    expect(err.message).toMatch(/server error \(HTTP 502\) after 3 retries/);
    expect(isForbidden(err)).toBe(false);
    expect(gh.count('GET', /comments$/)).toBe(4);
  });

  it('reports a secondary rate limit as rate limited, not as a read-only token', async () => {
    gh.fail({ method: 'POST', path: /comments$/, answer: 'secondary-rate-limit', retryAfter: 5, times: 99 });
    const err = await failure(upsertComment(api(), PR, 'app', body('x')));
    expect(err.kind).toBe('rate-limited');
    expect(err.message).toMatch(/rate limited \(HTTP 403, retry-after 5 s\) after 2 retries/);
    expect(isForbidden(err)).toBe(false);
  });

  it('does not wait an hour for a primary rate limit reset', async () => {
    gh.fail({ method: 'GET', path: /comments$/, answer: 'primary-rate-limit', times: 99 });
    const err = await failure(upsertComment(api({ ...FAST, retryBaseMs: 1_000 }), PR, 'app', body('x')));
    expect(err.kind).toBe('rate-limited');
    expect(gh.count('GET', /comments$/)).toBe(1);
  });

  it('times out a stalled request instead of blocking', async () => {
    gh.fail({ method: 'GET', path: /comments$/, answer: 'stall', times: 1 });
    const t0 = Date.now();
    const err = await failure(upsertComment(api(), PR, 'app', body('x')));
    expect(err.kind).toBe('timed-out');
    expect(err.message).toMatch(/list comments of #7: timed out: no answer within 0.3 s/);
    expect(Date.now() - t0).toBeLessThan(1_500);
  });

  it('a read-only token is still told apart: forbidden, not retried', async () => {
    await restart({ readOnly: true });
    const err = await failure(upsertComment(api(), PR, 'app', body('x')));
    expect(err.kind).toBe('forbidden');
    expect(err.message).toMatch(/forbidden \(HTTP 403\): the token is read-only/);
    expect(isForbidden(err)).toBe(true);
    expect(gh.count('POST', /comments$/)).toBe(1);
  });

  it('production waits at most 30 s per request and retries three times', () => {
    expect(DEFAULT_API_POLICY).toMatchObject({ timeoutMs: 30_000, retries: 3, retryBaseMs: 1_000 });
  });
});
