import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/common/errors.js';
import {
  formatBytes,
  formatDelta,
  formatLimit,
  parseCount,
  parseGrowth,
  parsePercent,
  parseRatio,
  parseSize,
} from '../../src/common/size.js';

describe('parseSize', () => {
  it.each([
    ['300MB', 300_000_000],
    ['300 MB', 300_000_000],
    ['300mb', 300_000_000],
    ['1.5GiB', 1_610_612_736],
    ['1MiB', 1_048_576],
    ['512KiB', 524_288],
    ['1.1kB', 1_100],
    ['2GB', 2_000_000_000],
    ['1TiB', 1_099_511_627_776],
    ['12345', 12_345],
    ['0', 0],
    ['7B', 7],
    ['.5kB', 500],
    [' 10M ', 10_000_000],
    ['3Gi', 3 * 1024 ** 3],
  ])('%s -> %d', (input, bytes) => {
    expect(parseSize(input, '--max-size')).toBe(bytes);
  });

  it('takes YAML numbers as bytes', () => {
    expect(parseSize(300_000_000, 'budgets.maxSize')).toBe(300_000_000);
  });

  it.each(['', 'MB', '-5MB', '12XB', '1.5B', '0.1KiB', 'ten', '1e6', '5 M B', '9999999999999999999'])(
    'rejects %j with an InputError naming where',
    (input) => {
      expect(() => parseSize(input, '--max-size')).toThrow(InputError);
      expect(() => parseSize(input, '--max-size')).toThrow(/^--max-size: /);
    },
  );

  it('rejects negative and fractional YAML numbers', () => {
    expect(() => parseSize(-1, 'x')).toThrow(InputError);
    expect(() => parseSize(1.5, 'x')).toThrow(InputError);
  });
});

describe('parsePercent / parseRatio / parseCount / parseGrowth', () => {
  it('parses percents with or without %', () => {
    expect(parsePercent('12%', 'p')).toBe(12);
    expect(parsePercent('12.5 %', 'p')).toBe(12.5);
    expect(parsePercent('7', 'p')).toBe(7);
    expect(parsePercent(3, 'p')).toBe(3);
  });
  it.each(['', '%', 'abc', '-1%', '101%'])('rejects percent %j', (v) => {
    expect(() => parsePercent(v, 'p')).toThrow(InputError);
  });
  it('parses ratios, and percents written with %', () => {
    expect(parseRatio('0.9', 'r')).toBe(0.9);
    expect(parseRatio('90%', 'r')).toBe(0.9);
    expect(parseRatio(1, 'r')).toBe(1);
    expect(() => parseRatio('90', 'r')).toThrow(/outside 0\.\.1/);
    expect(() => parseRatio('x', 'r')).toThrow(InputError);
  });
  it('parses counts', () => {
    expect(parseCount('30', 'c')).toBe(30);
    expect(() => parseCount('3.5', 'c')).toThrow(InputError);
    expect(() => parseCount('-1', 'c')).toThrow(InputError);
  });
  it('parses growth as percent or bytes', () => {
    expect(parseGrowth('10%', 'g')).toEqual({ percent: 10 });
    expect(parseGrowth('20MB', 'g')).toEqual({ bytes: 20_000_000 });
    expect(parseGrowth('150%', 'g')).toEqual({ percent: 150 });
  });
});

describe('formatBytes / formatDelta', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [12_345_678, '12.3 MB'],
    [999_999, '1.0 MB'],
    [-1_500, '-1.5 kB'],
  ])('%d -> %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
  it('signs deltas', () => {
    expect(formatDelta(12_300_000)).toBe('+12.3 MB');
    expect(formatDelta(-512)).toBe('-512 B');
    expect(formatDelta(0)).toBe('±0 B');
  });
  it.each([
    [256 * 1024 ** 2, '256 MiB'],
    [1024 ** 3, '1 GiB'],
    [4096, '4 KiB'],
    [300_000_000, '300.0 MB'],
    [1500, '1.5 kB'],
  ])('formatLimit(%d) -> %s', (n, s) => {
    expect(formatLimit(n)).toBe(s);
  });
});
