import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineErrorMessage } from '../../src/archive/save.js';
import { readImage } from '../../src/archive/index.js';
import { EngineError } from '../../src/common/errors.js';
import { sampleLayers, syntheticLegacy } from '../helpers/synthetic.js';
import { at } from './at.js';

const tmp = mkdtempSync(join(tmpdir(), 'layerlint-engine-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A fake engine client: a shell script standing in for `docker`, so no engine is needed here. */
function fakeEngine(name: string, script: string): string {
  const p = join(tmp, name);
  writeFileSync(p, `#!/bin/sh\n${script}\n`);
  chmodSync(p, 0o755);
  return p;
}

describe('engine source', () => {
  it('maps engine failures to one line', () => {
    const env = { DOCKER_HOST: 'unix:///tmp/x.sock' };
    expect(
      engineErrorMessage(
        'docker',
        'a:1',
        'Cannot connect to the Docker daemon at unix:///tmp/x.sock. Is the docker daemon running?',
        env,
      ),
    ).toBe('cannot connect to the docker engine at unix:///tmp/x.sock: is it running?');
    expect(engineErrorMessage('docker', 'a:1', 'Error response from daemon: No such image: a:1', {})).toBe(
      'image a:1 is not in the docker engine (nothing is pulled: build or load it first)',
    );
    expect(engineErrorMessage('podman', 'a:1', 'Error: a:1: image not known', {})).toMatch(
      /^image a:1 is not in the podman engine/,
    );
    expect(engineErrorMessage('docker', 'a:1', 'line one\nError: disk quota exceeded\n', {})).toBe(
      'docker save a:1 failed: disk quota exceeded',
    );
  });

  it('streams `save` output straight into the reader, with the given env', async () => {
    const archive = join(tmp, 'img.tar');
    writeFileSync(archive, syntheticLegacy({ layers: sampleLayers().map((tar) => ({ tar })) }));
    // The fake client checks that it got the env it was given, and that it was asked to `save` the ref.
    const bin = fakeEngine(
      'docker-ok',
      `[ "$DOCKER_HOST" = "unix:///fake.sock" ] && [ "$1" = save ] && [ "$2" = synthetic:legacy ] || exit 9\ncat ${archive}`,
    );
    const img = at(
      await readImage({
        kind: 'engine',
        engine: 'docker',
        ref: 'synthetic:legacy',
        env: { DOCKER_HOST: 'unix:///fake.sock' },
        bin,
      }),
    );
    expect(img.layers).toHaveLength(3);
    expect(img.source).toBe('synthetic:legacy');
  });

  it('turns "no such image" and "cannot connect" into EngineErrors, not archive errors', async () => {
    const missing = fakeEngine(
      'docker-missing',
      'echo "Error response from daemon: reference does not exist" >&2; exit 1',
    );
    const p = readImage({ kind: 'engine', engine: 'docker', ref: 'nope:1', env: {}, bin: missing });
    await expect(p).rejects.toThrow(EngineError);
    await expect(
      readImage({ kind: 'engine', engine: 'docker', ref: 'nope:1', env: {}, bin: missing }),
    ).rejects.toThrow(/^image nope:1 is not in the docker engine/);
    const down = fakeEngine(
      'docker-down',
      'echo "Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?" >&2; exit 1',
    );
    await expect(
      readImage({
        kind: 'engine',
        engine: 'docker',
        ref: 'a',
        env: { DOCKER_HOST: 'unix:///x.sock' },
        bin: down,
      }),
    ).rejects.toThrow('cannot connect to the docker engine at unix:///x.sock: is it running?');
  });

  it('reports a missing client binary', async () => {
    await expect(
      readImage({ kind: 'engine', engine: 'podman', ref: 'a', env: {}, bin: join(tmp, 'no-such-binary') }),
    ).rejects.toThrow(/no-such-binary: command not found/);
  });

  it('rejects a reference that looks like an option', async () => {
    await expect(
      readImage({ kind: 'engine', engine: 'docker', ref: '--output=/etc/x', env: {} }),
    ).rejects.toThrow(/invalid image reference/);
  });
});
