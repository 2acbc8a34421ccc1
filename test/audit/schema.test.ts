/** The audit JSON validates against the shipped schema/audit.schema.json, and the schema can fail. */
import { describe, expect, it } from 'vitest';
import { buildAudit, toAuditImage } from '../../src/audit/build.js';
import { validateAuditJson } from '../../src/audit/merge.js';
import { runCli, archive } from '../baseline/fixture-helpers.js';
import { syntheticDigest, syntheticReport } from '../baseline/synthetic.js';

/** The runtime validator as a boolean. */
function validate(value: unknown): boolean {
  try {
    validateAuditJson(value, 'audit.json');
    return true;
  } catch {
    return false;
  }
}

// Synthetic audit with drift: a shared layer, a new image, a removed image and a finding.
const shared = { contentBytes: 10, createdBy: 'ADD base', digest: syntheticDigest('shared') };
const a = syntheticReport({
  ref: 'a',
  layers: [shared, { contentBytes: 5, createdBy: 'RUN a' }],
  findings: [{ ruleId: 'LL003', severity: 'error', layerIndex: 1 }],
  passed: false,
});
const b = syntheticReport({ ref: 'b', layers: [shared] });
const c = syntheticReport({ ref: 'c', layers: [{ contentBytes: 1, createdBy: 'COPY c' }] });

describe('audit.schema.json', () => {
  it('accepts synthetic audits with and without drift', () => {
    const previous = buildAudit([toAuditImage(a), toAuditImage(c)]);
    const current = buildAudit([toAuditImage(a), toAuditImage(b)], {
      previous,
      errors: [{ name: 'gone:1', message: 'no such image' }],
    });
    for (const audit of [previous, current]) {
      expect(() => validateAuditJson(JSON.parse(JSON.stringify(audit)), 'audit.json')).not.toThrow();
    }
  });

  it('accepts the audit of real fixtures', async () => {
    const r = await runCli([
      'audit',
      archive('base-oci-gzip.tar'),
      archive('base-v2-oci-gzip.tar'),
      '--format',
      'json',
    ]);
    expect(() => validateAuditJson(JSON.parse(r.stdout), 'audit.json')).not.toThrow();
  });

  it('rejects a wrong kind, a bad digest and a missing field', () => {
    const good = JSON.parse(JSON.stringify(buildAudit([toAuditImage(a)]))) as Record<string, unknown>;
    expect(validate({ ...good, kind: 'other' })).toBe(false);
    const images = good.images as Record<string, unknown>[];
    const first = images[0] as Record<string, unknown>;
    expect(
      validate({
        ...good,
        images: [{ ...first, layers: [{ digest: 'sha256:xyz', contentBytes: 1, label: '' }] }],
      }),
    ).toBe(false);
    const { totals: _dropped, ...noTotals } = good;
    expect(validate(noTotals)).toBe(false);
  });
});
