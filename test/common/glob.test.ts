import { describe, expect, it } from 'vitest';
import { compileGlobs, normalisePath } from '../../src/common/glob.js';

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
