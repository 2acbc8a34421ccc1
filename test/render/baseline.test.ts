import { describe, expect, it } from 'vitest';
import { compareToBaseline } from '../../src/baseline/compare.js';
import { renderBaseline } from '../../src/render/baseline.js';
import { syntheticDigest, syntheticReport } from '../baseline/synthetic.js';

// Synthetic: the app layer grows by 2 MB, a RUN layer is added, a cleanup layer is removed.
const base = { contentBytes: 1_000_000, createdBy: 'ADD rootfs /', digest: syntheticDigest('base') };
const before = syntheticReport({
  layers: [
    base,
    { contentBytes: 500_000, createdBy: 'COPY app /app', added: [{ path: 'app/main', bytes: 500_000 }] },
    { contentBytes: 0, createdBy: 'RUN rm -rf /tmp/x' },
  ],
  largestFiles: [{ path: 'app/main', bytes: 500_000 }],
});
const after = syntheticReport({
  layers: [
    base,
    { contentBytes: 2_500_000, createdBy: 'COPY app /app', added: [{ path: 'app/main', bytes: 2_500_000 }] },
    { contentBytes: 300, createdBy: 'RUN echo hi > /hi', added: [{ path: 'hi', bytes: 300 }] },
  ],
  largestFiles: [{ path: 'app/main', bytes: 2_500_000 }],
});
const cmp = compareToBaseline(after, before, { label: 'main' });

describe('renderBaseline', () => {
  it('text', () => {
    const t = renderBaseline(cmp, 'text');
    expect(t).toMatchSnapshot();
    expect(t).toContain('Baseline: +2.0 MB vs main');
    expect(t).toContain('(removed)');
    expect(t).toContain('(added)');
  });
  it('markdown escapes labels', () => {
    const m = renderBaseline(cmp, 'markdown');
    expect(m).toMatchSnapshot();
    expect(m).toContain('| Layer | Instruction | Δ |');
  });
});
