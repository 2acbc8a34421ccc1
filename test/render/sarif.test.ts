import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_KEY,
  MAX_LOCATIONS_PER_RESULT,
  MAX_RESULTS_PER_RUN,
  TRUNCATED_PROPERTY,
  renderSarif,
  type SarifLog,
} from '../../src/render/sarif.js';
import type { Finding } from '../../src/lint/types.js';
import type { Severity } from '../../src/lint/severity.js';
import type { Report } from '../../src/report/types.js';
import { HOSTILE } from '../helpers/markdown.js';
import { sampleReport, sampleRules } from '../helpers/report.js';

// The OASIS 2.1.0 schema (test/schemas/README.md says where it comes from). It declares draft-04 but
// uses no draft-04-only keyword, so Ajv's default dialect validates it once `$schema`/`id` are dropped.
const raw = JSON.parse(
  readFileSync(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
delete raw.$schema;
delete raw.id;
const ajv = new Ajv({ strict: false, allErrors: true });
// A CommonJS module: its default export is the plugin's `default` property.
addFormatsModule.default(ajv);
const validate = ajv.compile(raw);

/** The value, or a failed test: for array lookups the test knows to succeed. */
function must<T>(v: T | undefined): T {
  expect(v).toBeDefined();
  if (v === undefined) throw new Error('missing');
  return v;
}

/** The log's one run. */
function run0(log: SarifLog): SarifLog['runs'][number] {
  return must(log.runs[0]);
}

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe('renderSarif', () => {
  it('is valid SARIF 2.1.0 and matches the snapshot', () => {
    const log = renderSarif(sampleReport(), sampleRules);
    expectValid(log);
    expect(log).toMatchSnapshot();
  });

  it('the schema check can fail: a result without message is rejected', () => {
    const log = renderSarif(sampleReport(), sampleRules);
    const [first, ...rest] = run0(log).results;
    const { message: _dropped, ...withoutMessage } = must(first);
    expect(validate({ ...log, runs: [{ ...run0(log), results: [withoutMessage, ...rest] }] })).toBe(false);
  });

  it('describes every rule with the fields code scanning shows', () => {
    const driver = run0(renderSarif(sampleReport(), sampleRules)).tool.driver;
    expect(driver.name).toBe('layerlint');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ll001 = driver.rules.find((r) => r.id === 'LL001');
    expect(ll001).toMatchObject({
      name: 'deleted-later',
      shortDescription: { text: 'Files added and deleted in different layers' },
      fullDescription: { text: 'A file deleted by a later layer still ships in the earlier one.' },
      defaultConfiguration: { level: 'error' },
    });
    expect(ll001?.help.text).toContain('Delete in the same RUN');
  });

  it('points mapped findings at their Dockerfile lines', () => {
    const res = run0(renderSarif(sampleReport(), sampleRules)).results;
    const ll001 = must(res.find((r) => r.ruleId === 'LL001'));
    expect(ll001.level).toBe('error');
    expect(must(ll001.locations[0]).physicalLocation).toEqual({
      artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, endLine: 3 },
    });
    expect(ll001.message.text).toContain('(saves 50000000 bytes)');
  });

  it('points findings without a line at the FROM line, with a logical location for the layer', () => {
    const res = run0(renderSarif(sampleReport(), sampleRules)).results;
    const ll002 = must(res.find((r) => r.ruleId === 'LL002'));
    expect(ll002.level).toBe('warning');
    expect(must(ll002.locations[0]).physicalLocation?.region).toEqual({ startLine: 1, endLine: 1 });
    expect(must(ll002.locations[0]).logicalLocations?.[0]?.name).toBe('layer 0');
  });

  it('without a Dockerfile, uses only logical locations and stays valid', () => {
    const log = renderSarif(sampleReport({ dockerfile: null }), sampleRules);
    expectValid(log);
    for (const r of run0(log).results) expect(must(r.locations[0]).physicalLocation).toBeUndefined();
  });

  it('adds failing and warning budgets as results of budget rules', () => {
    const log = renderSarif(sampleReport(), sampleRules);
    const b = must(run0(log).results.find((r) => r.ruleId === 'budget/maxSize'));
    expect(b.level).toBe('error');
    expect(run0(log).results.find((r) => r.ruleId === 'budget/maxLayers')).toBeUndefined();
    expect(must(run0(log).tool.driver.rules[b.ruleIndex]).id).toBe('budget/maxSize');
  });

  it('has fingerprints that survive rebuilds (new digests, moved lines) and differ between findings', () => {
    const a = run0(renderSarif(sampleReport(), sampleRules)).results;
    const moved = sampleReport();
    for (const l of moved.layers) {
      l.digest = 'sha256:' + 'f'.repeat(64);
      if (l.instruction)
        l.instruction = {
          ...l.instruction,
          line: l.instruction.line + 10,
          endLine: l.instruction.endLine + 10,
        };
    }
    moved.findings = moved.findings.map((f) => ({
      ...f,
      line: f.line === null ? null : f.line + 10,
      endLine: f.endLine === null ? null : f.endLine + 10,
    }));
    moved.image.configDigest = 'sha256:' + 'e'.repeat(64);
    const b = run0(renderSarif(moved, sampleRules)).results;
    expect(b.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(
      a.map((r) => r.partialFingerprints[FINGERPRINT_KEY]),
    );
    expect(new Set(a.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(a.length);
  });

  it('combines platforms into one run, with distinct fingerprints', () => {
    const arm = sampleReport();
    arm.image.platform = { os: 'linux', architecture: 'arm64' };
    const log = renderSarif([sampleReport(), arm], sampleRules, { category: 'layerlint/app/' });
    expectValid(log);
    expect(log.runs).toHaveLength(1);
    const fps = run0(log).results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(fps).size).toBe(fps.length);
    expect(run0(log).automationDetails).toEqual({ id: 'layerlint/app/' });
  });

  it('stays valid with hostile paths and an odd Dockerfile path', () => {
    const r = sampleReport({ dockerfile: 'docker/my file<1>.Dockerfile' });
    r.findings = r.findings.map((f) => ({
      ...f,
      message: HOSTILE.message,
      paths: [{ path: HOSTILE.path, bytes: 1 }],
    }));
    const log = renderSarif(r, sampleRules);
    expectValid(log);
    expect(must(must(run0(log).results[0]).locations[0]).physicalLocation?.artifactLocation.uri).toBe(
      'docker/my%20file%3C1%3E.Dockerfile',
    );
  });
});

describe('renderSarif within GitHub code scanning limits', () => {
  /** A report with `perSeverity` findings of each severity, sorted as the report builder sorts them. */
  function manyFindings(perSeverity: number, architecture: string): Report {
    const r = sampleReport({ budgets: [] });
    r.image.platform = { os: 'linux', architecture };
    const severities: Severity[] = ['error', 'warning', 'info'];
    r.findings = severities.flatMap((severity) =>
      Array.from({ length: perSeverity }, (_, i): Finding => ({
        ruleId: 'LL001',
        severity,
        message: `finding ${architecture} ${severity} ${i}`,
        layerIndex: 1,
        line: 3,
        endLine: 3,
        paths: [{ path: `p/${severity}/${String(i).padStart(6, '0')}`, bytes: 1 }],
        pathCount: 1,
        bytes: 0,
        fix: '',
      })),
    );
    return r;
  }

  it('keeps the 25,000 most severe of 30,000 results and records the truncation', () => {
    // Two platforms of 15,000 findings each (5,000 per severity): every error and warning is kept,
    // and the first platform's info findings fill the rest.
    const reports = [manyFindings(5000, 'amd64'), manyFindings(5000, 'arm64')];
    const log = renderSarif(reports, sampleRules);
    const run = run0(log);
    expect(MAX_RESULTS_PER_RUN).toBe(25_000);
    expect(run.results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(run.properties[TRUNCATED_PROPERTY]).toEqual({ results: 30_000, kept: 25_000 });
    const count = (level: string, platform?: string): number =>
      run.results.filter(
        (r) => r.level === level && (platform === undefined || r.properties.platform === platform),
      ).length;
    expect([count('error'), count('warning'), count('note')]).toEqual([10_000, 10_000, 5_000]);
    expect(count('note', 'linux/amd64')).toBe(5_000);
    // The kept results stay in report order: each platform's findings, severity first.
    const msgs = run.results.map((r) => r.message.text);
    expect(msgs[0]).toBe('finding amd64 error 0');
    expect(msgs[15_000]).toBe('finding arm64 error 0');
    expect(msgs[MAX_RESULTS_PER_RUN - 1]).toBe('finding arm64 warning 4999');
    expect(run.results.every((r) => r.locations.length <= MAX_LOCATIONS_PER_RESULT)).toBe(true);
    const fps = run.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('records no truncation under the limit', () => {
    const r = manyFindings(0, 'amd64');
    const log = renderSarif(r, sampleRules);
    expect(run0(log).properties).not.toHaveProperty([TRUNCATED_PROPERTY]);
  });
});
