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
  it('reports overwrites of base-image files as info, on the FROM line', () => {
    const s: Scenario = {
      dockerfile: dockerfile('FROM base', 'RUN upgrade'),
      layers: [BASE_LAYER, { entries: ['bin/', 'bin/busybox:1100000'] }],
      lines: ['base', 2],
    };
    const f = runOne(ll004, s);
    expect(where(f)).toEqual([{ ruleId: 'LL004', layer: 0, line: 1, endLine: 1 }]);
    expect(f[0]?.severity).toBe('info');
  });
});

// Issue 11, item 2: an install or useradd rewrites the base image's package database and account files.
describe('LL004 and package-manager state', () => {
  const STATE_BASE = {
    ...BASE_LAYER,
    entries: [
      ...BASE_LAYER.entries,
      'var/lib/dpkg/status:77000#s1',
      'var/lib/dpkg/status-old:77000#s0',
      'etc/shadow:474#sh',
      'etc/group:434#g',
      'etc/ld.so.cache:4500#ld',
      'lib/apk/db/installed:30000#apk',
      'var/lib/rpm/rpmdb.sqlite:60000#rpm',
    ],
  };
  const REWRITE = {
    entries: [
      'var/lib/dpkg/status:79000#s2',
      'var/lib/dpkg/status-old:77000#s1',
      'etc/passwd:400#p2',
      'etc/shadow:500#sh2',
      'etc/group:450#g2',
      'etc/ld.so.cache:4600#ld2',
      'lib/apk/db/installed:31000#apk2',
      'var/lib/rpm/rpmdb.sqlite:61000#rpm2',
    ],
  };
  const s: Scenario = {
    dockerfile: dockerfile('FROM base', 'RUN apt-get install -y jq && useradd app'),
    layers: [STATE_BASE, REWRITE],
    lines: ['base', 2],
  };

  it('is expected: quiet below packageStateMinBytes (10 MiB by default)', () => {
    expect(runOne(ll004, s)).toEqual([]);
  });

  it('above the threshold: reported on the FROM line with advice the user can follow', () => {
    const f = runOne({ ...ll004, options: { ...ll004.options, packageStateMinBytes: 1024 } }, s);
    expect(where(f)).toEqual([{ ruleId: 'LL004', layer: 0, line: 1, endLine: 1 }]);
    expect(f[0]?.severity).toBe('info');
    expect(f[0]?.fix).not.toBe(ll004.fix);
  });

  it('other base files in the same rewrite are still reported on their own', () => {
    const f = runOne(ll004, {
      ...s,
      layers: [STATE_BASE, { entries: [...REWRITE.entries, 'bin/busybox:1100000'] }],
    });
    expect(f.map((x) => x.paths.map((p) => p.path))).toEqual([['bin/busybox']]);
  });

  it('state rewritten between two user layers (two install RUNs) is a warning only above the threshold', () => {
    const two: Scenario = {
      dockerfile: dockerfile('FROM base', 'RUN apt-get install -y a', 'RUN apt-get install -y b'),
      layers: [
        BASE_LAYER,
        { entries: ['var/lib/dpkg/status:20000000#a'] },
        { entries: ['var/lib/dpkg/status:20001000#b'] },
      ],
      lines: ['base', 2, 3],
    };
    const f = runOne(ll004, two);
    expect(where(f)).toEqual([{ ruleId: 'LL004', layer: 1, line: 2, endLine: 2 }]);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.fix).toContain('as few RUN');
  });
});
