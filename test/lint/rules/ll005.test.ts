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

// Issue 11, item 1: dpkg rewriting debconf's templates with the same bytes is not a chmod/chown step.
const APT_RUN = 'RUN apt-get update && apt-get install -y jq && rm -rf /var/lib/apt/lists/*';
const DEBCONF_BASE = {
  ...BASE_LAYER,
  entries: [...BASE_LAYER.entries, 'var/cache/debconf/templates.dat:757000#t', 'usr/bin/tool:5000#u'],
};

describe('LL005 and package managers', () => {
  it('a same-bytes rewrite by an apt RUN is info, naming the package manager, with its own advice', () => {
    const f = runOne(ll005, {
      dockerfile: dockerfile('FROM base', APT_RUN),
      layers: [
        DEBCONF_BASE,
        {
          entries: [
            {
              path: 'var/cache/debconf/templates.dat',
              kind: 'file',
              size: 757000,
              hash: 't',
              mtime: 1_700_000_000,
            },
          ],
        },
      ],
      lines: ['base', 2],
    });
    expect(where(f)).toEqual([{ ruleId: 'LL005', layer: 1, line: 2, endLine: 2 }]);
    expect(f[0]?.severity).toBe('info');
    expect(f[0]?.message).toContain('apt');
    expect(f[0]?.fix).not.toContain('--chmod');
  });

  it('package-manager state rewritten by any RUN (no manager in its words) is info too', () => {
    const f = runOne(ll005, {
      dockerfile: dockerfile('FROM base', 'RUN sh ./setup.sh'),
      layers: [DEBCONF_BASE, { entries: ['var/cache/debconf/templates.dat:757000#t'] }],
      lines: ['base', 2],
    });
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });

  it('a chmod inside an apt RUN is still the mistake: a warning', () => {
    const f = runOne(ll005, {
      dockerfile: dockerfile('FROM base', 'RUN apt-get install -y x && chmod 700 /usr/bin/tool'),
      layers: [
        DEBCONF_BASE,
        { entries: [{ path: 'usr/bin/tool', kind: 'file', size: 5000, hash: 'u', mode: 0o700 }] },
      ],
      lines: ['base', 2],
    });
    expect(f.map((x) => [x.severity, x.bytes])).toEqual([['warning', 5000]]);
  });

  it('a chown of package-manager state is still a warning', () => {
    const f = runOne(ll005, {
      dockerfile: dockerfile('FROM base', 'RUN chown 1000 /var/cache/debconf/templates.dat'),
      layers: [
        DEBCONF_BASE,
        {
          entries: [
            { path: 'var/cache/debconf/templates.dat', kind: 'file', size: 757000, hash: 't', uid: 1000 },
          ],
        },
      ],
      lines: ['base', 2],
    });
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });

  // The reader keeps only permission bits (test/archive/tar.test.ts), so a rootfs tarball's 0100644
  // reaches the rule as 0644: the same mode as the rewrite's.
  it('0644 and 0100644 are the same mode (rootfs tarballs omit the file-type bits)', () => {
    const f = runOne(ll005, {
      dockerfile: dockerfile('FROM base', 'COPY tool /usr/bin/tool'),
      layers: [
        DEBCONF_BASE,
        { entries: [{ path: 'usr/bin/tool', kind: 'file', size: 5000, hash: 'u', mode: 0o100644 & 0o7777 }] },
      ],
      lines: ['base', 2],
    });
    expect(f).toEqual([]);
  });
});
