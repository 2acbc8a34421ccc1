/**
 * `docker save IMAGE` / `podman save IMAGE` piped straight into the reader: no temp file, no buffering.
 * An I/O adapter: it takes the environment as a parameter (DOCKER_HOST and friends are inherited from it).
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { EngineError } from '../common/errors.js';

export type Engine = 'docker' | 'podman';

/** A running `save`: its stdout, and a promise that settles once the process has exited. */
export interface SaveProcess {
  stream: Readable;
  /** Resolves on exit code 0; rejects with a one-line EngineError otherwise. */
  exited: Promise<void>;
  /** Stop the process (after a reader error). */
  kill(): void;
}

/**
 * Names a child never gets: the Action's inputs (`INPUT_GITHUB-TOKEN`), the runner's own tokens and
 * service URLs (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_URL`, ...), and anything whose name
 * says it is a secret. `docker save` needs none of them.
 */
const SECRET_ENV = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|API_KEY/i;

/**
 * The environment an engine client is spawned with: `env` without secrets. Everything it needs stays
 * (PATH, HOME, DOCKER_HOST and DOCKER_CONFIG, CONTAINER_HOST, XDG_*, TMPDIR, proxies).
 */
export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!SECRET_ENV.test(name)) out[name] = value;
  return out;
}

/** Keep only the tail of stderr: enough for the message, bounded whatever the engine prints. */
const STDERR_CAP = 16 * 1024;

/** Map an engine's stderr to the single line a user sees. */
export function engineErrorMessage(
  engine: Engine,
  ref: string,
  stderr: string,
  env: NodeJS.ProcessEnv,
): string {
  const text = stderr.trim();
  const host = env.DOCKER_HOST ?? env.CONTAINER_HOST;
  if (
    /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|connect: (no such file|connection refused|permission denied)|unable to connect to Podman/i.test(
      text,
    )
  ) {
    return `cannot connect to the ${engine} engine${host ? ` at ${host}` : ''}: is it running?`;
  }
  if (
    /No such image|reference does not exist|image not known|no such manifest|not found|does not exist/i.test(
      text,
    )
  ) {
    return `image ${ref} is not in the ${engine} engine (nothing is pulled: build or load it first)`;
  }
  const last =
    text
      .split('\n')
      .filter((l) => l.trim())
      .pop() ?? 'no output';
  return `${engine} save ${ref} failed: ${last.replace(/^Error( response from daemon)?:\s*/i, '')}`;
}

/** Spawn `<engine> save <ref>` with `env` less its secrets (childEnv). Reading `stream` drives the save; `exited` reports failure. */
export function spawnSave(
  engine: Engine,
  ref: string,
  env: NodeJS.ProcessEnv,
  bin: string = engine,
): SaveProcess {
  if (ref.startsWith('-')) throw new EngineError(`invalid image reference ${JSON.stringify(ref)}`);
  const child = spawn(bin, ['save', ref], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    stderr = (stderr + s).slice(-STDERR_CAP);
  });
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(
        new EngineError(
          e.code === 'ENOENT'
            ? `${bin}: command not found (install ${engine}, or pass an archive path)`
            : `${bin} save ${ref}: ${e.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else if (signal && !stderr.trim())
        reject(new EngineError(`${engine} save ${ref} was stopped by ${signal}`));
      else reject(new EngineError(engineErrorMessage(engine, ref, stderr, env)));
    });
  });
  exited.catch(() => undefined);
  return {
    stream: child.stdout,
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}
