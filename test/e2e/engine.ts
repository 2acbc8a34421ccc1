// Finds a live Docker engine for the e2e suite. Without one the suite is skipped with a clear
// message, except under CI=true, where a missing engine fails the run (CI must test for real).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';

/** The engines scripts/engines.sh manages, by name. */
export type EngineName = 'd20' | 'd26' | 'd26c';

/** A Docker daemon that answered `docker version`. */
export interface Engine {
  /** `d20`, `d26`, `d26c`, or `DOCKER_HOST` when it came from the environment. */
  readonly name: string;
  /** The `DOCKER_HOST` value, e.g. `unix:///tmp/ll/d20/docker.sock`. */
  readonly host: string;
  /** The server version it reported. */
  readonly version: string;
  /** `process.env` with `DOCKER_HOST` set to this engine; pass it to child processes. */
  readonly env: NodeJS.ProcessEnv;
}

/** The 20.10 client: /usr/local/bin/docker on these machines is a newer client without buildx. */
export const DOCKER_CLIENT = existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';

const ENGINES_ROOT = process.env['LL_ENGINES'] ?? '/tmp/ll';

/** The socket scripts/engines.sh uses for a named engine. */
export function engineHost(name: EngineName): string {
  return `unix://${join(ENGINES_ROOT, name, 'docker.sock')}`;
}

/** Ask a daemon for its version; null when nothing answers within 15 s. */
export function probe(host: string): string | null {
  const r = spawnSync(DOCKER_CLIENT, ['version', '--format', '{{.Server.Version}}'], {
    env: { ...process.env, DOCKER_HOST: host },
    encoding: 'utf8',
    timeout: 15_000,
  });
  const version = r.status === 0 ? r.stdout.trim() : '';
  return version === '' ? null : version;
}

function engineAt(name: string, host: string): Engine | null {
  const version = probe(host);
  return version === null ? null : { name, host, version, env: { ...process.env, DOCKER_HOST: host } };
}

/** The default engine: DOCKER_HOST when set, else the d20 socket of scripts/engines.sh. */
export function findEngine(): Engine | null {
  const fromEnv = process.env['DOCKER_HOST'];
  if (fromEnv !== undefined && fromEnv !== '') return engineAt('DOCKER_HOST', fromEnv);
  return engineAt('d20', engineHost('d20'));
}

/** A named engine of scripts/engines.sh, if it answers. */
export function findNamedEngine(name: EngineName): Engine | null {
  return engineAt(name, engineHost(name));
}

/** True when running in CI, where a missing engine is a failure instead of a skip. */
export function inCI(): boolean {
  return process.env['CI'] === 'true';
}

const HOW_TO_START = 'start one with `bash scripts/engines.sh install && bash scripts/engines.sh start d20`';

/**
 * `describe` that runs `fn` with a live engine. Without one: `describe.skip` plus a console
 * message, or under CI=true a failing test that says which engine is missing.
 */
export function describeWithEngine(
  title: string,
  fn: (engine: Engine) => void,
  find: () => Engine | null = findEngine,
  what = 'a Docker engine (DOCKER_HOST or unix:///tmp/ll/d20/docker.sock)',
): void {
  const engine = find();
  if (engine !== null) {
    describe(title, () => {
      fn(engine);
    });
    return;
  }
  const message = `no live engine: ${what} did not answer \`docker version\`; ${HOW_TO_START}`;
  if (inCI()) {
    describe(title, () => {
      it('needs a live engine (CI=true)', () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`[e2e] skipping "${title}": ${message}`);
  describe.skip(title, () => {
    it('needs a live engine', () => undefined);
  });
}
