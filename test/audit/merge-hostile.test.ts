/**
 * Merged audit and report files come from matrix jobs (or a fork's artifacts): they are validated
 * against their schemas before the tracking issue shows a number from them, and rendered inert.
 */
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/app/audit.js';
import { buildAudit, toAuditImage } from '../../src/audit/build.js';
import { describeError, InputError } from '../../src/common/errors.js';
import { sampleReport } from '../helpers/report.js';
import { deepNestText, PAYLOAD } from '../action/hostile.js';

/** A valid audit JSON of the sample report, as a matrix job writes it. */
function auditJson(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(buildAudit([toAuditImage(sampleReport(), 'app:1')]))) as Record<
    string,
    unknown
  >;
}

function withFindings(over: Record<string, unknown>): string {
  const a = auditJson();
  const [img] = a.images as Record<string, Record<string, unknown>>[];
  if (!img) throw new Error('one image');
  img.findings = { ...img.findings, ...over };
  return JSON.stringify(a);
}

async function merge(files: Record<string, string>) {
  return runAudit(
    { refs: [], merge: Object.keys(files) },
    {
      readFile: (p) => Promise.resolve(files[p] ?? ''),
      analyze: () => Promise.reject(new Error('nothing is analysed here')),
    },
  );
}

/** The one-line input error a merge fails with. */
async function refusal(files: Record<string, string>): Promise<string> {
  try {
    await merge(files);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return describeError(err);
  }
  throw new Error('merge accepted the file');
}

describe('merged audits are validated before the issue shows their numbers', () => {
  it('a valid audit merges and its total is shown', async () => {
    const out = await merge({ 'a.json': JSON.stringify(auditJson()) });
    expect(out.json.images).toHaveLength(1);
    expect(out.markdown).toContain('| 2 (1 error, 1 warning) |');
  });

  it.each([
    [
      'a total that is not the sum',
      { total: 999_999 },
      /\/images\/0\/findings\/total is 999999, not error \+ warning \+ info \(2\)/,
    ],
    [
      'a total as HTML',
      { total: '<img src=x onerror=alert(1)>' },
      /\/images\/0\/findings\/total must be integer/,
    ],
    ['a total as a huge number', { total: 1e300 }, /\/images\/0\/findings\/total must be <= /],
    ['an extra key', { more: { deep: [1] } }, /must NOT have additional properties/],
  ])('%s is refused in one line naming the file', async (_name, over, problem) => {
    const msg = await refusal({ 'a.json': withFindings(over) });
    expect(msg).toMatch(/^a\.json: not a layerlint audit: /);
    expect(msg).toMatch(problem);
    expect(msg).not.toContain('\n');
  });

  it('a 10,000-deep nest, a huge string, and a report that is not one are one-line input errors', async () => {
    const huge = auditJson();
    huge.images = [{ ...(huge.images as object[])[0], name: 'x'.repeat(100_000) }];
    const cases = {
      'deep.json': deepNestText(10_000),
      'deep-audit.json': `{"kind":"layerlint-audit","images":${deepNestText(10_000)}}`,
      'huge.json': JSON.stringify(huge),
      'report.json': JSON.stringify({ ...sampleReport(), source: 'x'.repeat(100_000) }),
    };
    for (const [file, text] of Object.entries(cases)) {
      const msg = await refusal({ [file]: text });
      expect(msg.startsWith(`${file}: not a layerlint`), msg).toBe(true);
      expect(msg).not.toMatch(/internal error|\n/);
    }
  });

  it('hostile names in a merged audit render inert in the issue body', async () => {
    const a = auditJson();
    const [img] = a.images as Record<string, unknown>[];
    Object.assign(img ?? {}, {
      name: PAYLOAD,
      platform: PAYLOAD,
      configDigest: PAYLOAD,
      findingKeys: [PAYLOAD],
    });
    const out = await merge({ 'a.json': JSON.stringify(a) });
    const own = out.markdown.replace(/^<!-- layerlint-audit -->/, '').replace(/<\/?(code|sub|br)>/g, '');
    expect(own).not.toMatch(/<|@|\]\(|!\[|https:\/\/evil/);
  });
});
