/** The audit JSON validates against the shipped schema/audit.schema.json, and the schema can fail. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildAudit, toAuditImage } from '../../src/audit/build.js';
import { runCli, archive, ROOT } from '../baseline/fixture-helpers.js';
import { syntheticDigest, syntheticReport } from '../baseline/synthetic.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'audit.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

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
      expect(validate(JSON.parse(JSON.stringify(audit))), JSON.stringify(validate.errors)).toBe(true);
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
    expect(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors)).toBe(true);
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
