import { describe, expect, test } from 'vitest';
import { printable, shorten } from '../../src/common/text.js';
import { formatBytes } from '../../src/common/size.js';
import { formatRatio } from '../../src/render/format.js';
import { toReport, type ReportParts } from '../../src/report/build.js';
import { renderText, renderTextAll, shortCreatedBy } from '../../src/render/text.js';
import type { Finding } from '../../src/lint/types.js';
import { syntheticModel } from '../helpers/model.js';
import { compareToBaseline } from '../../src/baseline/compare.js';
import { syntheticDigest, syntheticReport } from '../baseline/synthetic.js';

const model = syntheticModel({
  layers: [
    { createdBy: '/bin/sh -c #(nop) ADD file:0123abcd in / ', entries: ['bin/', 'bin/busybox:1500000'] },
    {
      createdBy: 'RUN /bin/sh -c apt-get update # buildkit',
      entries: ['var/', 'var/lib/', 'var/lib/lists:250000', 'bin/busybox:1500000'],
    },
    { createdBy: '/bin/sh -c rm -rf /var/lib/lists', entries: ['var/lib/.wh.lists'] },
  ],
});

function parts(over: Partial<ReportParts> = {}): ReportParts {
  return {
    mapping: null,
    findings: [],
    budgets: [],
    dockerfile: null,
    failOn: 'error',
    allFiles: false,
    ...over,
  };
}

describe('format helpers', () => {
  test.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [1_500_000, '1.5 MB'],
    [999_960, '1.0 MB'],
    [2_000_000_000, '2.0 GB'],
    [-2048, '-2.0 kB'],
  ])('formatBytes(%d) = %s (decimal, like docker)', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });

  test('ratio, shorten and printable', () => {
    expect(formatRatio(0.98765)).toBe('98.8%');
    expect(shorten('a\n  b   c', 10)).toBe('a b c');
    expect(shorten('abcdefghijkl', 5)).toBe('abcd…');
    expect(printable('x\u001b[31mred\u0007')).toBe('x\\x1b[31mred\\x07');
  });

  test('shortCreatedBy drops builder boilerplate', () => {
    expect(shortCreatedBy('/bin/sh -c #(nop) ADD file:0123abcd in / ')).toBe('ADD file:0123abcd in /');
    expect(shortCreatedBy('/bin/sh -c apt-get update')).toBe('RUN apt-get update');
    expect(shortCreatedBy('RUN /bin/sh -c make # buildkit')).toBe('RUN /bin/sh -c make');
    expect(shortCreatedBy(null)).toBe('(no history)');
  });
});

describe('renderText', () => {
  test('a layer table with size, waste and created_by, then the totals', () => {
    const out = renderText(toReport(model, parts()));
    const lines = out.split('\n');
    expect(lines[0]).toBe('layerlint 0.1.0: synthetic.tar (linux/amd64, docker-legacy)');
    expect(lines).toContain('LAYER    SIZE     WASTE  CREATED BY');
    expect(lines).toContain('    0  1.5 MB         -  ADD file:0123abcd in /');
    expect(lines).toContain('    1  1.8 MB    1.5 MB  RUN /bin/sh -c apt-get update');
    expect(lines).toContain('    2     0 B  250.0 kB  RUN rm -rf /var/lib/lists');
    expect(out).toContain('  content    3.3 MB in 3 layers');
    expect(out).toContain('  final      1.5 MB in 1 file');
    expect(out).toContain('  wasted     1.8 MB (removed 250.0 kB, overwritten 1.5 MB)');
    expect(out).toContain('  efficiency 46.2%');
    expect(out).toMatch(/ {2}dive {7}efficiency \d+\.\d%, wasted [\d.]+ [kMG]?B, user wasted \d+\.\d%/);
    expect(out).toContain('\n  1.5 MB  /bin/busybox\n');
    expect(out.endsWith('Result: passed\n')).toBe(true);
  });

  test('mapped layers show Dockerfile:LINE and the instruction', () => {
    const r = toReport(
      model,
      parts({
        dockerfile: 'docker/Dockerfile',
        mapping: {
          layers: [
            { instruction: null, fromBaseImage: true, mapping: 'exact' },
            {
              instruction: {
                stage: '',
                stageIndex: 0,
                keyword: 'RUN',
                line: 7,
                endLine: 7,
                text: 'RUN apt-get update',
              },
              fromBaseImage: false,
              mapping: 'exact',
            },
            { instruction: null, fromBaseImage: false, mapping: 'none' },
          ],
          stages: [],
          warnings: [],
        },
      }),
    );
    const out = renderText(r);
    expect(out).toContain('INSTRUCTION');
    expect(out).toContain('docker/Dockerfile:7 RUN apt-get update');
  });

  test('findings grouped by severity, budgets table, warnings, failed result', () => {
    const f = (severity: Finding['severity'], ruleId: string, line: number | null): Finding => ({
      ruleId,
      severity,
      message: `${ruleId} message`,
      layerIndex: 1,
      line,
      endLine: line,
      paths: [{ path: 'var/lib/lists', bytes: 250_000 }],
      pathCount: 3,
      bytes: 250_000,
      fix: 'do the thing',
    });
    const r = toReport(
      model,
      parts({
        findings: [f('error', 'LL008', 4), f('warning', 'LL003', null), f('info', 'LL001', null)],
        budgets: [
          {
            name: 'maxSize',
            unit: 'bytes',
            value: 3_250_000,
            limit: 3_000_000,
            level: 'fail',
            status: 'fail',
            detail: 'content bytes',
          },
        ],
        warnings: ['something to know'],
        dockerfile: 'Dockerfile',
      }),
    );
    const out = renderText(r);
    const error = out.indexOf('  error (1)');
    const warning = out.indexOf('  warning (1)');
    const info = out.indexOf('  info (1)');
    expect(error).toBeGreaterThan(0);
    expect(warning).toBeGreaterThan(error);
    expect(info).toBeGreaterThan(warning);
    expect(out).toContain('    LL008 Dockerfile:4: LL008 message [saves 250.0 kB]');
    expect(out).toContain('    LL003 layer 1: LL003 message [saves 250.0 kB]');
    expect(out).toContain('      … and 2 more');
    expect(out).toContain('      fix: do the thing');
    expect(out).toMatch(/maxSize +fail +3\.3 MB +≤ 3\.0 MB +FAIL +content bytes/);
    expect(out).toContain('  - something to know');
    expect(out.endsWith('Result: FAILED (fail-on error)\n')).toBe(true);
  });

  test('hostile names and created_by cannot inject terminal escapes or lines', () => {
    const hostile = syntheticModel({
      layers: [
        { createdBy: 'RUN echo \u001b]0;pwned\u0007\nFAKE LINE', entries: ['evil\u001b[2J.bin:5000'] },
      ],
    });
    const out = renderText(toReport(hostile, parts()));
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).not.toMatch(/^FAKE LINE/m);
    expect(out).toContain('/evil\\x1b[2J.bin');
  });

  test('several platforms render one after the other', () => {
    const r = toReport(model, parts());
    const out = renderTextAll([
      r,
      { ...r, image: { ...r.image, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } } },
    ]);
    expect(out).toContain('(linux/amd64, docker-legacy)');
    expect(out).toContain('(linux/arm64/v8, docker-legacy)');
  });
});

describe('baseline in the text report', () => {
  const base = { contentBytes: 1_000_000, createdBy: 'ADD rootfs /', digest: syntheticDigest('base') };
  const before = syntheticReport({
    layers: [base, { contentBytes: 500_000, createdBy: 'COPY app /app' }],
    largestFiles: [{ path: 'app/main', bytes: 500_000 }],
  });
  const after = syntheticReport({
    layers: [
      base,
      {
        contentBytes: 700_000,
        createdBy: 'COPY app /app',
        added: [{ path: 'app/evil\nFAKE\u001b[2J', bytes: 700_000 }],
      },
      { contentBytes: 10, createdBy: 'RUN echo \u001b]0;x\u0007\nFAKE LINE' },
    ],
    largestFiles: [{ path: 'app/evil\nFAKE\u001b[2J', bytes: 700_000 }],
  });
  const withBaseline = {
    ...after,
    baseline: compareToBaseline(after, before, { label: 'main\u001b[31m\nFAKE' }),
  };

  test('a delta column, the headline and the details; hostile strings stay on their line', () => {
    const out = renderText(withBaseline);
    expect(out).toMatch(/^LAYER +SIZE +DELTA +WASTE +CREATED BY$/m);
    expect(out).toMatch(/^ +1 +700\.0 kB +\+200\.0 kB +- +COPY app \/app$/m);
    expect(out).toMatch(/^ +2 +10 B +new +/m);
    expect(out).toContain('Baseline: +200.0 kB vs main\\x1b[31m\\x0aFAKE');
    expect(out).toContain('(added)');
    expect(out).not.toContain('\u001b');
    expect(out).not.toMatch(/^FAKE/m);
  });

  test('no baseline, no delta column', () => {
    expect(renderText(after)).not.toContain('DELTA');
    expect(renderText(after)).not.toContain('Baseline:');
  });
});
