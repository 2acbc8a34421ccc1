import { describe, expect, it } from 'vitest';
import { ll002 } from '../../../src/lint/rules/ll002-zero-byte-layer.js';
import { BASE_LAYER, dockerfile, runOne, where, type Scenario } from './helpers.js';

const invalid: [string, Scenario, ReturnType<typeof where>, string][] = [
  [
    'an empty layer (BuildKit no-op RUN)',
    {
      dockerfile: dockerfile('FROM base', 'RUN true'),
      layers: [BASE_LAYER, { entries: [] }],
      lines: ['base', 2],
    },
    [{ ruleId: 'LL002', layer: 1, line: 2, endLine: 2 }],
    'warning',
  ],
  [
    'a layer with directories only',
    {
      dockerfile: dockerfile('FROM base', 'COPY a /a', 'RUN mkdir -p /data/x'),
      layers: [BASE_LAYER, { entries: ['a:4'] }, { entries: ['data/', 'data/x/'] }],
      lines: ['base', 2, 3],
    },
    [{ ruleId: 'LL002', layer: 2, line: 3, endLine: 3 }],
    'warning',
  ],
  [
    'no Dockerfile',
    {
      layers: [
        BASE_LAYER,
        { entries: ['a:1'] },
        { createdBy: 'RUN /bin/sh -c true # buildkit', entries: [] },
      ],
    },
    [{ ruleId: 'LL002', layer: 2, line: null, endLine: null }],
    'warning',
  ],
];

const WORKDIR: Scenario = {
  dockerfile: dockerfile('FROM base', 'WORKDIR /app'),
  layers: [BASE_LAYER, { entries: ['app/'] }],
  lines: ['base', 2],
};

const valid: [string, Scenario][] = [
  // Issue 11, item 9: a WORKDIR that creates its directory is expected.
  ['a WORKDIR layer (reportWorkdir defaults to false)', WORKDIR],
  [
    'a layer with a file',
    {
      dockerfile: dockerfile('FROM base', 'COPY a /a'),
      layers: [BASE_LAYER, { entries: ['a:0'] }],
      lines: ['base', 2],
    },
  ],
  [
    'a layer with only a whiteout',
    {
      dockerfile: dockerfile('FROM base', 'RUN rm /etc/passwd'),
      layers: [BASE_LAYER, { entries: ['etc/', 'etc/.wh.passwd'] }],
      lines: ['base', 2],
    },
  ],
  [
    'a layer with only a symlink',
    {
      dockerfile: dockerfile('FROM base', 'RUN ln -s a /b'),
      layers: [BASE_LAYER, { entries: ['b -> a'] }],
      lines: ['base', 2],
    },
  ],
  [
    'an empty base-image layer',
    {
      dockerfile: dockerfile('FROM base', 'COPY a /a'),
      layers: [BASE_LAYER, { entries: ['tmp/'] }, { entries: ['a:1'] }],
      lines: ['base', 'base', 2],
    },
  ],
];

describe('LL002 zero-byte-layer', () => {
  it.each(invalid)('fires: %s', (_name, s, expected, severity) => {
    const f = runOne(ll002, s);
    expect(where(f)).toEqual(expected);
    expect(f[0]?.severity).toBe(severity);
  });
  it.each(valid)('quiet: %s', (_name, s) => {
    expect(where(runOne(ll002, s))).toEqual([]);
  });
  it('reportWorkdir: true reports a WORKDIR layer at info', () => {
    const f = runOne({ ...ll002, options: { reportWorkdir: true } }, WORKDIR);
    expect(where(f)).toEqual([{ ruleId: 'LL002', layer: 1, line: 2, endLine: 2 }]);
    expect(f[0]?.severity).toBe('info');
  });
});
