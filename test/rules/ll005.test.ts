import { describe, expect, it } from 'vitest';
import { ll005 } from '../../src/rules/ll005-metadata-only-rewrite.js';
import { BASE_LAYER, dockerfile, runOne, where, type Scenario } from './helpers.js';

const DF = dockerfile('FROM base', 'COPY run.sh /run.sh', 'RUN chmod +x /run.sh');

const invalid: [string, Scenario, ReturnType<typeof where>, number][] = [
  [
    'chmod in a separate RUN: reported at the rewriting line',
    {
      dockerfile: DF,
      layers: [
        BASE_LAYER,
        { entries: ['run.sh:120#s'] },
        { entries: [{ path: 'run.sh', kind: 'file', size: 120, hash: 's', mode: 0o755 }] },
      ],
      lines: ['base', 2, 3],
    },
    [{ ruleId: 'LL005', layer: 2, line: 3, endLine: 3 }],
    120,
  ],
  [
    'chown of a base-image file by the build',
    {
      dockerfile: dockerfile('FROM base', 'RUN chown 1000 /bin/busybox'),
      layers: [
        { ...BASE_LAYER, entries: ['bin/', 'bin/busybox:1000000#bb'] },
        { entries: [{ path: 'bin/busybox', kind: 'file', size: 1000000, hash: 'bb', uid: 1000 }] },
      ],
      lines: ['base', 2],
    },
    [{ ruleId: 'LL005', layer: 1, line: 2, endLine: 2 }],
    1000000,
  ],
];

const valid: [string, Scenario][] = [
  [
    'a zero-byte file touched again (nothing stored twice)',
    { layers: [BASE_LAYER, { entries: ['app/.keep:0#e'] }, { entries: ['app/.keep:0#e'] }] },
  ],
  [
    'different content',
    {
      dockerfile: DF,
      layers: [BASE_LAYER, { entries: ['run.sh:120#s'] }, { entries: ['run.sh:120#t'] }],
      lines: ['base', 2, 3],
    },
  ],
  [
    'COPY --chmod (one layer)',
    {
      dockerfile: dockerfile('FROM base', 'COPY --chmod=755 run.sh /run.sh'),
      layers: [BASE_LAYER, { entries: ['run.sh:120#s'] }],
      lines: ['base', 2],
    },
  ],
  [
    'rewrite inside the base image',
    {
      dockerfile: dockerfile('FROM base', 'COPY a /a'),
      layers: [
        BASE_LAYER,
        { entries: ['bin/', 'bin/busybox:1000000#x'] },
        { entries: ['bin/', 'bin/busybox:1000000#x'] },
        { entries: ['a:1'] },
      ],
      lines: ['base', 'base', 'base', 2],
    },
  ],
];

describe('LL005 metadata-only-rewrite', () => {
  it.each(invalid)('fires: %s', (_name, s, expected, bytes) => {
    const f = runOne(ll005, s);
    expect(where(f)).toEqual(expected);
    expect(f[0]?.bytes).toBe(bytes);
  });
  it.each(valid)('quiet: %s', (_name, s) => {
    expect(where(runOne(ll005, s))).toEqual([]);
  });
});
