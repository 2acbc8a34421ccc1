/**
 * Every rule on real-engine archives (fixtures/archives, built by fixtures/build.sh), through the real
 * reader, model, parser and mapper. Expected lines are read off the fixture Dockerfiles by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImage } from '../../../src/archive/index.js';
import { mapLayers, parseDockerfile } from '../../../src/dockerfile/index.js';
import { parseConfig } from '../../../src/lint/config.js';
import { runRules } from '../../../src/lint/runner.js';
import { buildModel } from '../../../src/image/analyze.js';
import type { Finding } from '../../../src/lint/types.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

async function analyse(
  archive: string,
  image: string,
  withDockerfile = true,
  configText = '',
): Promise<Finding[]> {
  const [img] = await readImage({ kind: 'file', path: join(ROOT, 'fixtures', 'archives', archive) });
  if (!img) throw new Error(`no image in ${archive}`);
  const model = buildModel(img);
  const config = configText ? parseConfig(configText, '.layerlint.yml') : undefined;
  if (!withDockerfile)
    return runRules({ model, mapping: null, dockerfile: null, ...(config ? { config } : {}) });
  const text = readFileSync(join(ROOT, 'fixtures', image, 'Dockerfile'), 'utf8');
  const dockerfile = parseDockerfile(text, `fixtures/${image}/Dockerfile`, { buildArgs: {} });
  const mapping = mapLayers({
    dockerfile,
    history: img.config.history ?? [],
    diffIds: img.config.rootfs.diff_ids,
  });
  return runRules({ model, mapping, dockerfile, ...(config ? { config } : {}) });
}

/** `LL003@21` for each finding at warning or above (sorted, unique). */
function atLeastWarning(f: readonly Finding[]): string[] {
  return [
    ...new Set(f.filter((x) => x.severity !== 'info').map((x) => `${x.ruleId}@${x.line ?? '-'}`)),
  ].sort();
}

// fixtures/waste/Dockerfile, line by line (see its comments):
//  8 COPY . .            -> LL007 (before `RUN npm ci` on 9), LL008 (.env, .aws/credentials, secrets/id_rsa), LL009 (.git)
//  9 RUN npm ci          -> LL006 (npm _cacache), first of the consecutive RUNs (LL001, 9..49: info, as
//                           every byte merging would save is reported by LL003, LL004 or LL005 below)
// 11 RUN ... apt/pip     -> LL006
// 16 RUN ... apk cache removed in the same RUN -> nothing
// 21 RUN ... /data files -> LL003 (deleted by 39, hidden by the opaque dir of 41), LL004 (overwritten by 37)
// 43 RUN chmod 600       -> LL005
// 45 RUN true            -> LL002 (BuildKit makes a layer; the legacy builder makes none)
// 47 RUN ... /tmp/build.log -> LL010
const WASTE_COMMON = [
  'LL003@21',
  'LL004@21',
  'LL005@43',
  'LL006@11',
  'LL006@9',
  'LL007@8',
  'LL008@8',
  'LL009@8',
  'LL010@47',
];

const WASTE: [string, string[]][] = [
  ['waste-d20-bk.tar', [...WASTE_COMMON, 'LL002@45'].sort()],
  ['waste-d26.tar', [...WASTE_COMMON, 'LL002@45'].sort()],
  ['waste-oci-zstd.tar', [...WASTE_COMMON, 'LL002@45'].sort()],
  ['waste-d20-legacy.tar', [...WASTE_COMMON].sort()],
];

describe('rules on real-engine fixtures', () => {
  it.each(WASTE)(
    '%s: every expected finding at its Dockerfile line, nothing else',
    async (archive, expected) => {
      const f = await analyse(archive, 'waste');
      expect(atLeastWarning(f)).toEqual(expected);
    },
  );

  it('waste: the evidence is measured (bytes and paths)', async () => {
    const f = await analyse('waste-d20-bk.tar', 'waste');
    const one = (id: string, line: number) => f.filter((x) => x.ruleId === id && x.line === line);
    // LL003: 8192 + 4096 + 2048 deleted by line 39, 3000 + 1000 hidden by the opaque dir of line 41.
    expect(
      one('LL003', 21)
        .map((x) => x.bytes)
        .sort((a, b) => a - b),
    ).toEqual([4000, 14336]);
    expect(one('LL004', 21)[0]?.paths).toEqual([{ path: 'data/overwrite.bin', bytes: 102400 }]);
    expect(one('LL005', 43)[0]?.paths).toEqual([{ path: 'data/large.bin', bytes: 1048576 }]);
    expect(one('LL006', 11)[0]?.bytes).toBe(40960 + 30720 + 20480);
    expect(
      one('LL008', 8)[0]
        ?.paths.map((p) => p.path)
        .sort(),
    ).toEqual(['app/.aws/credentials', 'app/.env', 'app/secrets/id_rsa']);
    expect(one('LL008', 8)[0]?.severity).toBe('error');
    expect(one('LL009', 8)[0]?.paths.map((p) => p.path)).toEqual(['app/.git']);
    expect(one('LL010', 47)[0]?.paths).toEqual([{ path: 'tmp/build.log', bytes: 15 }]);
    const ll001 = one('LL001', 9)[0];
    expect(ll001?.endLine).toBe(49);
    // One finding per wasted byte: the 1.2 MB the merge would save are LL003's, LL004's and LL005's.
    expect(ll001?.severity).toBe('info');
    expect(ll001?.bytes).toBe(0);
    // The WORKDIR on line 6 makes a directory-only layer: expected, so not reported by default.
    expect(f.filter((x) => x.ruleId === 'LL002' && x.line === 6)).toEqual([]);
    // The npm cache's hash-named files are one row: their directory.
    expect(one('LL006', 9)[0]?.paths).toEqual([
      { path: 'root/.npm/_cacache/', bytes: 24_663 },
      { path: 'root/.npm/_cacache/_logs/2024-01-01T00_00_00_000Z-debug-0.log', bytes: 28 },
    ]);
    // Messages do not restate the layer the location names.
    for (const x of f) expect(x.message).not.toMatch(/^layer \d/);
  });

  it('waste: LL011 with a 1 MiB threshold fires at line 21 (the layer holding data/large.bin)', async () => {
    const f = await analyse('waste-d20-bk.tar', 'waste', true, 'rules:\n  LL011: { maxBytes: 1MiB }\n');
    const big = f.filter((x) => x.ruleId === 'LL011');
    // The base image's busybox layer is above 1 MiB too: reported as info on the FROM line (4).
    expect(big.map((x) => [x.layerIndex === 0 ? 'base' : 'user', x.line, x.severity])).toEqual([
      ['user', 21, 'warning'],
      ['base', 4, 'info'],
    ]);
    expect(big[0]?.paths[0]).toEqual({ path: 'data/large.bin', bytes: 1048576 });
  });

  it('waste: inline suppression and ignorePaths on the real Dockerfile', async () => {
    const f = await analyse(
      'waste-d20-bk.tar',
      'waste',
      true,
      'ignorePaths: ["app/.git"]\nrules:\n  LL001: off\n',
    );
    expect(f.some((x) => x.ruleId === 'LL009')).toBe(false);
    expect(f.some((x) => x.ruleId === 'LL001')).toBe(false);
    expect(f.some((x) => x.ruleId === 'LL008')).toBe(true);
  });

  it.each(['clean-d20-bk.tar', 'clean-d20-legacy.tar', 'clean-d26.tar'])(
    '%s: zero findings at warning or above, with and without the Dockerfile',
    async (archive) => {
      expect(atLeastWarning(await analyse(archive, 'clean'))).toEqual([]);
      expect(atLeastWarning(await analyse(archive, 'clean', false))).toEqual([]);
    },
  );

  it('heredoc-d26: the blob written by the heredoc RUN (line 4) and deleted by the one on line 14', async () => {
    const f = await analyse('heredoc-d26.tar', 'heredoc');
    expect(atLeastWarning(f)).toEqual(['LL003@4']);
    expect(f.find((x) => x.ruleId === 'LL003')?.paths).toEqual([{ path: 'srv/www/blob.bin', bytes: 4096 }]);
  });

  it.each(['multistage-d20-bk.tar', 'multistage-d20-legacy.tar', 'multistage-d26.tar'])(
    '%s: the toolchain stayed in the build stages, so nothing fires',
    async (archive) => {
      expect(atLeastWarning(await analyse(archive, 'multistage'))).toEqual([]);
    },
  );

  it('waste without a Dockerfile: the same rules fire, without lines', async () => {
    const f = await analyse('waste-d20-bk.tar', 'waste', false);
    expect([...new Set(f.filter((x) => x.severity !== 'info').map((x) => x.ruleId))].sort()).toEqual([
      'LL002',
      'LL003',
      'LL004',
      'LL005',
      'LL006',
      'LL007',
      'LL008',
      'LL009',
      'LL010',
    ]);
    expect(f.every((x) => x.line === null)).toBe(true);
  });
});

// fixtures/rules-extra/Dockerfile: line 4 leaves gcc, cc1 and make (LL012, two tools);
// line 11 writes a pip cache into a cache mount (LL006 must stay quiet); line 14 copies
// .docker/config.json and .npmrc (LL008).
const EXTRA_ARCHIVE = join(ROOT, 'fixtures', 'archives', 'rules-extra-oci-gzip.tar');
const EXTRA_DOCKERFILE = join(ROOT, 'fixtures', 'rules-extra', 'Dockerfile');

describe('rules on the rules-extra real-engine fixture', () => {
  it('LL012 at line 4, LL008 at line 14, nothing for the cache mount', async () => {
    const [img] = await readImage({ kind: 'file', path: EXTRA_ARCHIVE });
    if (!img) throw new Error('no image');
    const model = buildModel(img);
    const dockerfile = parseDockerfile(readFileSync(EXTRA_DOCKERFILE, 'utf8'), 'Dockerfile', {
      buildArgs: {},
    });
    const mapping = mapLayers({
      dockerfile,
      history: img.config.history ?? [],
      diffIds: img.config.rootfs.diff_ids,
    });
    const f = runRules({ model, mapping, dockerfile });
    expect(atLeastWarning(f)).toEqual(['LL008@14', 'LL012@4']);
    const tools = f.filter((x) => x.ruleId === 'LL012');
    expect(tools.map((x) => x.bytes).sort((a, b) => a - b)).toEqual([50000, 500000]);
    expect(
      f
        .find((x) => x.ruleId === 'LL008')
        ?.paths.map((p) => p.path)
        .sort(),
    ).toEqual(['root/.docker/config.json', 'root/.npmrc']);
    expect(f.some((x) => x.ruleId === 'LL006')).toBe(false);
  });
});
