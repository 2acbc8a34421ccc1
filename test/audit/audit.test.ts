import { describe, expect, it } from 'vitest';
import { buildAudit, toAuditImage } from '../../src/audit/build.js';
import { mergeAuditInputs, parseAuditJson } from '../../src/audit/merge.js';
import { AUDIT_ISSUE_MARKER, renderAuditJson, renderAuditMarkdown } from '../../src/render/audit.js';
import { InputError } from '../../src/common/errors.js';
import { syntheticDigest, syntheticReport } from '../baseline/synthetic.js';

// Synthetic fleet: two apps on base v1 (shared 5 MB layer), one unrelated image.
const baseV1 = { contentBytes: 5_000_000, createdBy: 'ADD rootfs v1', digest: syntheticDigest('base-v1') };
const baseV2 = { contentBytes: 5_500_000, createdBy: 'ADD rootfs v2', digest: syntheticDigest('base-v2') };
const appA = (base = baseV1) =>
  syntheticReport({
    ref: 'app-a:latest',
    layers: [base, { contentBytes: 1_000_000, createdBy: 'COPY a /a', digest: syntheticDigest('a') }],
  });
const appB = (base = baseV1, findings = 0) =>
  syntheticReport({
    ref: 'app-b:latest',
    layers: [
      base,
      { contentBytes: 2_000_000, createdBy: 'RUN apt-get install b', digest: syntheticDigest('b') },
    ],
    finalBytes: 6_000_000,
    findings: Array.from({ length: findings }, () => ({
      ruleId: 'LL006',
      severity: 'warning' as const,
      layerIndex: 1,
    })),
  });
const other = syntheticReport({
  ref: 'other:1',
  layers: [{ contentBytes: 700, createdBy: 'COPY x /x', digest: syntheticDigest('o') }],
});

describe('buildAudit', () => {
  const audit = buildAudit([appA(), appB(), other].map((r) => toAuditImage(r)));

  it('reports per-image numbers from the reports', () => {
    expect(audit.images.map((i) => [i.name, i.contentBytes, i.layerCount, i.wastedBytes])).toEqual([
      ['app-a:latest', 6_000_000, 2, 0],
      ['app-b:latest', 7_000_000, 2, 1_000_000],
      ['other:1', 700, 1, 0],
    ]);
  });

  it('splits unique and shared bytes like docker system df -v', () => {
    const by = Object.fromEntries(audit.images.map((i) => [i.name, [i.uniqueBytes, i.sharedBytes]]));
    expect(by).toEqual({
      'app-a:latest': [1_000_000, 5_000_000],
      'app-b:latest': [2_000_000, 5_000_000],
      'other:1': [700, 0],
    });
    expect(audit.shared).toEqual([
      {
        digest: baseV1.digest,
        contentBytes: 5_000_000,
        label: 'ADD rootfs v1',
        images: ['app-a:latest [linux/amd64]', 'app-b:latest [linux/amd64]'],
      },
    ]);
    expect(audit.totals).toEqual({
      images: 3,
      contentBytes: 13_000_700,
      distinctLayerBytes: 8_000_700,
      savedBySharing: 5_000_000,
    });
  });

  it('does not call a layer shared between two names of the same image', () => {
    const a = appA();
    const twice = buildAudit([toAuditImage(a, 'app-a:latest'), toAuditImage(a, 'app-a:1.0')]);
    expect(twice.shared).toEqual([]);
    expect(twice.images.every((i) => i.sharedBytes === 0)).toBe(true);
  });

  it('is deterministic regardless of input order', () => {
    const again = buildAudit([other, appB(), appA()].map((r) => toAuditImage(r)));
    expect(renderAuditJson(again)).toBe(renderAuditJson(audit));
  });
});

describe('drift against a previous audit (base image bump)', () => {
  const previous = buildAudit([appA(), appB(), other].map((r) => toAuditImage(r)));
  const prevText = renderAuditJson(previous);
  const current = buildAudit(
    [appA(baseV2), appB(baseV2, 1)].map((r) => toAuditImage(r)),
    { previous: parseAuditJson(prevText, 'prev.json') },
  );

  it('shows size changes, new and removed layers, new findings and removed images', () => {
    const d = Object.fromEntries((current.drift?.images ?? []).map((x) => [x.name, x]));
    expect(d['app-a:latest']?.status).toBe('changed');
    expect(d['app-a:latest']?.size).toEqual({ current: 6_500_000, previous: 6_000_000, delta: 500_000 });
    expect(d['app-a:latest']?.newLayers.map((l) => l.digest)).toEqual([baseV2.digest]);
    expect(d['app-a:latest']?.removedLayers.map((l) => l.digest)).toEqual([baseV1.digest]);
    expect(d['app-b:latest']?.newFindings).toEqual(['LL006 RUN apt-get install b']);
    expect(d['other:1']?.status).toBe('removed');
    expect(current.drift?.previousImages).toBe(3);
  });

  it('renders the drift in markdown with the issue marker', () => {
    const md = renderAuditMarkdown(current);
    expect(md.startsWith(AUDIT_ISSUE_MARKER)).toBe(true);
    expect(md).toContain('### Drift');
    expect(md).toContain('+500.0 kB (6.0 MB → 6.5 MB)');
    expect(md).toContain('🗑️ removed');
    expect(md).toContain('### Shared layers');
  });
});

describe('matrix merge', () => {
  it('merges per-image report JSONs and audit JSONs into one aggregate', () => {
    const files = [
      { file: 'reports/a.json', text: JSON.stringify(appA()) },
      { file: 'reports/b.json', text: JSON.stringify([appB()]) },
      { file: 'reports/o.json', text: renderAuditJson(buildAudit([toAuditImage(other)])) },
    ];
    const m = mergeAuditInputs(files);
    const merged = buildAudit(m.rows, { errors: m.errors });
    const direct = buildAudit([appA(), appB(), other].map((r) => toAuditImage(r)));
    expect(renderAuditJson(merged)).toBe(renderAuditJson(direct));
  });

  it('keeps the first of duplicates with a warning', () => {
    const m = mergeAuditInputs([
      { file: 'a.json', text: JSON.stringify(appA()) },
      { file: 'a2.json', text: JSON.stringify(appA()) },
    ]);
    expect(m.rows).toHaveLength(1);
    expect(m.warnings[0]).toMatch(/a2\.json: app-a:latest \[linux\/amd64\] is also in a\.json/);
  });

  // A valid audit with one field broken, so each case fails on that field alone.
  const audit = (over: Record<string, unknown>): string =>
    JSON.stringify({
      ...(JSON.parse(renderAuditJson(buildAudit([toAuditImage(other)]))) as object),
      ...over,
    });
  it.each([
    ['{', /^x\.json: not valid JSON/],
    ['[]', /^x\.json: not a layerlint report: \/ must NOT have fewer than 1 items$/],
    [
      audit({ schemaVersion: 2 }),
      /^x\.json: not a layerlint audit: \/schemaVersion must be equal to constant 1$/,
    ],
    [
      audit({ images: [{ ...toAuditImage(other), name: 1 }] }),
      /^x\.json: not a layerlint audit: \/images\/0\/name must be string$/,
    ],
    ['{"schemaVersion":1}', /^x\.json: not a layerlint report: \/ must have required property 'tool'$/],
  ])('rejects %s', (text, message) => {
    expect(() => mergeAuditInputs([{ file: 'x.json', text }])).toThrow(InputError);
    expect(() => mergeAuditInputs([{ file: 'x.json', text }])).toThrow(message);
  });
});
