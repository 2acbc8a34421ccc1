import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/lint/config.js';
import { compareFindings, INTERNAL_RULE_ID, runRules } from '../../src/lint/runner.js';
import type { AnyRule } from '../../src/lint/rules/index.js';
import { RULES } from '../../src/lint/rules/index.js';
import type { FindingInput, Rule } from '../../src/lint/types.js';
import { BASE_LAYER, build, dockerfile } from './rules/helpers.js';

/** A rule that reports exactly what it is given. */
function fake(id: string, inputs: FindingInput[], extra: Partial<Rule> = {}): AnyRule {
  return {
    id,
    name: `fake-${id.toLowerCase()}`,
    title: 'fake',
    defaultSeverity: 'warning',
    rationale: 'r',
    fix: `fix ${id}`,
    options: {},
    check(_ctx, report) {
      for (const i of inputs) report(i);
    },
    ...extra,
  };
}

const scenario = build({
  dockerfile: dockerfile(
    '# layerlint global ignore=LL090',
    'FROM base',
    '# layerlint ignore=LL091,fake-ll092',
    'RUN a \\',
    '  b',
    'COPY x /x',
  ),
  layers: [BASE_LAYER, { entries: ['a:1'] }, { entries: ['x:1'] }],
  lines: ['base', 4, 6],
});

describe('runRules', () => {
  it('turns a throwing rule into an internal error finding and keeps running the others', () => {
    const boom = fake('LL097', [], {
      check() {
        throw new Error('kaboom');
      },
    });
    const ok = fake('LL098', [{ layerIndex: 1, message: 'ok' }]);
    const f = runRules({ ...scenario, rules: [boom, ok] });
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([
      [INTERNAL_RULE_ID, 'error'],
      ['LL098', 'warning'],
    ]);
    expect(f[0]?.message).toContain('LL097');
    expect(f[0]?.message).toContain('kaboom');
  });

  it('fills lines from the mapped instruction, fix and severity from the rule', () => {
    const f = runRules({ ...scenario, rules: [fake('LL099', [{ layerIndex: 1, message: 'm' }])] });
    expect(f[0]).toMatchObject({
      layerIndex: 1,
      line: 4,
      endLine: 5,
      severity: 'warning',
      fix: 'fix LL099',
      bytes: 0,
      paths: [],
      pathCount: 0,
    });
  });

  it('keeps explicit line overrides, including null', () => {
    const f = runRules({
      ...scenario,
      rules: [
        fake('LL099', [
          { layerIndex: 1, line: 6, endLine: 6, message: 'a' },
          { layerIndex: 2, line: null, message: 'b' },
        ]),
      ],
    });
    expect(f.map((x) => [x.layerIndex, x.line, x.endLine])).toEqual([
      [1, 6, 6],
      [2, null, null],
    ]);
  });

  it('base-image findings sit on the FROM line that brought the base in, at info at most', () => {
    const f = runRules({ ...scenario, rules: [fake('LL099', [{ layerIndex: 0, message: 'm' }])] });
    expect(f[0]).toMatchObject({ layerIndex: 0, line: 2, endLine: 2, severity: 'info' });
  });

  it('base-image evidence named by a user layer keeps the rule severity', () => {
    const f = runRules({
      ...scenario,
      rules: [fake('LL099', [{ layerIndex: 0, message: 'm', relatedLayers: [1] }])],
    });
    expect(f[0]).toMatchObject({ layerIndex: 0, line: 2, severity: 'warning' });
  });

  it('without a Dockerfile, base-image findings have no line', () => {
    const { model } = scenario;
    const f = runRules({
      model,
      mapping: null,
      dockerfile: null,
      rules: [fake('LL099', [{ layerIndex: 0, message: 'm' }])],
    });
    expect(f[0]).toMatchObject({ layerIndex: 0, line: null, endLine: null, severity: 'info' });
  });

  it('caps paths largest first and keeps the count', () => {
    const paths = Array.from({ length: 25 }, (_, i) => ({
      path: `p${String(i).padStart(2, '0')}`,
      bytes: i % 5,
    }));
    const f = runRules({
      ...scenario,
      rules: [fake('LL099', [{ layerIndex: 1, message: 'm', paths, bytes: 50 }])],
    });
    expect(f[0]?.paths.length).toBe(10);
    expect(f[0]?.pathCount).toBe(25);
    expect(f[0]?.paths.slice(0, 3)).toEqual([
      { path: 'p04', bytes: 4 },
      { path: 'p09', bytes: 4 },
      { path: 'p14', bytes: 4 },
    ]);
  });

  it('sorts by severity, rule, layer, then path', () => {
    const a = fake('LL095', [
      { layerIndex: 2, message: 'x', paths: [{ path: 'b', bytes: 1 }] },
      { layerIndex: 2, message: 'x', paths: [{ path: 'a', bytes: 1 }] },
      { layerIndex: 1, message: 'x', severity: 'info' },
      { layerIndex: null, message: 'x' },
      { layerIndex: 1, message: 'x' },
    ]);
    const b = fake('LL094', [
      { layerIndex: 2, message: 'y', severity: 'error' },
      { layerIndex: 2, message: 'y' },
    ]);
    const f = runRules({ ...scenario, rules: [a, b] });
    expect(f.map((x) => `${x.severity}:${x.ruleId}:${x.layerIndex}:${x.paths[0]?.path ?? '-'}`)).toEqual([
      'error:LL094:2:-',
      'warning:LL094:2:-',
      'warning:LL095:1:-',
      'warning:LL095:2:a',
      'warning:LL095:2:b',
      'warning:LL095:null:-',
      'info:LL095:1:-',
    ]);
    // Deterministic whatever the order the rules ran in.
    const g = runRules({ ...scenario, rules: [b, a] });
    expect(g).toEqual(f);
    expect([...g].reverse().sort(compareFindings)).toEqual(f);
  });

  it('applies `# layerlint ignore=` on the line before the instruction (by id or name) and global ignores', () => {
    const rules = ['LL090', 'LL091', 'LL092', 'LL093'].map((id) =>
      fake(id, [
        { layerIndex: 1, message: 'm' },
        { layerIndex: 2, message: 'm' },
      ]),
    );
    const f = runRules({ ...scenario, rules });
    expect(f.map((x) => `${x.ruleId}@${x.layerIndex}`)).toEqual(['LL091@2', 'LL092@2', 'LL093@1', 'LL093@2']);
  });

  it('a finding spanning several instructions is suppressed by an ignore on any of them', () => {
    const f = runRules({
      ...scenario,
      rules: [
        fake('LL091', [
          { layerIndex: null, line: 2, endLine: 5, message: 'spans the RUN' },
          { layerIndex: null, line: 6, endLine: 6, message: 'COPY only' },
        ]),
      ],
    });
    expect(f.map((x) => x.message)).toEqual(['COPY only']);
  });

  it('suppression follows an overridden line too', () => {
    const f = runRules({
      ...scenario,
      rules: [fake('LL091', [{ layerIndex: 2, line: 4, endLine: 6, message: 'm' }])],
    });
    expect(f).toEqual([]);
  });

  it('ignorePaths drops matching paths, recomputes path-sum bytes, and drops findings left with none', () => {
    const config = parseConfig('ignorePaths: ["app/vendor/**", "*.log"]\n', '.layerlint.yml');
    const rule = fake('LL099', [
      {
        layerIndex: 1,
        message: 'partial',
        bytes: 30,
        paths: [
          { path: 'app/vendor/x', bytes: 10 },
          { path: 'app/main', bytes: 20 },
        ],
      },
      { layerIndex: 1, message: 'all-ignored', bytes: 5, paths: [{ path: 'var/log/dpkg.log', bytes: 5 }] },
      { layerIndex: 1, message: 'no-paths', bytes: 7 },
    ]);
    const f = runRules({ ...scenario, rules: [rule], config });
    expect(f.map((x) => [x.message, x.bytes, x.paths.map((p) => p.path)])).toEqual([
      ['partial', 20, ['app/main']],
      ['no-paths', 7, []],
    ]);
  });

  it('config: severity override, rule off, options merged over defaults', () => {
    const seen: unknown[] = [];
    const withOpts = fake('LL003', [{ layerIndex: 1, message: 'm', severity: 'info' }], {
      options: { minBytes: 1024, other: true },
      check(ctx, report) {
        seen.push(ctx.options);
        report({ layerIndex: 1, message: 'm', severity: 'info' });
      },
    });
    const off = fake('LL011', [{ layerIndex: 1, message: 'm' }]);
    const real = RULES.filter((r) => r.id === 'LL003' || r.id === 'LL011');
    const config = parseConfig(
      'rules:\n  LL003: { severity: error, minBytes: 1MiB }\n  LL011: off\n',
      '.layerlint.yml',
      real,
    );
    const f = runRules({ ...scenario, rules: [withOpts, off], config });
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['LL003', 'error']]);
    expect(seen).toEqual([{ minBytes: 1024 * 1024, other: true }]);
  });
});

// Issue 11, items 7 and 10: one finding per wasted byte, hash-named cache files folded.
describe('runRules: one finding per wasted byte', () => {
  const log = { path: 'root/.npm/_cacache/_logs/x-debug-0.log', bytes: 30 };
  const cache = { path: 'root/.npm/_cacache/index-v5/ab/cd/0123456789abcdef0123', bytes: 3000 };

  it('the more specific rule keeps a path both report (LL006 over LL010), whatever the rule order', () => {
    const ll010 = fake('LL010', [{ layerIndex: 1, message: 'log', paths: [log], bytes: 30 }]);
    const ll006 = fake('LL006', [{ layerIndex: 1, message: 'cache', paths: [cache, log], bytes: 3030 }]);
    const f = runRules({ ...scenario, rules: [ll010, ll006] });
    expect(f.map((x) => [x.ruleId, x.bytes])).toEqual([['LL006', 3030]]);
  });

  it('the loser keeps what is left, with its bytes and message adjusted', () => {
    const big = { path: 'tmp/big.tgz', bytes: 5000 };
    const ll010 = fake('LL010', [
      {
        layerIndex: 1,
        message: 'old',
        paths: [log, big],
        bytes: 5030,
        messageAfterClaims: (b, n) => `${n}:${b}`,
      },
    ]);
    const ll006 = fake('LL006', [{ layerIndex: 1, message: 'cache', paths: [log], bytes: 30 }]);
    const f = runRules({ ...scenario, rules: [ll010, ll006] });
    expect(f.map((x) => [x.ruleId, x.bytes, x.message, x.paths.map((p) => p.path)])).toEqual([
      ['LL006', 30, 'cache', [log.path]],
      ['LL010', 5000, '1:5000', ['tmp/big.tgz']],
    ]);
  });

  it('the same path in another layer is another byte', () => {
    const ll010 = fake('LL010', [{ layerIndex: 2, message: 'log', paths: [log], bytes: 30 }]);
    const ll006 = fake('LL006', [{ layerIndex: 1, message: 'cache', paths: [log], bytes: 30 }]);
    expect(runRules({ ...scenario, rules: [ll010, ll006] }).map((x) => x.ruleId)).toEqual(['LL006', 'LL010']);
  });

  it('a finding that loses everything becomes its whenClaimed form, or is dropped', () => {
    const p = { path: 'data/x', bytes: 4000, layer: 1 };
    const ll003 = fake('LL003', [{ layerIndex: 1, message: 'deleted', paths: [p], bytes: 4000 }]);
    const ll001 = fake('LL001', [
      {
        layerIndex: 1,
        message: 'merge saves 4 kB',
        paths: [p],
        bytes: 4000,
        whenClaimed: { severity: 'info', message: 'could be one' },
      },
    ]);
    const ll011 = fake('LL011', [
      { layerIndex: 1, message: 'big', paths: [{ path: 'data/x', bytes: 4000 }] },
    ]);
    const f = runRules({ ...scenario, rules: [ll001, ll003, ll011] });
    expect(f.map((x) => [x.ruleId, x.severity, x.message, x.bytes, x.pathCount])).toEqual([
      ['LL003', 'warning', 'deleted', 4000, 1],
      ['LL001', 'info', 'could be one', 0, 0],
    ]);
  });

  it('a claimed directory (LL009 `.git`) claims the files under it', () => {
    const ll009 = fake('LL009', [
      { layerIndex: 1, message: 'git', paths: [{ path: 'app/.git', bytes: 900 }] },
    ]);
    const ll003 = fake('LL003', [
      { layerIndex: 1, message: 'del', paths: [{ path: 'app/.git/index', bytes: 900 }] },
    ]);
    expect(runRules({ ...scenario, rules: [ll003, ll009] }).map((x) => x.ruleId)).toEqual(['LL009']);
  });

  it('rules outside the claim order (LL007) keep their paths', () => {
    const ll006 = fake('LL006', [{ layerIndex: 1, message: 'cache', paths: [cache], bytes: 3000 }]);
    const ll007 = fake('LL007', [{ layerIndex: 1, message: 'copy', paths: [cache] }]);
    expect(runRules({ ...scenario, rules: [ll006, ll007] }).map((x) => x.ruleId)).toEqual(['LL006', 'LL007']);
  });

  it('folds hash-named cache files into their directory', () => {
    const files = [
      'aa/bb/0123456789abcdef0123',
      'cc/dd/fedcba9876543210fedc',
      'ee/ff/00112233445566778899',
    ].map((h, i) => ({ path: `root/.npm/_cacache/content-v2/sha512/${h}`, bytes: 1000 * (i + 1) }));
    const ll006 = fake('LL006', [
      {
        layerIndex: 1,
        message: 'cache',
        paths: [...files, { path: 'root/.npm/_update-notifier-last-checked', bytes: 5 }],
      },
    ]);
    const f = runRules({ ...scenario, rules: [ll006] });
    expect(f[0]?.paths).toEqual([
      { path: 'root/.npm/_cacache/', bytes: 6000 },
      { path: 'root/.npm/_update-notifier-last-checked', bytes: 5 },
    ]);
    expect(f[0]?.pathCount).toBe(2);
  });
});
