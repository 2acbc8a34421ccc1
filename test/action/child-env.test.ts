/**
 * The token never reaches `docker save`: the engine client is spawned with the Action's environment
 * less its secrets. A fake engine on PATH prints the environment it got.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, spawnSave } from '../../src/archive/save.js';

const tmp = mkdtempSync(join(tmpdir(), 'll-child-env-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** The environment as the runner gives it to the Action: inputs, runner tokens and URLs, engine settings. */
const RUNNER_ENV: NodeJS.ProcessEnv = {
  PATH: `${tmp}:/usr/bin:/bin`,
  HOME: '/home/runner',
  TMPDIR: '/tmp',
  XDG_RUNTIME_DIR: '/run/user/1001',
  DOCKER_HOST: 'unix:///fake.sock',
  DOCKER_CONFIG: '/home/runner/.docker',
  CONTAINER_HOST: 'unix:///podman.sock',
  HTTPS_PROXY: 'http://proxy:3128',
  GITHUB_REPOSITORY: 'acme/app',
  'INPUT_GITHUB-TOKEN': 'ghs_input_secret',
  INPUT_ARCHIVE: '',
  GITHUB_TOKEN: 'ghs_env_secret',
  ACTIONS_RUNTIME_TOKEN: 'runtime_secret',
  ACTIONS_RUNTIME_URL: 'https://pipelines.example/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc_secret',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
  ACTIONS_CACHE_URL: 'https://cache.example/',
  ACTIONS_RESULTS_URL: 'https://results.example/',
  NPM_TOKEN: 'npm_secret',
  AWS_SECRET_ACCESS_KEY: 'aws_secret',
  REGISTRY_PASSWORD: 'registry_secret',
};

const KEPT = [
  'PATH',
  'HOME',
  'TMPDIR',
  'XDG_RUNTIME_DIR',
  'DOCKER_HOST',
  'DOCKER_CONFIG',
  'CONTAINER_HOST',
  'HTTPS_PROXY',
  'GITHUB_REPOSITORY',
];

describe('engine clients get a scrubbed environment', () => {
  it('childEnv keeps what an engine needs and drops inputs, runner tokens and secrets', () => {
    expect(Object.keys(childEnv(RUNNER_ENV)).sort()).toEqual([...KEPT].sort());
  });

  it('`docker save` (a fake engine on PATH that prints its environment) never sees a token', async () => {
    const bin = join(tmp, 'docker');
    writeFileSync(bin, '#!/bin/sh\nexec env\n');
    chmodSync(bin, 0o755);
    const save = spawnSave('docker', 'app:1', RUNNER_ENV);
    let out = '';
    for await (const chunk of save.stream) out += String(chunk);
    await save.exited;
    const names = out
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => l.slice(0, l.indexOf('=')));
    for (const k of KEPT) expect(names).toContain(k);
    expect(out).not.toMatch(/secret|INPUT_|ACTIONS_|GITHUB_TOKEN/);
  });
});
