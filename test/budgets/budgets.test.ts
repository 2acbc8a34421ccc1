import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../../src/common/errors.js';
import {
  applyBudgetFlags,
  BUDGET_FLAGS,
  BUDGET_NAMES,
  parseBudgetConfig,
  type BudgetConfig,
} from '../../src/budgets/config.js';
import { evaluateBudgets } from '../../src/budgets/evaluate.js';
import { isPassed } from '../../src/report/verdict.js';
import type { BudgetResult, Report } from '../../src/report/types.js';
import { syntheticReport } from '../baseline/synthetic.js';

/** Budgets alone decide: no findings, fail-on none. */
const budgetsFailed = (rows: readonly BudgetResult[]): boolean => !isPassed([], rows, 'none');

// Synthetic image: three layers of 100 MB, 150 MB and 50 MB content; 270 MB final (30 MB wasted).
const synthetic = syntheticReport({
  layers: [
    { contentBytes: 100_000_000, createdBy: 'ADD rootfs.tar /' },
    { contentBytes: 150_000_000, createdBy: 'RUN build' },
    { contentBytes: 50_000_000, createdBy: 'COPY app /app' },
  ],
  finalBytes: 270_000_000,
});
const CONTENT = synthetic.totals.contentBytes; // 300_000_000
const FINAL = synthetic.totals.finalBytes;

function only(config: BudgetConfig) {
  return evaluateBudgets(synthetic, config).results;
}

describe('evaluateBudgets: just under passes, just over fails', () => {
  it.each([
    [
      'maxSize (content)',
      { maxSize: { fail: CONTENT, measure: 'content' as const } },
      { maxSize: { fail: CONTENT - 1, measure: 'content' as const } },
    ],
    [
      'maxSize (final)',
      { maxSize: { fail: FINAL, measure: 'final' as const } },
      { maxSize: { fail: FINAL - 1, measure: 'final' as const } },
    ],
    ['maxLayerSize', { maxLayerSize: { fail: 150_000_000 } }, { maxLayerSize: { fail: 149_999_999 } }],
    ['maxWastedBytes', { maxWastedBytes: { fail: 30_000_000 } }, { maxWastedBytes: { fail: 29_999_999 } }],
    ['maxWastedPercent', { maxWastedPercent: { fail: 10 } }, { maxWastedPercent: { fail: 9.99 } }],
    ['minEfficiency', { minEfficiency: { fail: 0.9 } }, { minEfficiency: { fail: 0.9001 } }],
    ['maxLayers', { maxLayers: { fail: 3 } }, { maxLayers: { fail: 2 } }],
  ])('%s', (_name, atLimit: BudgetConfig, over: BudgetConfig) => {
    const pass = only(atLimit);
    expect(pass).toHaveLength(1);
    expect(pass[0]?.status).toBe('pass');
    expect(budgetsFailed(pass)).toBe(false);
    const fail = only(over);
    expect(fail[0]?.status).toBe('fail');
    expect(fail[0]?.level).toBe('fail');
    expect(budgetsFailed(fail)).toBe(true);
  });

  it('gives value, limit, level and status', () => {
    const [r] = only({ maxSize: { fail: 299_999_999, measure: 'content' } });
    expect(r).toMatchObject({
      name: 'maxSize',
      unit: 'bytes',
      value: 300_000_000,
      limit: 299_999_999,
      level: 'fail',
      status: 'fail',
    });
    const [l] = only({ maxLayerSize: { fail: 1 } });
    expect(l?.value).toBe(150_000_000);
    expect(l?.detail).toContain('#1');
  });

  it('reports one row per level; warn breached but fail not gives warn', () => {
    const rows = only({ maxSize: { warn: 250_000_000, fail: 300_000_000, measure: 'content' } });
    expect(rows.map((r) => [r.level, r.status])).toEqual([
      ['warn', 'warn'],
      ['fail', 'pass'],
    ]);
    expect(budgetsFailed(rows)).toBe(false);
  });

  it('maxGrowth needs a baseline: skipped with a warning without one', () => {
    const ev = evaluateBudgets(synthetic, { maxGrowth: { fail: { bytes: 1 }, measure: 'content' } });
    expect(ev.results).toEqual([]);
    expect(ev.warnings[0]).toMatch(/maxGrowth.*baseline/);
  });

  it('maxGrowth in bytes and percent against a synthetic baseline', () => {
    const base = syntheticReport({ layers: [{ contentBytes: 250_000_000 }] });
    const baseline = { report: base, label: 'main' };
    const growth = CONTENT - base.totals.contentBytes; // 50 MB = 20 %
    let r = evaluateBudgets(
      synthetic,
      { maxGrowth: { fail: { bytes: growth }, measure: 'content' } },
      baseline,
    ).results;
    expect(r[0]).toMatchObject({ value: growth, status: 'pass' });
    r = evaluateBudgets(
      synthetic,
      { maxGrowth: { fail: { bytes: growth - 1 }, measure: 'content' } },
      baseline,
    ).results;
    expect(r[0]?.status).toBe('fail');
    r = evaluateBudgets(
      synthetic,
      { maxGrowth: { warn: { percent: 19.9 }, fail: { percent: 20 }, measure: 'content' } },
      baseline,
    ).results;
    expect(r.map((x) => [x.unit, x.value, x.status])).toEqual([
      ['percent', 20, 'warn'],
      ['percent', 20, 'pass'],
    ]);
  });
});

describe('parseBudgetConfig', () => {
  const yaml = (s: string): unknown => (parseYaml(s) as { budgets: unknown }).budgets;

  it('reads warn/fail levels, shorthand fail, measures and kebab-case keys', () => {
    const c = parseBudgetConfig(
      yaml(`budgets:
  maxSize: { warn: 250MB, fail: 300MB, measure: final }
  max-layer-size: 1.5GiB
  maxWastedPercent: { warn: 5%, fail: 10% }
  minEfficiency: { warn: 0.95, fail: 90% }
  maxLayers: 30
  maxGrowth: { warn: 5%, fail: 20MB }
`),
      '.layerlint.yml',
    );
    expect(c).toEqual({
      maxSize: {
        warn: 250_000_000,
        fail: 300_000_000,
        measure: 'final',
        text: { warn: '250MB', fail: '300MB' },
      },
      maxLayerSize: { fail: 1_610_612_736, text: { fail: '1.5GiB' } },
      maxWastedPercent: { warn: 5, fail: 10, text: { warn: '5%', fail: '10%' } },
      minEfficiency: { warn: 0.95, fail: 0.9, text: { warn: '0.95', fail: '90%' } },
      maxLayers: { fail: 30, text: { fail: '30' } },
      maxGrowth: {
        warn: { percent: 5 },
        fail: { bytes: 20_000_000 },
        measure: 'content',
        text: { warn: '5%', fail: '20MB' },
      },
    });
  });

  it('defaults maxSize to content bytes', () => {
    expect(parseBudgetConfig({ maxSize: '1MB' }, 'f')).toEqual({
      maxSize: { fail: 1_000_000, measure: 'content', text: { fail: '1MB' } },
    });
  });

  it.each([
    [[1], /budgets: expected a mapping/],
    [{ maxSzie: '1MB' }, /budgets\.maxSzie: unknown budget/],
    [{ maxSize: 'huge' }, /budgets\.maxSize: cannot parse size 'huge'/],
    [{ maxSize: { fail: '1MB', measure: 'tar' } }, /measure: expected content or final/],
    [{ maxLayers: { error: 3 } }, /budgets\.maxLayers\.error: unknown key/],
    [{ maxSize: { warn: '2MB', fail: '1MB' } }, /warn \(2000000\) is above fail/],
    [{ minEfficiency: { warn: 0.8, fail: 0.9 } }, /warn \(0\.8\) is below fail/],
    [{ maxSize: [1] }, /expected a value such as 300MB, got a list/],
    // A bare number is ambiguous for a size (bytes? megabytes?): the error names the units.
    [{ maxSize: 300 }, /budgets\.maxSize: size '300' has no unit: write it with one, e\.g\. 300MB or 300MiB/],
    [{ maxLayerSize: { fail: '300' } }, /budgets\.maxLayerSize\.fail: size '300' has no unit/],
    [{ maxWastedBytes: 5e6 }, /size '5000000' has no unit/],
    [{ maxGrowth: { warn: 10 } }, /budgets\.maxGrowth\.warn: size '10' has no unit/],
    [{ maxLayerSize: { fail: '1MB', includeBase: 'yes' } }, /includeBase: expected true or false/],
    [{ maxSize: { fail: '1MB', includeBase: true } }, /maxSize\.includeBase: unknown key/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseBudgetConfig(raw, '.layerlint.yml')).toThrow(InputError);
    expect(() => parseBudgetConfig(raw, '.layerlint.yml')).toThrow(message);
    expect(() => parseBudgetConfig(raw, '.layerlint.yml')).toThrow(/^\.layerlint\.yml: /);
  });

  it('treats null / undefined as no budgets', () => {
    expect(parseBudgetConfig(null, 'f')).toEqual({});
    expect(parseBudgetConfig(undefined, 'f')).toEqual({});
  });
});

describe('applyBudgetFlags', () => {
  it('sets the fail level and keeps the config warn level and measure', () => {
    const config = parseBudgetConfig({ maxSize: { warn: '250MB', fail: '400MB', measure: 'final' } }, 'f');
    const c = applyBudgetFlags(config, {
      'max-size': '300MB',
      'max-layers': '',
      'min-efficiency': '0.5',
      'max-growth': '10%',
    });
    expect(c).toEqual({
      maxSize: {
        warn: 250_000_000,
        fail: 300_000_000,
        measure: 'final',
        text: { warn: '250MB', fail: '300MB' },
      },
      minEfficiency: { fail: 0.5, text: { fail: '0.5' } },
      maxGrowth: { fail: { percent: 10 }, measure: 'content', text: { fail: '10%' } },
    });
    expect(config.maxSize?.fail).toBe(400_000_000); // not mutated
  });

  it('a config that only sets the measure applies it to the flag', () => {
    const config = parseBudgetConfig({ maxSize: { measure: 'final' } }, 'f');
    expect([config.maxSize?.warn, config.maxSize?.fail]).toEqual([undefined, undefined]);
    const c = applyBudgetFlags(config, { 'max-size': '1MB' });
    expect(c.maxSize).toEqual({ fail: 1_000_000, measure: 'final', text: { fail: '1MB' } });
  });

  it('names the flag in errors', () => {
    expect(() => applyBudgetFlags({}, { 'max-size': '300 parsecs' })).toThrow(
      /^--max-size: unknown size unit 'parsecs'/,
    );
    expect(() => applyBudgetFlags({}, { 'max-layers': 'x' }, (f) => `input ${f}`)).toThrow(
      /^input max-layers: /,
    );
  });

  it.each([['max-size'], ['max-layer-size'], ['max-wasted-bytes'], ['max-growth']])(
    '--%s 300 (no unit) is an input error naming the units',
    (flag) => {
      expect(() => applyBudgetFlags({}, { [flag]: '300' })).toThrow(InputError);
      expect(() => applyBudgetFlags({}, { [flag]: '300' })).toThrow(
        `--${flag}: size '300' has no unit: write it with one, e.g. 300MB or 300MiB (units: B, kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024))`,
      );
    },
  );

  it('still takes 0, explicit bytes and counts without a unit', () => {
    const c = applyBudgetFlags({}, { 'max-size': '0', 'max-wasted-bytes': '300B', 'max-layers': '30' });
    expect(c.maxSize?.fail).toBe(0);
    expect(c.maxWastedBytes?.fail).toBe(300);
    expect(c.maxLayers?.fail).toBe(30);
  });

  it('keeps includeBase from the config when a flag sets the limit', () => {
    const config = parseBudgetConfig({ 'max-layer-size': { warn: '50MB', 'include-base': true } }, 'f');
    expect(applyBudgetFlags(config, { 'max-layer-size': '100MiB' }).maxLayerSize).toEqual({
      warn: 50_000_000,
      fail: 104_857_600,
      includeBase: true,
      text: { warn: '50MB', fail: '100MiB' },
    });
  });
});

describe('the budget table', () => {
  it('docs/budgets.md has one row per budget, with its flag and input', () => {
    const doc = readFileSync(new URL('../../docs/budgets.md', import.meta.url), 'utf8');
    for (const name of BUDGET_NAMES) {
      const flag = BUDGET_FLAGS[name];
      expect(doc).toContain(`| \`${name}\` | \`--${flag}\` / \`${flag}\` |`);
    }
  });

  it('the largest layer is named on one line, cut to 60 characters', () => {
    const report = syntheticReport({
      layers: [{ contentBytes: 1, createdBy: `RUN  a\n  b ${'x'.repeat(80)}` }],
    });
    const [r] = evaluateBudgets(report, { maxLayerSize: { fail: 1 } }).results;
    expect(r?.detail).toBe(
      `largest layer: #0 RUN a b ${'x'.repeat(51)}\u2026 (content bytes; every layer: no base image known)`,
    );
  });
});

describe('maxLayerSize counts the layers above the base image', () => {
  /** A 90 MB base layer (boundary inferred, or proven when `proven`) under a 10 MB user layer. */
  function report(mappingUnreliable: string | null, proven = false): Report {
    const r = syntheticReport({
      layers: [{ contentBytes: 90_000_000, fromBaseImage: true }, { contentBytes: 10_000_000 }],
    });
    const [base, user] = r.layers;
    if (!base || !user) throw new Error('two layers');
    return { ...r, mappingUnreliable, layers: [{ ...base, mapping: proven ? 'exact' : 'probable' }, user] };
  }

  it('by default skips the base image\u2019s layers', () => {
    const [r] = evaluateBudgets(report(null), { maxLayerSize: { fail: 50_000_000 } }).results;
    expect([r?.value, r?.status]).toEqual([10_000_000, 'pass']);
    expect(r?.detail).toMatch(/^largest layer: #1 .*above the base image \(1 base layer not counted\)\)$/);
  });

  it('includeBase counts them too', () => {
    const config = { maxLayerSize: { fail: 50_000_000, includeBase: true } };
    const [r] = evaluateBudgets(report(null), config).results;
    expect([r?.value, r?.status]).toEqual([90_000_000, 'fail']);
    expect(r?.detail).toMatch(/base image included/);
  });

  it('an unreliable mapping\u2019s inferred boundary is not trusted: every layer counts', () => {
    const [r] = evaluateBudgets(report('no layer matches'), { maxLayerSize: { fail: 50_000_000 } }).results;
    expect([r?.value, r?.status]).toEqual([90_000_000, 'fail']);
  });

  it('a base proven by --base-image (mapping exact) is trusted even then', () => {
    const [r] = evaluateBudgets(report('no layer matches', true), {
      maxLayerSize: { fail: 50_000_000 },
    }).results;
    expect(r?.value).toBe(10_000_000);
  });
});

describe('limits as written', () => {
  it('every row carries limitText from the config or flag', () => {
    const config = applyBudgetFlags(
      parseBudgetConfig({ maxSize: { warn: '100MiB' }, maxWastedPercent: '0.001%' }, 'f'),
      { 'max-size': '1GB' },
    );
    const rows = evaluateBudgets(syntheticReport({ layers: [{ contentBytes: 1 }] }), config).results;
    expect(rows.map((r) => [r.name, r.level, r.limit, r.limitText])).toEqual([
      ['maxSize', 'warn', 104_857_600, '100MiB'],
      ['maxSize', 'fail', 1_000_000_000, '1GB'],
      ['maxWastedPercent', 'fail', 0.001, '0.001%'],
    ]);
  });
});
