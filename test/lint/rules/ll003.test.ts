import { describe, expect, it } from 'vitest';
import { ll003 } from '../../../src/lint/rules/ll003-deleted-in-later-layer.js';
import { BASE_LAYER, dockerfile, must, runOne, where, type Scenario } from './helpers.js';

const DF = dockerfile('FROM base', 'COPY big.tar /opt/big.tar', 'RUN echo x > /y', 'RUN rm -rf /opt');

const invalid: [string, Scenario, ReturnType<typeof where>, number][] = [
  [
    'a whiteout hides a file: reported at the adding line',
    {
      dockerfile: DF,
      layers: [
        BASE_LAYER,
        { entries: ['opt/', 'opt/big.tar:50000'] },
        { entries: ['y:2'] },
        { entries: ['.wh.opt'] },
      ],
      lines: ['base', 2, 3, 4],
    },
    [{ ruleId: 'LL003', layer: 1, line: 2, endLine: 2 }],
    50000,
  ],
  [
    'an opaque marker hides a directory',
    {
      dockerfile: DF,
      layers: [
        BASE_LAYER,
        { entries: ['opt/', 'opt/big.tar:50000', 'opt/small:2000'] },
        { entries: ['y:2'] },
        { entries: ['opt/', 'opt/.wh..wh..opq'] },
      ],
      lines: ['base', 2, 3, 4],
    },
    [{ ruleId: 'LL003', layer: 1, line: 2, endLine: 2 }],
    52000,
  ],
  [
    'base-image files deleted by the build: info at the base layer, on the FROM line',
    {
      dockerfile: dockerfile('FROM base', 'RUN rm /bin/busybox'),
      layers: [BASE_LAYER, { entries: ['bin/', 'bin/.wh.busybox'] }],
      lines: ['base', 2],
    },
    [{ ruleId: 'LL003', layer: 0, line: 1, endLine: 1 }],
    1000000,
  ],
  [
    'no Dockerfile',
    { layers: [BASE_LAYER, { entries: ['big:4096'] }, { entries: ['.wh.big'] }] },
    [{ ruleId: 'LL003', layer: 1, line: null, endLine: null }],
    4096,
  ],
];

const valid: [string, Scenario][] = [
  [
    'below minBytes (1 KiB)',
    {
      dockerfile: DF,
      layers: [
        BASE_LAYER,
        { entries: ['opt/', 'opt/big.tar:100'] },
        { entries: ['y:2'] },
        { entries: ['.wh.opt'] },
      ],
      lines: ['base', 2, 3, 4],
    },
  ],
  [
    'deleted in the same layer (never stored)',
    { dockerfile: DF, layers: [BASE_LAYER, { entries: ['y:2'] }], lines: ['base', 3] },
  ],
  [
    'an overwrite is not a delete',
    { layers: [BASE_LAYER, { entries: ['f:5000'] }, { entries: ['f:6000'] }] },
  ],
  ['a whiteout of nothing', { layers: [BASE_LAYER, { entries: ['.wh.nothing'] }] }],
];

describe('LL003 deleted-in-later-layer', () => {
  it.each(invalid)('fires: %s', (_name, s, expected, bytes) => {
    const f = runOne(ll003, s);
    expect(where(f)).toEqual(expected);
    expect(f[0]?.bytes).toBe(bytes);
  });
  it.each(valid)('quiet: %s', (_name, s) => {
    expect(where(runOne(ll003, s))).toEqual([]);
  });
  it('base-image deletes are info, user deletes use the default severity', () => {
    expect(runOne(ll003, must(invalid[2])[1])[0]?.severity).toBe('info');
    expect(runOne(ll003, must(invalid[0])[1])[0]?.severity).toBe('warning');
  });
  it('`# layerlint ignore=LL003` above the adding or the deleting instruction suppresses it', () => {
    const layers = [BASE_LAYER, { entries: ['opt/', 'opt/big.tar:50000'] }, { entries: ['.wh.opt'] }];
    const above = (at: number) => {
      const lines = ['FROM base', 'COPY big.tar /opt/big.tar', 'RUN rm -rf /opt'];
      lines.splice(at, 0, '# layerlint ignore=LL003');
      return dockerfile(...lines);
    };
    expect(runOne(ll003, { dockerfile: above(1), layers, lines: ['base', 3, 4] })).toEqual([]);
    expect(runOne(ll003, { dockerfile: above(2), layers, lines: ['base', 2, 4] })).toEqual([]);
    expect(where(runOne(ll003, { dockerfile: above(0), layers, lines: ['base', 3, 4] }))).toEqual([
      { ruleId: 'LL003', layer: 1, line: 3, endLine: 3 },
    ]);
  });

  it('minBytes is an option', () => {
    expect(runOne({ ...ll003, options: { ...ll003.options, minBytes: 0 } }, must(valid[0])[1]).length).toBe(
      1,
    );
  });
});

describe('LL003 and package-manager state', () => {
  it('deleting base-image dpkg files and account backups is expected: quiet', () => {
    const f = runOne(ll003, {
      dockerfile: dockerfile(
        'FROM base',
        'RUN rm -f /var/lib/dpkg/status-old /etc/passwd- /var/log/dpkg.log',
      ),
      layers: [
        {
          ...BASE_LAYER,
          entries: [
            ...BASE_LAYER.entries,
            'var/lib/dpkg/status-old:77000',
            'etc/passwd-:800',
            'var/log/dpkg.log:90000',
          ],
        },
        { entries: ['var/lib/dpkg/.wh.status-old', 'etc/.wh.passwd-', 'var/log/.wh.dpkg.log'] },
      ],
      lines: ['base', 2],
    });
    expect(f).toEqual([]);
  });
});

it('LL003: base-image files get advice the user can follow, not "delete in the same RUN"', () => {
  const f = runOne(ll003, {
    dockerfile: dockerfile('FROM base', 'RUN rm /bin/busybox'),
    layers: [BASE_LAYER, { entries: ['bin/', 'bin/.wh.busybox'] }],
    lines: ['base', 2],
  });
  expect(f[0]?.fix).not.toBe(ll003.fix);
  expect(f[0]?.fix).toContain('base image');
});
