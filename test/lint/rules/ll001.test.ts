import { describe, expect, it } from 'vitest';
import { ll001 } from '../../../src/lint/rules/ll001-merge-consecutive-runs.js';
import { BASE_LAYER, dockerfile, must, runOne, where, type Scenario } from './helpers.js';

const RUN_A = {
  createdBy: 'RUN /bin/sh -c apk add curl # buildkit',
  entries: ['usr/', 'usr/bin/', 'usr/bin/curl:20000'],
};
const RUN_B = { createdBy: 'RUN /bin/sh -c echo hi > /x # buildkit', entries: ['x:3'] };

const invalid: [string, Scenario, ReturnType<typeof where>, 'info' | 'warning', number][] = [
  [
    'two consecutive RUNs, nothing wasted: info',
    {
      dockerfile: dockerfile('FROM base', 'RUN apk add curl', 'RUN echo hi > /x', 'COPY a /a'),
      layers: [BASE_LAYER, RUN_A, RUN_B, { createdBy: 'COPY a /a # buildkit', entries: ['a:5'] }],
      lines: ['base', 2, 3, 4],
    },
    [{ ruleId: 'LL001', layer: 1, line: 2, endLine: 3 }],
    'info',
    0,
  ],
  [
    'a later RUN deletes what the first made: warning with the bytes',
    {
      dockerfile: dockerfile('FROM base', 'RUN dd if=/dev/zero of=/big bs=1k count=5', 'RUN rm /big'),
      layers: [BASE_LAYER, { entries: ['big:5120'] }, { entries: ['.wh.big'] }],
      lines: ['base', 2, 3],
    },
    [{ ruleId: 'LL001', layer: 1, line: 2, endLine: 3 }],
    'warning',
    5120,
  ],
  [
    'three RUNs with a continuation line: endLine is the last line of the last RUN',
    {
      dockerfile: dockerfile(
        'FROM base',
        'RUN echo a > /a',
        'RUN echo b \\',
        '  > /b',
        'RUN echo c > /c \\',
        ' && true',
      ),
      layers: [BASE_LAYER, { entries: ['a:2'] }, { entries: ['b:2'] }, { entries: ['c:2'] }],
      lines: ['base', 2, 3, 5],
    },
    [{ ruleId: 'LL001', layer: 1, line: 2, endLine: 6 }],
    'info',
    0,
  ],
  [
    'no Dockerfile: consecutive RUN history entries, no lines',
    { layers: [BASE_LAYER, RUN_A, RUN_B] },
    [{ ruleId: 'LL001', layer: 1, line: null, endLine: null }],
    'info',
    0,
  ],
  [
    'no Dockerfile, legacy builder history',
    {
      layers: [
        BASE_LAYER,
        { createdBy: '/bin/sh -c apk add curl', entries: ['c:10'] },
        { createdBy: '|1 V=2 /bin/sh -c echo $V > /v', entries: ['v:2'] },
      ],
    },
    [{ ruleId: 'LL001', layer: 1, line: null, endLine: null }],
    'info',
    0,
  ],
];

const valid: [string, Scenario][] = [
  [
    'RUN, COPY, RUN',
    {
      dockerfile: dockerfile('FROM base', 'RUN echo a > /a', 'COPY b /b', 'RUN echo c > /c'),
      layers: [BASE_LAYER, { entries: ['a:2'] }, { entries: ['b:2'] }, { entries: ['c:2'] }],
      lines: ['base', 2, 3, 4],
    },
  ],
  [
    'a single RUN',
    {
      dockerfile: dockerfile('FROM base', 'RUN echo a > /a'),
      layers: [BASE_LAYER, { entries: ['a:2'] }],
      lines: ['base', 2],
    },
  ],
  [
    'RUNs in different stages',
    {
      dockerfile: dockerfile('FROM base AS one', 'RUN echo a > /a', 'FROM one', 'RUN echo b > /b'),
      layers: [BASE_LAYER, { entries: ['a:2'] }, { entries: ['b:2'] }],
      lines: ['base', 2, 4],
    },
  ],
  [
    'the base image made its layers with RUNs',
    {
      dockerfile: dockerfile('FROM base', 'COPY a /a'),
      layers: [BASE_LAYER, RUN_A, RUN_B, { entries: ['a:1'] }],
      lines: ['base', 'base', 'base', 2],
    },
  ],
  [
    'the second RUN made no layer (legacy builder `RUN true`)',
    {
      dockerfile: dockerfile('FROM base', 'RUN echo a > /a', 'RUN true'),
      layers: [BASE_LAYER, { entries: ['a:2'] }],
      lines: ['base', 2],
    },
  ],
  [
    'no Dockerfile, RUNs separated by a COPY',
    { layers: [BASE_LAYER, RUN_A, { createdBy: 'COPY a /a # buildkit', entries: ['a:1'] }, RUN_B] },
  ],
];

describe('LL001 merge-consecutive-runs', () => {
  it.each(invalid)('fires: %s', (_name, s, expected, severity, bytes) => {
    const f = runOne(ll001, s);
    expect(where(f)).toEqual(expected);
    expect(f[0]?.severity).toBe(severity);
    expect(f[0]?.bytes).toBe(bytes);
  });
  it.each(valid)('quiet: %s', (_name, s) => {
    expect(where(runOne(ll001, s))).toEqual([]);
  });
  it('names the wasted paths', () => {
    const f = runOne(ll001, must(invalid[1])[1]);
    expect(f[0]?.paths).toEqual([{ path: 'big', bytes: 5120 }]);
  });
});
