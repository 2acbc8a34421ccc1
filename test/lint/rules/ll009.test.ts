import { describe, expect, it } from 'vitest';
import { ll009 } from '../../../src/lint/rules/ll009-vcs-metadata.js';
import { BASE_LAYER, dockerfile, must, runOne, where, type Scenario } from './helpers.js';

const GIT = [
  'app/',
  'app/.git/',
  'app/.git/HEAD:23',
  'app/.git/objects/',
  'app/.git/objects/pack/',
  'app/.git/objects/pack/p.pack:90000',
  'app/main.go:500',
];

const invalid: [string, Scenario, ReturnType<typeof where>, number][] = [
  [
    'COPY . . brings .git',
    {
      dockerfile: dockerfile('FROM base', 'COPY . /app'),
      layers: [BASE_LAYER, { entries: GIT }],
      lines: ['base', 2],
    },
    [{ ruleId: 'LL009', layer: 1, line: 2, endLine: 2 }],
    90023,
  ],
  [
    '.svn and .hg',
    {
      layers: [
        BASE_LAYER,
        { entries: ['src/.svn/', 'src/.svn/wc.db:7000', 'x/.hg/', 'x/.hg/store/data:100'] },
      ],
    },
    [{ ruleId: 'LL009', layer: 1, line: null, endLine: null }],
    7100,
  ],
  [
    '.git deleted later still ships',
    {
      dockerfile: dockerfile('FROM base', 'COPY . /app', 'RUN rm -rf /app/.git'),
      layers: [BASE_LAYER, { entries: GIT }, { entries: ['app/.wh..git'] }],
      lines: ['base', 2, 3],
    },
    [{ ruleId: 'LL009', layer: 1, line: 2, endLine: 2 }],
    90023,
  ],
];

const valid: [string, Scenario][] = [
  [
    'no VCS directory',
    {
      layers: [
        BASE_LAYER,
        { entries: ['app/main.go:500', 'app/.gitignore:20', 'app/.github/workflows/ci.yml:300'] },
      ],
    },
  ],
  ['a .git file (submodule pointer)', { layers: [BASE_LAYER, { entries: ['app/sub/.git:30'] }] }],
  ['a whiteout of .git only', { layers: [BASE_LAYER, { entries: ['app/.wh..git'] }] }],
];

describe('LL009 vcs-metadata', () => {
  it.each(invalid)('fires: %s', (_name, s, expected, bytes) => {
    const f = runOne(ll009, s);
    expect(where(f)).toEqual(expected);
    expect(f[0]?.bytes).toBe(bytes);
  });
  it.each(valid)('quiet: %s', (_name, s) => {
    expect(where(runOne(ll009, s))).toEqual([]);
  });
  it('names the VCS root with its size', () => {
    const f = runOne(ll009, must(invalid[0])[1]);
    expect(f[0]?.paths).toEqual([{ path: 'app/.git', bytes: 90023 }]);
  });
});
