import { describe, expect, it } from 'vitest';
import {
  GlobError,
  MAX_GLOB_ALTERNATIVES,
  MAX_GLOB_LENGTH,
  compileGlobs,
  compileSegmentGlob,
  normalisePath,
  validateGlob,
} from '../../src/common/glob.js';

/** What one call returns and the milliseconds it took. */
function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

describe('compileGlobs', () => {
  it.each([
    // [glob, path, matches]
    ['*.log', 'var/log/build.log', true],
    ['*.log', 'build.log', true],
    ['*.log', 'var/log/build.log.gz', false],
    ['app/.git', 'app/.git', true],
    ['app/.git', 'app/.git/objects/pack/p.pack', true],
    ['app/.git', 'app/.github/ci.yml', false],
    ['/app/vendor/**', 'app/vendor/x/y.php', true],
    ['./app/vendor/**', 'app/vendor/x', true],
    ['app/*/cache', 'app/a/cache/f', true],
    ['app/*/cache', 'app/a/b/cache/f', false],
    ['app/**/cache', 'app/a/b/cache/f', true],
    ['node_modules', 'usr/lib/node_modules/npm/package.json', true],
    ['tmp/**', 'tmp/x', true],
    ['tmp/**', 'var/tmp/x', false],
    ['var/log/dnf*.log', 'var/log/dnf.librepo.log', true],
    ['file?.txt', 'a/file1.txt', true],
    ['file?.txt', 'a/file12.txt', false],
    ['{a,b}/x', 'b/x', true],
    ['{a,b}/x', 'c/x', false],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['a.b', 'axb', false],
    ['(x)+', '(x)+', true],
  ])('%s vs %s -> %s', (glob, path, expected) => {
    expect(compileGlobs([glob])(path)).toBe(expected);
  });

  it('no globs match nothing; several globs match any', () => {
    expect(compileGlobs([])('a')).toBe(false);
    expect(compileGlobs(['x', '*.log'])('y/z.log')).toBe(true);
  });

  it('normalisePath strips leading ./ and / and trailing /', () => {
    expect(normalisePath('/app/')).toBe('app');
    expect(normalisePath('./app/x')).toBe('app/x');
  });
});

describe('compileGlobs edge cases', () => {
  it.each([
    // [glob, path, matches]
    ['tmp/**', 'tmp', false],
    ['**', 'a/b', true],
    ['**/b', 'b', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b/z', true],
    ['a/**', 'a/x', true],
    ['*.{log,txt}', 'x/y.txt', true],
    ['{a,b/c}/d', 'b/c/d', true],
    ['{a,{b,c}}/x', 'c/x', true],
    ['{a,b', 'b', true],
    ['a}', 'a}', true],
    ['[a-c]x', 'bx', true],
    ['[^a]x', 'ax', false],
    ['[a-]x', '-x', true],
    ['*a*b', 'xaybzb', true],
    ['*a*b', 'xaybzbc', false],
    ['a\\b', 'a\\b', true],
    ['[ab', '[ab', true],
  ])('%s vs %s -> %s', (glob, path, expected) => {
    expect(compileGlobs([glob])(path)).toBe(expected);
  });

  it('normalisePath is linear on a long run of slashes', () => {
    const p = `x${'/'.repeat(200_000)}y${'/'.repeat(200_000)}`;
    expect(normalisePath(p)).toBe(`x${'/'.repeat(200_000)}y`);
  });
});

describe('compileGlobs on hostile inputs (time budget, generated here)', () => {
  // Each took seconds to minutes with the regular-expression translation (exponential in the
  // number of `*`/`**`); the segment DP is O(path x pattern).
  it('five `**` against a path of 180 segments', () => {
    const match = compileGlobs(['**/a/**/a/**/a/**/a/**/b']);
    const path = `${'a/'.repeat(180)}c`;
    const { value, ms } = timed(() => match(path));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(10_000); // a hang guard (the old matcher took minutes), not a speed target
  });

  it('several `*` in one 500-character segment', () => {
    const match = compileGlobs(['**/*a*a*a*b']);
    const { value, ms } = timed(() => match('a'.repeat(500)));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(10_000); // a hang guard (the old matcher took minutes), not a speed target
  });

  it('realistic ignorePaths against one 29 KB path (67 s before)', () => {
    const match = compileGlobs([
      '**/node_modules/**/node_modules/**/*.d.ts',
      '**/node_modules/**/test/**/*.js',
      '**/.cache/**',
      'usr/share/{doc,man}/**',
      '**/*.{log,tmp}',
    ]);
    const path = `${'node_modules/a-pkg/'.repeat(1500)}x.min.js`;
    expect(path.length).toBeGreaterThan(28_000);
    const { value, ms } = timed(() => match(path));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(10_000); // a hang guard (the old matcher took minutes), not a speed target
    expect(match(`${'node_modules/'.repeat(2000)}test/x.js`)).toBe(true);
  });

  it('a million-character path with many `**`', () => {
    const match = compileGlobs(['**/x/**/y/**/z/**/w/**/v/**']);
    const path = 'x/y/z/w/'.repeat(125_000);
    const { value, ms } = timed(() => match(path));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(10_000); // a hang guard (the old matcher took minutes), not a speed target
  });
});

describe('malformed globs', () => {
  it('a reversed range is a GlobError naming the glob', () => {
    expect(() => compileGlobs(['ok', 'a/[z-a].txt'])).toThrow(GlobError);
    expect(() => {
      validateGlob('[z-a]');
    }).toThrow(/range out of order.*z-a/);
    expect(() => compileSegmentGlob('[z-a]')).toThrow(GlobError);
  });

  it('braces that expand past the cap are a GlobError, quickly', () => {
    const glob = '{a,b}'.repeat(20);
    expect(2 ** 20).toBeGreaterThan(MAX_GLOB_ALTERNATIVES);
    const { value, ms } = timed(() => {
      try {
        validateGlob(glob);
        return '';
      } catch (err: unknown) {
        return err instanceof GlobError ? err.problem : 'not a GlobError';
      }
    });
    expect(value).toMatch(/more than 1024 alternatives/);
    expect(ms).toBeLessThan(10_000); // a hang guard (the old matcher took minutes), not a speed target
    expect(() => {
      validateGlob('{a,b}'.repeat(10));
    }).not.toThrow();
  });

  it('deep nesting, a long tail after braces and a run of `[` are refused or linear', () => {
    expect(() => {
      validateGlob(`${'{'.repeat(1000)}a`);
    }).toThrow(/nested deeper than 32/);
    expect(() => {
      validateGlob(`${'{a,b}'.repeat(10)}${'x'.repeat(5000)}`);
    }).toThrow(/more than 1048576 characters/);
    expect(() => {
      validateGlob('x'.repeat(MAX_GLOB_LENGTH + 1));
    }).toThrow(/longer than 65536 characters/);
    const { value, ms } = timed(() =>
      compileGlobs(['['.repeat(MAX_GLOB_LENGTH)])('['.repeat(MAX_GLOB_LENGTH)),
    );
    expect(value).toBe(true);
    expect(ms).toBeLessThan(10_000); // a hang guard (the old matcher took minutes), not a speed target
  });

  it('the message is one short line whatever the glob holds', () => {
    const glob = `x\n${'y'.repeat(10_000)}/[z-a]`;
    let message = '';
    try {
      validateGlob(glob);
    } catch (err: unknown) {
      message = err instanceof GlobError ? err.message : 'not a GlobError';
    }
    expect(message).toMatch(/^bad glob "x\\nyyy.*…": range out of order: 'z-a'$/);
    expect(message.length).toBeLessThan(200);
  });
});

describe('compileSegmentGlob', () => {
  it.each([
    ['*.json', 'report.json', true],
    ['*.json', 'a/report.json', false],
    ['r?port-[0-9].json', 'report-7.json', true],
    ['{a,b}', '{a,b}', true],
    ['[!a]*', 'abc', false],
  ])('%s vs %s -> %s', (glob, name, expected) => {
    expect(compileSegmentGlob(glob)(name)).toBe(expected);
  });
});
