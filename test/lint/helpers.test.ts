import { describe, expect, it } from 'vitest';
import { baseFromLine, foldHashedPaths, stripBuildkitMarker } from '../../src/lint/helpers.js';

describe('foldHashedPaths', () => {
  it('folds content-addressed files into the directory above their fan-out', () => {
    const out = foldHashedPaths([
      {
        path: 'root/.cache/pip/http-v2/5/e/1/a/9/5e1a9c0f3b7d2e4a6c8b0d2f4e6a8c0b2d4f6e8a0c2b4d6f8e0a2c4b.body',
        bytes: 10,
      },
      {
        path: 'root/.cache/pip/http-v2/0/1/2/3/4/0123456789abcdef0123456789abcdef0123456789abcdef01234567',
        bytes: 20,
      },
      { path: 'app/index.js', bytes: 3 },
    ]);
    expect(out).toEqual([
      { path: 'root/.cache/pip/', bytes: 30, files: 2 },
      { path: 'app/index.js', bytes: 3, files: 1 },
    ]);
  });

  it('leaves a lone hash-named file and ordinary names alone', () => {
    const refs = [
      { path: 'var/cache/apk/APKINDEX.5022a8a2.tar.gz', bytes: 1 },
      { path: 'opt/blob/0123456789abcdef0123', bytes: 2 },
      { path: 'data/a', bytes: 3 },
      { path: 'data/b', bytes: 4 },
    ];
    expect(foldHashedPaths(refs).map((r) => r.path)).toEqual(refs.map((r) => r.path));
  });
});

describe('stripBuildkitMarker', () => {
  it('drops the trailing marker only', () => {
    expect(stripBuildkitMarker('/bin/sh -c npm ci # buildkit')).toBe('/bin/sh -c npm ci');
    expect(stripBuildkitMarker('echo "# buildkit" > x')).toBe('echo "# buildkit" > x');
  });
});

describe('baseFromLine', () => {
  const stages = [
    { name: 'build', index: 0, from: 'debian', line: 1, inTarget: false },
    { name: 'app', index: 1, from: 'alpine', line: 7, inTarget: true },
  ];
  it("is the FROM line of the target chain's first stage", () => {
    expect(baseFromLine({ layers: [], stages, warnings: [] })).toBe(7);
  });
  it('is null without a mapping or with an unreliable one', () => {
    expect(baseFromLine(null)).toBeNull();
    expect(baseFromLine({ layers: [], stages, warnings: [], unreliable: 'no layer matches' })).toBeNull();
  });
});
