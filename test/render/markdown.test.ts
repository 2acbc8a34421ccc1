import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_BYTES, commentMarker, renderComment } from '../../src/action/comment.js';
import { GITHUB_COMMENT_MAX_CHARS } from '../../src/action/constants.js';
import { SUMMARY_MAX_BYTES } from '../../src/action/summary.js';
import { formatBytes, formatDelta } from '../../src/common/size.js';
import { renderMarkdown, renderSummary } from '../../src/render/markdown.js';
import type { BaselineComparison, Report } from '../../src/report/types.js';
import { HOSTILE, decodeEntities, injectionProblems } from '../helpers/markdown.js';
import { sampleReport, sampleRules } from '../helpers/report.js';
import { compareToBaseline } from '../../src/baseline/compare.js';
import { syntheticDigest, syntheticReport } from '../baseline/synthetic.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ctx = {
  linkBase: `https://github.com/acme/app/blob/${SHA}`,
  rules: sampleRules,
  maxBytes: COMMENT_MAX_BYTES,
};
const summaryCtx = { ...ctx, maxBytes: SUMMARY_MAX_BYTES };

/** A comparison with only the numbers the headline and the layer table show. */
function comparison(label: string, totalDelta: number, layerDeltas: (number | null)[]): BaselineComparison {
  const zero = { current: 0, baseline: 0, delta: 0 };
  return {
    label,
    source: label,
    measure: 'content',
    totalDelta,
    layerDeltas,
    headline: `${formatDelta(totalDelta)} vs ${label}`,
    totals: {
      contentBytes: zero,
      finalBytes: zero,
      wastedBytes: zero,
      tarBytes: zero,
      blobBytes: zero,
      layerCount: zero,
      fileCount: zero,
    },
    layers: [],
    added: [],
    removed: [],
    grownFiles: [],
    filesExact: true,
    notes: [],
  };
}

/** A report whose every untrusted string is hostile. */
function hostileReport(): Report {
  const r = sampleReport({ source: HOSTILE.ref });
  r.image.ref = HOSTILE.ref;
  r.dockerfile = 'docker/<x>|(y).Dockerfile';
  for (const l of r.layers) {
    l.createdBy = HOSTILE.createdBy;
    if (l.instruction) l.instruction = { ...l.instruction, text: HOSTILE.createdBy, stage: HOSTILE.ref };
    l.deleted = l.deleted.map((f) => ({ ...f, path: HOSTILE.path }));
  }
  r.largestFiles = [{ path: HOSTILE.path, bytes: 10 }];
  r.findings = r.findings.map((f) => ({
    ...f,
    message: HOSTILE.message,
    fix: HOSTILE.createdBy,
    paths: [{ path: HOSTILE.path, bytes: 1 }],
    pathCount: 3,
  }));
  r.warnings = [HOSTILE.message];
  r.budgets = [
    {
      name: 'maxSize',
      unit: 'bytes',
      value: 1,
      limit: 2,
      level: 'warn',
      status: 'pass',
      detail: HOSTILE.message,
    },
  ];
  return r;
}

/** Pipes that split cells (not escaped as entities) per line of a table. */
function cellPipes(line: string): number {
  return (line.match(/\|/g) ?? []).length;
}

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [12_345_678, '12.3 MB'],
    [999_960_000, '1.0 GB'],
    [-1500, '-1.5 kB'],
  ])('%d -> %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });

  it('formats deltas with a sign', () => {
    expect(formatDelta(12_300_000)).toBe('+12.3 MB');
    expect(formatDelta(-1000)).toBe('-1.0 kB');
    expect(formatDelta(0)).toBe('±0 B');
  });
});

describe('renderMarkdown', () => {
  it('matches the snapshot for the sample report', () => {
    expect(renderMarkdown(sampleReport(), ctx)).toMatchSnapshot();
  });

  it('is deterministic', () => {
    expect(renderMarkdown(sampleReport(), ctx)).toBe(renderMarkdown(sampleReport(), ctx));
  });

  it('has a headline with verdict and key numbers', () => {
    const md = renderMarkdown(sampleReport(), ctx);
    const head = md.split('\n').slice(0, 5).join('\n');
    expect(head).toContain('❌ failed');
    expect(head).toContain('**1.2 MB** final');
    expect(head).toContain('**50.0 MB wasted**');
    expect(head).toContain('4 layers');
    expect(renderMarkdown(sampleReport({ passed: true }), ctx)).toContain('✅ passed');
  });

  it('links Dockerfile lines to the file at the head SHA', () => {
    const md = renderMarkdown(sampleReport(), ctx);
    expect(md).toContain(`(https://github.com/acme/app/blob/${SHA}/Dockerfile#L3)`);
    expect(md).toContain(`(https://github.com/acme/app/blob/${SHA}/Dockerfile#L4-L5)`);
    // without a link base: plain text, no link
    const plain = renderMarkdown(sampleReport(), { rules: sampleRules, maxBytes: COMMENT_MAX_BYTES });
    expect(plain).not.toContain('](');
    expect(decodeEntities(plain)).toContain('Dockerfile:3');
  });

  it('has a layer table with one row per layer and a mermaid chart', () => {
    const md = renderMarkdown(sampleReport(), ctx);
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(4);
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toContain('bar [1.2, 50, 0]');
  });

  it('groups findings by severity with bytes and fix', () => {
    const md = renderMarkdown(sampleReport(), ctx);
    expect(md.indexOf('#### ❌ Errors (1)')).toBeLessThan(md.indexOf('#### ⚠️ Warnings (1)'));
    expect(md).toContain('· **saves 50.0 MB**');
    expect(md).toContain('Fix: Create and delete the file');
  });

  it('shows a budget table only when there are budgets', () => {
    expect(renderMarkdown(sampleReport(), ctx)).toContain('#### Budgets');
    expect(renderMarkdown(sampleReport({ budgets: [] }), ctx)).not.toContain('#### Budgets');
  });

  it('shows a baseline delta in the headline and a delta column', () => {
    const md = renderMarkdown(
      sampleReport({ baseline: comparison('main', 12_300_000, [0, 12_300_000, null, 0]) }),
      ctx,
    );
    expect(md).toContain('**+12.3 MB** vs <code>main</code>');
    expect(md).toContain('| # | Line | Instruction | Size | Δ | Wasted | |');
    expect(md).toMatch(/\| 1 \| .* \| 50\.0 MB \| \+12\.3 MB \|/);
    expect(md).toMatch(/\| 2 \| .* \| new \|/);
    const smaller = renderMarkdown(sampleReport({ baseline: comparison('main', -5000, []) }), ctx);
    expect(smaller).toContain('**-5.0 kB** vs <code>main</code>');
  });

  it('escapes hostile paths, created_by, image names and messages', () => {
    const md = renderMarkdown(hostileReport(), ctx);
    expect(injectionProblems(md)).toEqual([]);
    // hostile text is still shown, as text
    expect(decodeEntities(md)).toContain('onerror=alert(1)');
    // every table row has exactly as many cell pipes as its header
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (!line.startsWith('|')) continue;
      let h = i;
      while (h > 0 && (lines[h - 1] ?? '').startsWith('|')) h--;
      expect(cellPipes(line), line).toBe(cellPipes(lines[h] ?? ''));
    }
    // the link to the hostile Dockerfile path is percent-encoded
    expect(md).toContain('/docker/%3Cx%3E%7C%28y%29.Dockerfile#L3)');
    expect(md).toMatchSnapshot();
  });

  it('drops the lowest-priority sections first to fit, with a note', () => {
    const r = sampleReport();
    r.largestFiles = Array.from({ length: 20 }, (_v, i) => ({ path: `f${i}`.padEnd(150, 'x'), bytes: i }));
    const full = renderMarkdown(r, ctx);
    const small = renderMarkdown(r, { ...ctx, maxBytes: full.length - 500 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(full.length - 500);
    expect(small).not.toContain('Largest files');
    expect(small).toContain('Wasted files');
    expect(small).toContain('the full report is in the job summary');
  });

  it('stays under the comment limit for a huge hostile report, keeping headline and findings', () => {
    const r = hostileReport();
    const [, layer] = r.layers;
    const [finding] = r.findings;
    if (!layer || !finding) throw new Error('the sample report has a second layer and a finding');
    const layers = Array.from({ length: 127 }, (_v, i) => ({
      ...layer,
      index: i,
      deleted: Array.from({ length: 20 }, (_w, j) => ({ path: `${HOSTILE.path}${j}`, bytes: j + 1 })),
    }));
    r.layers = layers;
    r.findings = Array.from({ length: 2000 }, (_v, i) => ({
      ...finding,
      layerIndex: i % 127,
      message: `${HOSTILE.message} ${i}`,
    }));
    r.largestFiles = Array.from({ length: 20 }, () => ({ path: HOSTILE.path.repeat(20), bytes: 1 }));
    const body = renderComment([r], 'app', ctx);
    expect(body.length).toBeLessThan(GITHUB_COMMENT_MAX_CHARS);
    expect(Buffer.byteLength(body)).toBeLessThan(GITHUB_COMMENT_MAX_CHARS);
    expect(body).toContain('layerlint ❌ failed');
    expect(body).toContain('#### ❌ Errors (2000)');
    expect(body).toMatch(/…and \d+ more findings/);
    expect(body).toContain('the full report is in the job summary');
    expect(injectionProblems(body)).toEqual([]);
  });
});

describe('renderComment / renderSummary', () => {
  it('starts with the hidden marker for its key', () => {
    const body = renderComment([sampleReport()], 'ghcr.io/acme/app linux/amd64', ctx);
    expect(body.startsWith(`${commentMarker('ghcr.io/acme/app linux/amd64')}\n`)).toBe(true);
    expect(commentMarker('x -->')).toBe('<!-- layerlint:x_-_ -->');
  });

  it('renders every platform and shares the budget', () => {
    const arm = sampleReport();
    arm.image.platform = { os: 'linux', architecture: 'arm64', variant: 'v8' };
    const body = renderComment([sampleReport(), arm], 'k', ctx);
    expect(body).toContain('(linux/amd64)');
    expect(body).toContain('(linux/arm64/v8)');
  });

  it('summary: notes annotations beyond the cap, and matches the snapshot', () => {
    const s = renderSummary([sampleReport()], {
      ...summaryCtx,
      annotationsOmitted: { error: 3, warning: 0, notice: 1 },
    });
    expect(s).toContain('3 error, 0 warning and 1 notice annotations were not emitted');
    expect(s).toMatchSnapshot();
  });
});

describe('baseline details in the comment', () => {
  const base = { contentBytes: 1_000_000, createdBy: 'ADD rootfs /', digest: syntheticDigest('base') };
  const before = syntheticReport({
    layers: [
      base,
      { contentBytes: 500_000, createdBy: 'COPY app /app' },
      { contentBytes: 5, createdBy: 'RUN gone' },
    ],
    largestFiles: [{ path: 'app/main', bytes: 500_000 }],
  });
  const after = syntheticReport({
    layers: [
      base,
      { contentBytes: 700_000, createdBy: 'COPY app /app', added: [{ path: HOSTILE.path, bytes: 700_000 }] },
      { contentBytes: 10, createdBy: HOSTILE.createdBy },
    ],
    largestFiles: [{ path: HOSTILE.path, bytes: 700_000 }],
  });
  const report = { ...after, baseline: compareToBaseline(after, before, { label: HOSTILE.ref }) };

  it('shows changed, added and removed layers and the grown files, collapsed, with hostile strings escaped', () => {
    const body = renderComment([report], 'app', ctx);
    expect(body).toMatch(
      /<details><summary>Compared with .*: \+200\.0 kB · 1 layer added · 1 layer removed<\/summary>/,
    );
    expect(body).toContain('| Layer | Instruction | Δ |');
    expect(body).toContain('(added)');
    expect(body).toContain('(removed)');
    expect(body).toContain('| File | Now | Δ |');
    expect(injectionProblems(body)).toEqual([]);
    expect(renderSummary([report], summaryCtx)).toContain('Files that grew most');
  });

  it('is dropped before the layer table when the body must shrink; the headline keeps the delta', () => {
    const full = renderMarkdown(report, ctx);
    const max = full.indexOf('<details><summary>Compared with') + 200;
    const body = renderMarkdown(report, { ...ctx, maxBytes: max });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(max);
    expect(body).not.toContain('<details><summary>Compared with');
    expect(body).toContain('#### Layers');
    expect(body).toMatch(/\*\*\+200\.0 kB\*\* vs/);
  });
});
