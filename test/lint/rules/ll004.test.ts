import { describe, expect, it } from 'vitest';
import { ll004 } from '../../../src/lint/rules/ll004-overwritten-in-later-layer.js';
import { BASE_LAYER, dockerfile, runOne, where, type Scenario } from './helpers.js';

const DF = dockerfile('FROM base', 'COPY app.bin /app.bin', 'RUN ./build > /app.bin');

const invalid: [string, Scenario, ReturnType<typeof where>, number][] = [
  [
    'a later layer writes different content',
    {
      dockerfile: DF,
      layers: [BASE_LAYER, { entries: ['app.bin:40000#a'] }, { entries: ['app.bin:41000#b'] }],
      lines: ['base', 2, 3],
    },
    [{ ruleId: 'LL004', layer: 1, line: 2, endLine: 2 }],
    40000,
  ],
  [
    'same size, different hash',
    {
      dockerfile: DF,
      layers: [BASE_LAYER, { entries: ['app.bin:40000#a'] }, { entries: ['app.bin:40000#b'] }],
      lines: ['base', 2, 3],
    },
    [{ ruleId: 'LL004', layer: 1, line: 2, endLine: 2 }],
    40000,
  ],
  [
    'a symlink replaces a file',
    {
      layers: [BASE_LAYER, { entries: ['lib.so:20000'] }, { entries: ['lib.so -> lib.so.1', 'lib.so.1:1'] }],
    },
    [{ ruleId: 'LL004', layer: 1, line: null, endLine: null }],
    20000,
  ],
];

const valid: [string, Scenario][] = [
  [
    'same content (LL005 territory)',
    {
      dockerfile: DF,
      layers: [BASE_LAYER, { entries: ['app.bin:40000#a'] }, { entries: ['app.bin:40000#a'] }],
      lines: ['base', 2, 3],
    },
  ],
  [
    'a small edit such as adduser on /etc/passwd',
    {
      dockerfile: dockerfile('FROM base', 'RUN adduser -D app'),
      layers: [BASE_LAYER, { entries: ['etc/', 'etc/passwd:350'] }],
      lines: ['base', 2],
    },
  ],
  [
    'a deletion is not an overwrite',
    { layers: [BASE_LAYER, { entries: ['f:50000'] }, { entries: ['.wh.f'] }] },
  ],
];

describe('LL004 overwritten-in-later-layer', () => {
  it.each(invalid)('fires: %s', (_name, s, expected, bytes) => {
    const f = runOne(ll004, s);
    expect(where(f)).toEqual(expected);
    expect(f[0]?.bytes).toBe(bytes);
  });
  it.each(valid)('quiet: %s', (_name, s) => {
    expect(where(runOne(ll004, s))).toEqual([]);
  });
  it('reports overwrites of base-image files as info', () => {
    const s: Scenario = {
      dockerfile: dockerfile('FROM base', 'RUN upgrade'),
      layers: [BASE_LAYER, { entries: ['bin/', 'bin/busybox:1100000'] }],
      lines: ['base', 2],
    };
    const f = runOne(ll004, s);
    expect(where(f)).toEqual([{ ruleId: 'LL004', layer: 0, line: null, endLine: null }]);
    expect(f[0]?.severity).toBe('info');
  });
});
