/**
 * `mode: comment-from-report` against hostile artifacts: what a fork's run uploads is validated,
 * size-capped and escaped, and only a workflow_run for the PR's head may comment.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderComment } from '../../src/action/comment.js';
import { MAX_REPORT_FILE_BYTES } from '../../src/action/constants.js';
import { readGithubContext } from '../../src/action/context.js';
import { makeGithubApi } from '../../src/action/github.js';
import { checkReportEvent, readReportFile, verifyReportPullRequest } from '../../src/action/report-file.js';
import { describeError, InputError, UsageError } from '../../src/common/errors.js';
import type { Report } from '../../src/report/types.js';
import { validateReports } from '../../src/report/validate.js';
import { FakeGithub } from '../helpers/fake-github.js';
import { sampleReport } from '../helpers/report.js';
import { deepNestText, hostileInvalidReports, hostileValidReport, PAYLOAD } from './hostile.js';

const SHA = 'a'.repeat(40);
const LINK_BASE = `https://github.com/acme/app/blob/${SHA}`;
const tmp = mkdtempSync(join(tmpdir(), 'll-report-artifact-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

/**
 * The body holds nothing the artifact could have made live: no HTML but the renderer's own tags, no
 * mention, no image, no link but the Dockerfile's own.
 */
function expectInert(body: string): void {
  const own = body
    .replace(/<!-- layerlint:[A-Za-z0-9._:/+-]+ -->/g, '')
    .replace(/<\/?(code|details|summary|sub|br)>/g, '')
    .replaceAll(`](${LINK_BASE}/Dockerfile#L`, '');
  expect(own).not.toContain('<');
  expect(own).not.toContain('@');
  expect(own).not.toContain('](');
  expect(own).not.toContain('![');
  // The URL survives only as text: its colon is an entity, so it is never autolinked.
  expect(own).not.toContain('https://evil');
}

const render = (reports: Report[]): string =>
  renderComment(reports, 'k', { linkBase: LINK_BASE, dockerfilePath: 'Dockerfile' });

describe('a schema-valid hostile report renders inert', () => {
  it('every string field carrying markdown, HTML, a mention, an image and a link', () => {
    const r = hostileValidReport();
    expect(validateReports(JSON.parse(JSON.stringify(r)), 'r.json')).toHaveLength(1);
    const body = render([r]);
    // the sections that carry the payload are all there
    expect(body).toContain('#### Budgets');
    expect(body).toContain('Compared with');
    expectInert(body);
  });

  it('numbers that are not finite numbers never reach the output raw, not even in a link anchor', () => {
    const r = sampleReport();
    const bad = '3)](https://evil.example) <img src=x> @acme/owners ![i](https://evil.example)';
    const f = r.findings[0];
    if (!f) throw new Error('sample has findings');
    Object.assign(f, { layerIndex: bad, line: bad, endLine: bad });
    Object.assign(r, { failOn: bad });
    const l = r.layers[1];
    if (!l?.instruction) throw new Error('sample layer 1 has an instruction');
    Object.assign(l, { index: bad });
    Object.assign(l.instruction, { line: 2, endLine: bad });
    const b = r.budgets[0];
    if (!b) throw new Error('sample has budgets');
    Object.assign(b, { level: bad, name: bad, unit: bad, value: bad, limit: bad });
    expectInert(render([r]));
  });
});

describe('the schema refuses what the renderers must not see, in one line naming the file', () => {
  it.each(hostileInvalidReports())('%s', (_name, value) => {
    const t0 = performance.now();
    let err: unknown;
    try {
      validateReports(value, 'artifact.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const msg = describeError(err);
    expect(msg).toMatch(/^artifact\.json: not a layerlint report: \/\S* /);
    expect(msg).not.toContain('\n');
    expect(msg.length).toBeLessThan(300);
    expect(performance.now() - t0).toBeLessThan(10_000); // refused before reading, not a speed target
  });
});

describe('readReportFile', () => {
  it('reads a valid report', () => {
    const p = file('ok.json', JSON.stringify(sampleReport()));
    expect(readReportFile(p)).toHaveLength(1);
  });

  it('refuses a file over the cap by its size, without reading it', () => {
    expect(MAX_REPORT_FILE_BYTES).toBeLessThanOrEqual(8 * 1024 * 1024);
    const p = join(tmp, 'huge.json');
    writeFileSync(p, '');
    // Sparse: 1 GiB costs nothing on disk; reading it whole would.
    truncateSync(p, 1024 ** 3);
    const before = process.memoryUsage().rss;
    expect(() => readReportFile(p)).toThrow(
      new InputError(p, `file is ${1024 ** 3} bytes, over the ${MAX_REPORT_FILE_BYTES}-byte cap`),
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses what is not a regular file', () => {
    expect(() => readReportFile(tmp)).toThrow(new InputError(tmp, 'not a regular file'));
    expect(() => readReportFile(join(tmp, 'missing.json'))).toThrow(/report file not found/);
  });

  it('a 10,000-deep nest, bad JSON and wrong types are one-line input errors', () => {
    const cases = [
      file('deep.json', deepNestText(10_000)),
      file('deep-obj.json', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`),
      file('bad.json', '{"schemaVersion": 1,'),
      file('types.json', JSON.stringify({ ...sampleReport(), findings: 'all of them' })),
    ];
    for (const p of cases) {
      let err: unknown;
      try {
        readReportFile(p);
      } catch (e) {
        err = e;
      }
      expect(err, p).toBeInstanceOf(InputError);
      const msg = describeError(err);
      expect(msg.startsWith(`${p}: `)).toBe(true);
      expect(msg).not.toMatch(/internal error|\n/);
    }
  });

  it('renders a hostile artifact read from a file inert', () => {
    const p = file('hostile.json', JSON.stringify([hostileValidReport(), hostileValidReport()]));
    expectInert(render(readReportFile(p)));
    expect(PAYLOAD).toContain('<img');
  });
});

describe('only a workflow_run whose head SHA is the PR head may comment', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = new FakeGithub({ pulls: { 8: SHA } });
    await gh.start();
  });
  afterEach(() => gh.stop());

  function context(event: string, payload: unknown) {
    const eventPath = file(`event-${event}.json`, JSON.stringify(payload));
    return readGithubContext(
      {
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_API_URL: gh.url,
      },
      tmp,
    );
  }
  const api = () => makeGithubApi('t0ken', 'acme', 'app', gh.url);

  /** The one-line message the run fails with, or null. */
  async function failure(p: Promise<unknown>): Promise<string | null> {
    try {
      await p;
      return null;
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      const msg = describeError(err);
      expect(msg).not.toContain('\n');
      return msg;
    }
  }

  it('accepts the PR whose head the run built', async () => {
    const ctx = context('workflow_run', { workflow_run: { head_sha: SHA, pull_requests: [] } });
    await expect(verifyReportPullRequest(ctx, 8, api())).resolves.toBe(8);
  });

  it('refuses another event before reading the artifact', async () => {
    for (const event of ['pull_request', 'pull_request_target', 'issue_comment', 'push', '']) {
      const ctx = context(event, { pull_request: { number: 8, head: { sha: SHA } } });
      expect(() => checkReportEvent(ctx)).toThrow(UsageError);
      expect(await failure(verifyReportPullRequest(ctx, 8, api()))).toMatch(
        /^mode comment-from-report comments only from a workflow_run event, not .*; not commenting$/,
      );
    }
    expect(gh.requests).toEqual([]);
  });

  it('refuses a workflow_run without a head SHA, and one whose SHA is not the PR head', async () => {
    const none = context('workflow_run', { workflow_run: { pull_requests: [] } });
    expect(await failure(verifyReportPullRequest(none, 8, api()))).toMatch(/names no head SHA/);
    const junk = context('workflow_run', { workflow_run: { head_sha: 'HEAD' } });
    expect(await failure(verifyReportPullRequest(junk, 8, api()))).toMatch(/names no head SHA/);
    const other = context('workflow_run', { workflow_run: { head_sha: 'b'.repeat(40) } });
    expect(await failure(verifyReportPullRequest(other, 8, api()))).toBe(
      "input pr-number 8: the pull request's head is aaaaaaaaaaaa, but the workflow run built bbbbbbbbbbbb; not commenting",
    );
  });
});
