/**
 * schema/report.schema.json is the contract: every report layerlint writes validates against it
 * through the runtime validator, and what it rejects comes back as one line naming file and pointer.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/common/errors.js';
import type { Report } from '../../src/report/types.js';
import { validateReports } from '../../src/report/validate.js';
import { analyzeArchive, archive, ROOT, runCli } from '../baseline/fixture-helpers.js';
import { syntheticReport } from '../baseline/synthetic.js';
import { sampleReport } from '../helpers/report.js';

const ARCHIVES = readdirSync(join(ROOT, 'fixtures', 'archives')).sort();

/** The fixture's Dockerfile (`waste-d20-bk.tar` -> fixtures/waste/Dockerfile), so mapping fields are filled. */
function dockerfileOf(name: string): string {
  const dirs = readdirSync(join(ROOT, 'fixtures')).filter((d) =>
    existsSync(join(ROOT, 'fixtures', d, 'Dockerfile')),
  );
  const dir = dirs.filter((d) => name.startsWith(`${d}-`)).sort((a, b) => b.length - a.length)[0];
  return dir ? join(ROOT, 'fixtures', dir, 'Dockerfile') : '';
}

/** The report as a reader sees it: through JSON, so `undefined` fields are gone. */
function roundTrip(r: Report | Report[]): unknown {
  return JSON.parse(JSON.stringify(r));
}

/** The validator's message for `value`, or null when it is valid. */
function problem(value: unknown): string | null {
  try {
    validateReports(value, 'r.json');
    return null;
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
}

describe('every report layerlint writes validates', () => {
  it.each(ARCHIVES)('%s', async (name) => {
    const report = await analyzeArchive(name, { 'all-files': true, dockerfile: dockerfileOf(name) });
    expect(problem(roundTrip(report))).toBeNull();
  });

  it('with a baseline comparison, from the CLI, as an --all-platforms array', async () => {
    const r = await runCli([
      archive('clean-v2-d20-bk.tar'),
      '--baseline',
      archive('clean-d20-bk.tar'),
      '--dockerfile',
      'fixtures/clean/Dockerfile',
      '--format',
      'json',
      '--all-platforms',
    ]);
    expect(r.stderr).toBe('');
    const parsed = JSON.parse(r.stdout) as unknown;
    expect(problem(parsed)).toBeNull();
    expect(validateReports(parsed, 'r.json')[0]?.baseline?.layers.length).toBeGreaterThan(0);
  });

  it('the test helpers build valid reports', () => {
    expect(problem(roundTrip(sampleReport()))).toBeNull();
    expect(problem(roundTrip(syntheticReport({ layers: [{ contentBytes: 1 }] })))).toBeNull();
  });
});

describe('what the schema rejects is one line: file, JSON pointer, problem', () => {
  const good = roundTrip(sampleReport()) as Record<string, unknown>;
  it.each([
    ['a string', 'hello', 'r.json: not a layerlint report: / must be object'],
    ['an empty list', [], 'r.json: not a layerlint report: / must NOT have fewer than 1 items'],
    [
      'another version',
      { ...good, schemaVersion: 2 },
      'r.json: not a layerlint report: /schemaVersion must be equal to constant 1',
    ],
    [
      'a bad element in a list',
      [good, { ...good, failOn: 'never' }],
      'r.json: not a layerlint report: /1/failOn must be equal to one of the allowed values ["error","warning","info","none"]',
    ],
    [
      'a free-form baseline',
      { ...good, baseline: { label: 'main', totalDelta: 1 } },
      "r.json: not a layerlint report: /baseline must have required property 'source'",
    ],
    [
      'an unknown field, named safely',
      { ...good, 'x\n![img](http://e)': 1 },
      'r.json: not a layerlint report: / must NOT have additional properties ("x ![img](http://e)")',
    ],
  ])('%s', (_what, value, message) => {
    expect(problem(value)).toBe(message);
  });
});
