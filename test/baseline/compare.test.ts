import { describe, expect, it } from 'vitest';
import { compareToBaseline } from '../../src/baseline/compare.js';
import { matchLayers } from '../../src/baseline/match.js';
import { normaliseCreatedBy } from '../../src/image/history.js';
import { syntheticReport, syntheticDigest } from './synthetic.js';

describe('normaliseCreatedBy', () => {
  it.each([
    ['/bin/sh -c #(nop)  CMD ["sh"]', 'CMD ["sh"]'],
    ['/bin/sh -c #(nop) COPY file:' + 'a'.repeat(64) + ' in /app ', 'COPY file:* in /app'],
    ['/bin/sh -c apt-get   update', 'RUN apt-get update'],
    ['RUN /bin/sh -c make && make install # buildkit', 'RUN make && make install'],
    ['RUN |2 A=1 B=two /bin/sh -c echo $A # buildkit', 'RUN echo $A'],
    ['|1 V=3 /bin/sh -c echo $V', 'RUN echo $V'],
    ['COPY app.txt /app/ # buildkit', 'COPY app.txt /app/'],
  ])('%s', (input, out) => {
    expect(normaliseCreatedBy(input)).toBe(out);
  });
});

// Synthetic builds of one Dockerfile: base layer, RUN apt, COPY app, RUN rm. The new build changes COPY only.
const baseLayer = {
  contentBytes: 5_000_000,
  createdBy: '/bin/sh -c #(nop) ADD file:' + 'b'.repeat(64) + ' in / ',
  digest: syntheticDigest('base'),
  fromBaseImage: true,
};
function build(
  appBytes: number,
  appDigest: string,
  extra: { contentBytes: number; instruction: { keyword: string; text: string } }[] = [],
) {
  return syntheticReport({
    layers: [
      baseLayer,
      {
        contentBytes: 30_000_000,
        createdBy: 'RUN apt-get install -y curl # buildkit',
        instruction: { keyword: 'RUN', text: 'RUN apt-get install -y curl' },
        digest: syntheticDigest('apt'),
      },
      {
        contentBytes: appBytes,
        createdBy: 'COPY app /app # buildkit',
        instruction: { keyword: 'COPY', text: 'COPY app /app' },
        digest: appDigest,
        added: [{ path: 'app/bin', bytes: appBytes }],
      },
      ...extra.map((e, i) => ({
        ...e,
        createdBy: `${e.instruction.text} # buildkit`,
        digest: syntheticDigest(`extra${i}`),
      })),
    ],
    largestFiles: [{ path: 'app/bin', bytes: appBytes }],
  });
}

describe('compareToBaseline on synthetic builds', () => {
  const before = build(1_000_000, syntheticDigest('app-v1'));
  const after = build(13_300_000, syntheticDigest('app-v2'));
  const cmp = compareToBaseline(after, before, { label: 'main' });

  it('shows exactly the changed layer delta and the headline', () => {
    expect(cmp.totalDelta).toBe(12_300_000);
    expect(cmp.headline).toBe('+12.3 MB vs main');
    expect(cmp.layerDeltas).toEqual([0, 0, 12_300_000]);
    expect(cmp.layers.map((l) => [l.index, l.baselineIndex, l.matchedBy, l.changed])).toEqual([
      [0, 0, 'createdBy', false],
      [1, 1, 'instruction', false],
      [2, 2, 'instruction', true],
    ]);
    expect(cmp.added).toEqual([]);
    expect(cmp.removed).toEqual([]);
    expect(cmp.grownFiles).toEqual([
      { path: 'app/bin', bytes: 13_300_000, baselineBytes: 1_000_000, delta: 12_300_000 },
    ]);
    expect(cmp.filesExact).toBe(true);
  });

  it('matches by instruction, not by index, and reports added and removed layers', () => {
    // A new RUN inserted before COPY shifts indices; the COPY layer still matches the baseline's COPY.
    const shifted = syntheticReport({
      layers: [
        baseLayer,
        {
          contentBytes: 30_000_000,
          instruction: { keyword: 'RUN', text: 'RUN apt-get install -y curl' },
          digest: syntheticDigest('apt'),
        },
        { contentBytes: 2_000_000, instruction: { keyword: 'RUN', text: 'RUN pip install x' } },
        {
          contentBytes: 1_000_000,
          instruction: { keyword: 'COPY', text: 'COPY app /app' },
          digest: syntheticDigest('app-v1'),
        },
      ],
    });
    const withRm = build(1_000_000, syntheticDigest('app-v1'), [
      { contentBytes: 0, instruction: { keyword: 'RUN', text: 'RUN rm -rf /tmp/x' } },
    ]);
    const c = compareToBaseline(shifted, withRm, { label: 'v1' });
    expect(c.layerDeltas).toEqual([0, 0, null, 0]);
    expect(c.added).toEqual([2]);
    expect(c.removed).toMatchObject([{ baselineIndex: 3, label: 'RUN rm -rf /tmp/x' }]);
    expect(c.totalDelta).toBe(2_000_000);
  });

  it('pairs repeated keys in order and ignores whitespace differences', () => {
    const a = [
      { index: 0, digest: 'd0', createdBy: 'RUN make # buildkit', instruction: null },
      { index: 1, digest: 'd1', createdBy: 'RUN  make # buildkit', instruction: null },
    ];
    const b = [
      { index: 0, digest: 'x0', createdBy: '/bin/sh -c make', instruction: null },
      { index: 1, digest: 'x1', createdBy: '/bin/sh -c make', instruction: null },
    ];
    const m = matchLayers(a, b);
    expect([...m.pairs.entries()]).toEqual([
      [0, { baseline: 0, kind: 'createdBy' }],
      [1, { baseline: 1, kind: 'createdBy' }],
    ]);
  });

  it('says grown files are approximate when a list was capped', () => {
    const capped = build(2_000_000, syntheticDigest('app-v3'));
    const l = capped.layers[2];
    if (l) l.addedCount = 500;
    const c = compareToBaseline(capped, before, { label: 'main' });
    expect(c.filesExact).toBe(false);
    expect(c.notes.join(' ')).toMatch(/capped/);
  });

  it('shrinking shows a negative headline; measure final uses final bytes', () => {
    const c = compareToBaseline(before, after, { label: 'main' });
    expect(c.headline).toBe('-12.3 MB vs main');
    const f = compareToBaseline(
      syntheticReport({ layers: [{ contentBytes: 10 }], finalBytes: 4 }),
      syntheticReport({ layers: [{ contentBytes: 10 }], finalBytes: 10 }),
      { label: 'x', measure: 'final' },
    );
    expect(f.totalDelta).toBe(-6);
    expect(f.headline).toBe('-6 B vs x');
  });
});
