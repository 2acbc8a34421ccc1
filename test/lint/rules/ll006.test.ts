import { describe, expect, it } from 'vitest';
import { ll006, CACHE_KINDS } from '../../../src/lint/rules/ll006-package-manager-cache.js';
import { BASE_LAYER, dockerfile, runOne, where, type Scenario } from './helpers.js';

function one(path: string, dfLine = 'RUN install-things'): Scenario {
  return {
    dockerfile: dockerfile('FROM base', dfLine),
    layers: [BASE_LAYER, { entries: [`${path}:50000`, 'usr/bin/tool:1000'] }],
    lines: ['base', 2],
  };
}

const CACHE_PATHS: [string, string][] = [
  ['apt lists', 'var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4'],
  ['apt archives', 'var/cache/apt/archives/curl_7.88.1_amd64.deb'],
  ['apt package cache', 'var/cache/apt/pkgcache.bin'],
  ['apk cache', 'var/cache/apk/APKINDEX.2c4ac24e.tar.gz'],
  ['pip cache', 'root/.cache/pip/http-v2/a/b/c/abcdef'],
  ['npm cache', 'root/.npm/_cacache/content-v2/sha512/ab/cd/ef'],
  ['yarn cache', 'usr/local/share/.cache/yarn/v6/npm-left-pad-1.3.0/package.json'],
  ['pnpm store', 'root/.local/share/pnpm/store/v3/files/00/abc'],
  ['Go build cache', 'root/.cache/go-build/00/0123-d'],
  ['gem/bundler cache', 'usr/local/bundle/cache/rack-3.0.8.gem'],
  ['composer cache', 'root/.composer/cache/files/vendor/pkg/1.zip'],
  ['conda pkgs', 'opt/conda/pkgs/numpy-1.26.0.conda'],
];

describe('LL006 package-manager-cache', () => {
  it.each(CACHE_PATHS)('fires for %s (%s)', (kind, path) => {
    const f = runOne(ll006, one(path));
    expect(where(f)).toEqual([{ ruleId: 'LL006', layer: 1, line: 2, endLine: 2 }]);
    expect(f[0]?.bytes).toBe(50000);
    expect(f[0]?.paths).toEqual([{ path, bytes: 50000 }]);
    expect(CACHE_KINDS.find((k) => k.re.test(path))?.name).toBe(kind);
  });

  it('stays quiet when the cache was removed in the same RUN (absent from the layer)', () => {
    const s: Scenario = {
      dockerfile: dockerfile(
        'FROM base',
        'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      ),
      layers: [
        BASE_LAYER,
        { entries: ['var/', 'var/lib/', 'var/lib/apt/', 'var/lib/apt/lists/', 'usr/bin/curl:200000'] },
      ],
      lines: ['base', 2],
    };
    expect(runOne(ll006, s)).toEqual([]);
  });

  it('never fires for RUN --mount=type=cache', () => {
    expect(
      runOne(
        ll006,
        one('root/.cache/pip/x', 'RUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt'),
      ),
    ).toEqual([]);
  });

  it('a cache mount covers its target only: apt lists stored beside a pip cache mount still count', () => {
    const s: Scenario = {
      dockerfile: dockerfile(
        'FROM base',
        'RUN --mount=type=cache,target=/root/.cache/pip apt-get update && pip install -r r.txt',
      ),
      layers: [
        BASE_LAYER,
        { entries: ['root/.cache/pip/', 'var/lib/apt/lists/x_Packages:30000', 'usr/lib/py/m.py:9000'] },
      ],
      lines: ['base', 2],
    };
    const f = runOne(ll006, s);
    expect(where(f)).toEqual([{ ruleId: 'LL006', layer: 1, line: 2, endLine: 2 }]);
    expect(f[0]?.paths).toEqual([{ path: 'var/lib/apt/lists/x_Packages', bytes: 30000 }]);
  });

  it('a relative cache mount target is under the WORKDIR', () => {
    const s: Scenario = {
      dockerfile: dockerfile(
        'FROM base',
        'WORKDIR /root',
        'RUN --mount=type=cache,target=.cache/pip pip install -r r.txt',
      ),
      layers: [BASE_LAYER, { entries: ['root/'] }, { entries: ['root/.cache/pip/x:50000'] }],
      lines: ['base', 2, 3],
    };
    expect(runOne(ll006, s)).toEqual([]);
  });

  it.each([
    ['apt lock file only', 'var/lib/apt/lists/lock'],
    ['a project file that merely mentions cache', 'app/cache/data.json'],
    ['an apk world file', 'etc/apk/world'],
  ])('quiet: %s', (_name, path) => {
    expect(runOne(ll006, one(path))).toEqual([]);
  });

  it('quiet for base-image layers; reported at info with includeBaseImage', () => {
    const s: Scenario = {
      dockerfile: dockerfile('FROM base', 'COPY a /a'),
      layers: [{ ...BASE_LAYER, entries: ['var/cache/apk/APKINDEX.tar.gz:90000'] }, { entries: ['a:1'] }],
      lines: ['base', 2],
    };
    expect(runOne(ll006, s)).toEqual([]);
    const f = runOne({ ...ll006, options: { minBytes: 1024, includeBaseImage: true } }, s);
    expect(where(f)).toEqual([{ ruleId: 'LL006', layer: 0, line: 1, endLine: 1 }]);
    expect(f[0]?.severity).toBe('info');
  });

  it('below minBytes stays quiet', () => {
    const s: Scenario = { layers: [BASE_LAYER, { entries: ['var/cache/apk/x:10'] }] };
    expect(runOne(ll006, s)).toEqual([]);
  });

  it('no Dockerfile: reports by layer', () => {
    const s: Scenario = {
      layers: [BASE_LAYER, { entries: ['var/cache/apk/x:5000', 'root/.npm/_cacache/y:3000'] }],
    };
    const f = runOne(ll006, s);
    expect(where(f)).toEqual([{ ruleId: 'LL006', layer: 1, line: null, endLine: null }]);
    expect(f[0]?.bytes).toBe(8000);
  });
});

// Issue 11, item 5: cleaning up in an update-only RUN would break the next RUN's install.
describe('LL006 advice for an update-only RUN', () => {
  const LISTS = 'var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages';
  it.each([
    ['apt-get update', LISTS],
    ['apt update', LISTS],
    ['set -eux; apt-get -q update', LISTS],
    ['apk update', 'var/cache/apk/APKINDEX.2c4ac24e.tar.gz'],
    ['yum makecache', 'var/cache/yum/x86_64/repodata/primary.xml.gz'],
    ['dnf makecache --refresh', 'var/cache/dnf/fedora/repodata/primary.xml.gz'],
  ])('`RUN %s`: merge update, install and cleanup into one RUN', (command, path) => {
    const f = runOne(ll006, one(path, `RUN ${command}`));
    expect(where(f)).toEqual([{ ruleId: 'LL006', layer: 1, line: 2, endLine: 2 }]);
    expect(f[0]?.fix).toContain('one RUN');
    expect(f[0]?.fix).not.toContain('same RUN');
  });

  it('from history alone (no Dockerfile), with the BuildKit marker', () => {
    const f = runOne(ll006, {
      layers: [
        BASE_LAYER,
        { createdBy: 'RUN /bin/sh -c apt-get update # buildkit', entries: [`${LISTS}:50000`] },
      ],
    });
    expect(f[0]?.fix).toContain('one RUN');
  });

  it.each([
    'apt-get update && apt-get install -y jq',
    'apk update && apk add jq',
    'dnf makecache && dnf install -y jq',
  ])('`RUN %s` installs too: clean up in the same RUN', (command) => {
    const f = runOne(ll006, one(LISTS, `RUN ${command}`));
    expect(f[0]?.fix).toContain('same RUN');
  });
});
