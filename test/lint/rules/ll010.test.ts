import { describe, expect, it } from 'vitest';
import { ll010 } from '../../../src/lint/rules/ll010-temp-files-left.js';
import { BASE_LAYER, dockerfile, runOne, where, type Scenario } from './helpers.js';

const DF = dockerfile('FROM base', 'RUN wget -O /tmp/x.tgz http://x && tar xzf /tmp/x.tgz -C /opt');

const invalid: [string, Scenario, ReturnType<typeof where>, number][] = [
  [
    'a download left in /tmp',
    {
      dockerfile: DF,
      layers: [BASE_LAYER, { entries: ['tmp/', 'tmp/x.tgz:30000', 'opt/x:60000'] }],
      lines: ['base', 2],
    },
    [{ ruleId: 'LL010', layer: 1, line: 2, endLine: 2 }],
    30000,
  ],
  [
    '/var/tmp',
    { dockerfile: DF, layers: [BASE_LAYER, { entries: ['var/tmp/build/obj.o:700'] }], lines: ['base', 2] },
    [{ ruleId: 'LL010', layer: 1, line: 2, endLine: 2 }],
    700,
  ],
  [
    'build logs',
    {
      dockerfile: DF,
      layers: [BASE_LAYER, { entries: ['var/log/build.log:9000', 'app/npm-debug.log:300'] }],
      lines: ['base', 2],
    },
    [{ ruleId: 'LL010', layer: 1, line: 2, endLine: 2 }],
    9300,
  ],
  [
    'no Dockerfile',
    { layers: [BASE_LAYER, { entries: ['tmp/a:5'] }] },
    [{ ruleId: 'LL010', layer: 1, line: null, endLine: null }],
    5,
  ],
];

const valid: [string, Scenario][] = [
  [
    // The mapper found no layer of this Dockerfile in the history (built from another Dockerfile): with
    // nothing mapped, layer 0 is taken as the base image, as without a Dockerfile.
    'image built from another Dockerfile: the base layer is not blamed',
    {
      dockerfile: DF,
      layers: [{ ...BASE_LAYER, entries: ['tmp/', 'tmp/base-build.log:100'] }, { entries: ['app/x:10'] }],
      lines: [null, null],
    },
  ],
  [
    '/tmp cleaned in the same RUN (only the directory is stored)',
    { dockerfile: DF, layers: [BASE_LAYER, { entries: ['tmp/', 'opt/x:60000'] }], lines: ['base', 2] },
  ],
  [
    'a base-image /tmp file',
    {
      dockerfile: dockerfile('FROM base', 'COPY a /a'),
      layers: [
        { ...BASE_LAYER, entries: ['tmp/seed:50', 'var/log/bootstrap.log:900'] },
        { entries: ['a:1'] },
      ],
      lines: ['base', 2],
    },
  ],
  [
    'an npm debug log inside the npm cache (LL006 reports it)',
    { layers: [BASE_LAYER, { entries: ['root/.npm/_cacache/_logs/2024-debug-0.log:300'] }] },
  ],
  [
    'package-manager records in /var/log',
    {
      layers: [
        BASE_LAYER,
        { entries: ['var/log/dpkg.log:9000', 'var/log/apt/term.log:4000', 'var/log/alternatives.log:300'] },
      ],
    },
  ],
  [
    'similar names outside tmp',
    { layers: [BASE_LAYER, { entries: ['app/tmp.go:100', 'usr/lib/logging.so:500', 'opt/template/x:1'] }] },
  ],
];

describe('LL010 temp-files-left', () => {
  it.each(invalid)('fires: %s', (_name, s, expected, bytes) => {
    const f = runOne(ll010, s);
    expect(where(f)).toEqual(expected);
    expect(f[0]?.bytes).toBe(bytes);
  });
  it.each(valid)('quiet: %s', (_name, s) => {
    expect(where(runOne(ll010, s))).toEqual([]);
  });
});

// Issue 11, item 7: npm writes a debug log on every run; a small one is no PR warning.
describe('LL010 and package-manager logs', () => {
  const npm = (bytes: number): Scenario => ({
    dockerfile: dockerfile('FROM base', 'RUN npm ci --omit=dev && npm cache clean --force'),
    layers: [
      BASE_LAYER,
      {
        entries: [
          `root/.npm/_logs/2026-12-05T20_16_00_737Z-debug-0.log:${bytes}`,
          'app/node_modules/a/index.js:100',
        ],
      },
    ],
    lines: ['base', 2],
  });

  it("quiet: npm's debug logs after a textbook `npm ci && npm cache clean --force` (13.9 kB)", () => {
    expect(runOne(ll010, npm(13_900))).toEqual([]);
  });

  it('reported from packageStateMinBytes (10 MiB by default)', () => {
    expect(where(runOne(ll010, npm(11 * 1024 * 1024)))).toEqual([
      { ruleId: 'LL010', layer: 1, line: 2, endLine: 2 },
    ]);
    const opts = { ...ll010.options, packageStateMinBytes: 1000 };
    expect(runOne({ ...ll010, options: opts }, npm(13_900)).map((f) => f.bytes)).toEqual([13_900]);
  });

  it("quiet: dpkg's and apt's own logs", () => {
    const s: Scenario = {
      dockerfile: dockerfile('FROM base', 'RUN apt-get install -y jq'),
      layers: [BASE_LAYER, { entries: ['var/log/dpkg.log:20000', 'var/log/apt/term.log:10000'] }],
      lines: ['base', 2],
    };
    expect(runOne(ll010, s)).toEqual([]);
  });

  it('a build log of the user next to them is still reported, alone', () => {
    const s: Scenario = {
      dockerfile: dockerfile('FROM base', 'RUN make > /tmp/build.log && npm ci'),
      layers: [BASE_LAYER, { entries: ['tmp/build.log:15', 'root/.npm/_logs/x-debug-0.log:2000'] }],
      lines: ['base', 2],
    };
    expect(runOne(ll010, s).map((f) => f.paths.map((p) => p.path))).toEqual([['tmp/build.log']]);
  });
});
