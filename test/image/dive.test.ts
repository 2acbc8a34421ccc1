/**
 * dive v0.13.1 semantics. Expected values are worked out by hand from dive's algorithm
 * (filetree/efficiency.go, image/image.go), as written in docs/model.md.
 */
import { describe, expect, test } from 'vitest';
import { compareUtf8 } from '../../src/image/dive.js';
import type { DiveNumbers } from '../../src/image/model.js';
import { syntheticModel } from '../helpers/model.js';

function dive(...layers: string[][]): DiveNumbers {
  return syntheticModel({ layers: layers.map((entries) => ({ entries })) }).dive;
}

describe('dive numbers', () => {
  const cases: { name: string; layers: string[][]; want: DiveNumbers }[] = [
    {
      // dive's own TestEfficiency scenario: /etc/nginx exists only as an implicit node in the
      // lower stack, so it is not a directory and its whiteout counts 0.
      name: 'dive TestEfficiency: implicit directory whiteout counts 0',
      layers: [
        ['etc/nginx/nginx.conf:2000', 'etc/nginx/public:3000'],
        ['etc/nginx/nginx.conf:5000', 'etc/athing:10000'],
        ['etc/.wh.nginx'],
      ],
      want: { efficiency: 0.75, wastedBytes: 7000, userWastedPercent: 7000 / 15000 },
    },
    {
      name: 'the copy that is kept still counts as waste',
      layers: [['a:100'], ['a:30']],
      want: { efficiency: 30 / 130, wastedBytes: 130, userWastedPercent: 130 / 30 },
    },
    {
      name: 'a file whiteout counts 0 on its own side; the deleted file is waste',
      layers: [
        ['a:100', 'b:50'],
        ['.wh.a', 'c:10'],
      ],
      want: { efficiency: 60 / 160, wastedBytes: 100, userWastedPercent: 10 },
    },
    {
      name: 'a directory whiteout counts the subtree size on both sides',
      layers: [
        ['d/', 'd/a:100', 'd/b:200'],
        ['.wh.d', 'x:10'],
      ],
      want: { efficiency: 1, wastedBytes: 0, userWastedPercent: 0 },
    },
    {
      name: 'opaque markers are ignored',
      layers: [
        ['d/', 'd/a:100'],
        ['d/', 'd/.wh..wh..opq', 'd/b:5'],
      ],
      want: { efficiency: 1, wastedBytes: 0, userWastedPercent: 0 },
    },
    {
      name: 'only layer 0 counts as the base',
      layers: [['a:1000'], ['b:100'], ['b:100']],
      want: { efficiency: 1100 / 1200, wastedBytes: 200, userWastedPercent: 1 },
    },
    {
      name: 'userWastedPercent is null when undefined (no bytes above the base)',
      layers: [['a:1000']],
      want: { efficiency: 1, wastedBytes: 0, userWastedPercent: null },
    },
    {
      name: 'no bytes at all: efficiency 1',
      layers: [['d/'], ['d/']],
      want: { efficiency: 1, wastedBytes: 0, userWastedPercent: null },
    },
    {
      name: 'only leaves count: a directory with children in its layer is not a path record',
      layers: [['d/', 'd/a:5'], ['d/'], ['d/', 'd/b:5']],
      want: { efficiency: 1, wastedBytes: 0, userWastedPercent: 0 },
    },
    {
      name: 'a file replacing a directory keeps the subtree in the stack, and its whiteout counts 0',
      layers: [['d/', 'd/a:5'], ['d:3'], ['.wh.d']],
      want: { efficiency: 5 / 8, wastedBytes: 3, userWastedPercent: 1 },
    },
    {
      // Sorted by name, `.wh.missing` is the first leaf of layer 1; its lookup fails and dive stops
      // visiting that layer, so b and z are never counted, and `missing` keeps minimum -1.
      name: 'a whiteout of a path missing below aborts the rest of that layer',
      layers: [
        ['a:10', 'z:10'],
        ['.wh.missing', 'b:5', 'z:7'],
      ],
      want: { efficiency: 19 / 20, wastedBytes: 0, userWastedPercent: 0 },
    },
    {
      name: 'a whiteout in layer 0 looks in layer 0 itself',
      layers: [['a:10', '.wh.a']],
      want: { efficiency: 0, wastedBytes: 10, userWastedPercent: null },
    },
    {
      name: 'the whiteout path is the one dive prints: the deleted directory subtree under a kept parent',
      layers: [
        ['d/', 'd/s/', 'd/s/a:4', 'd/t:6'],
        ['d/', 'd/.wh.s', 'd/t:6'],
      ],
      want: { efficiency: (4 + 4 + 6) / (4 + 4 + 12), wastedBytes: 12, userWastedPercent: 2 },
    },
  ];

  test.each(cases)('$name', ({ layers, want }) => {
    const got = dive(...layers);
    expect(got.wastedBytes).toBe(want.wastedBytes);
    expect(got.efficiency).toBeCloseTo(want.efficiency, 12);
    if (want.userWastedPercent === null) expect(got.userWastedPercent).toBeNull();
    else expect(got.userWastedPercent).toBeCloseTo(want.userWastedPercent, 12);
  });

  test('wasted bytes over user bytes: infinite is reported as null too', () => {
    // A whiteout in layer 0 makes waste with no user layer at all: dive divides by 0 (+Inf).
    expect(dive(['a:10', '.wh.a']).userWastedPercent).toBeNull();
  });
});

describe('compareUtf8', () => {
  test('orders like Go sort.Strings (UTF-8 bytes), not UTF-16 code units', () => {
    const astral: string = '\u{1F600}'; // UTF-16 D83D.., UTF-8 F0..
    const bmpHigh: string = '\uFF21'; // UTF-8 EF..
    expect(compareUtf8(bmpHigh, astral)).toBeLessThan(0);
    expect(bmpHigh < astral).toBe(false); // the naive JS order differs
    expect(compareUtf8('.wh.x', 'x')).toBeLessThan(0);
    expect(compareUtf8('-a', '.wh.a')).toBeLessThan(0);
    expect(compareUtf8('ab', 'a')).toBeGreaterThan(0);
    expect(compareUtf8('a', 'a')).toBe(0);
  });
});
