import { describe, expect, it } from 'vitest';
import { ll005 } from '../../../src/lint/rules/ll005-metadata-only-rewrite.js';
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
  [
    // Tar mtimes are whole seconds: a `touch` in the same second as the write keeps the header as it was.
    'touch within the same second: the RUN still stored the file again',
    {
      dockerfile: dockerfile('FROM base', 'RUN echo x > /run.sh', 'RUN touch /run.sh'),
      layers: [BASE_LAYER, { entries: ['run.sh:120#s'] }, { entries: ['run.sh:120#s'] }],
      lines: ['base', 2, 3],
    },
    [{ ruleId: 'LL005', layer: 2, line: 3, endLine: 3 }],
    120,
  ],
  [
    'COPY --chmod of a file an earlier COPY stored',
    {
      dockerfile: dockerfile('FROM base', 'COPY run.sh /run.sh', 'COPY --chmod=755 run.sh /run.sh'),
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
    'touch in a separate RUN: only the mtime changed',
    {
      dockerfile: dockerfile('FROM base', 'COPY run.sh /run.sh', 'RUN touch /run.sh'),
      layers: [
        BASE_LAYER,
        { entries: ['run.sh:120#s'] },
        { entries: [{ path: 'run.sh', kind: 'file', size: 120, hash: 's', mtime: 1_700_000_100 }] },
      ],
      lines: ['base', 2, 3],
    },
    [{ ruleId: 'LL005', layer: 2, line: 3, endLine: 3 }],
    120,
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
    // Manifests first, install, then `COPY . .`: the manifests are copied again unchanged (same bytes,
    // mode, owner and mtime, as both builders do). Nothing but a second copy; no metadata changed.
    'COPY . . re-copies the manifests unchanged',
    {
      dockerfile: dockerfile('FROM base', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY . .'),
      layers: [
        BASE_LAYER,
        { entries: ['package.json:300#p', 'package-lock.json:9000#l'] },
        { entries: ['node_modules/', 'node_modules/x.js:5000#x'] },
        { entries: ['package.json:300#p', 'package-lock.json:9000#l', 'index.js:40#i'] },
      ],
      lines: ['base', 2, 3, 4],
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
