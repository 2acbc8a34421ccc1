/**
 * The pipeline stages after the model, wired through the CLI on real-engine fixtures: Dockerfile
 * mapping, rules, baseline, .dive-ci and budgets. Expected lines are read off the Dockerfiles by
 * hand (fixtures/waste/Dockerfile), not derived by the mapper.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { classifySource, parseBuildArgs } from '../../src/app/pipeline.js';
import type { BaselineComparison, Report } from '../../src/report/types.js';
import { runCli } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const ROOT = join(import.meta.dirname, '../..');
const A = (n: string): string => join(ROOT, 'fixtures/archives', n);
const WASTE = A('waste-d20-bk.tar');
const CLEAN = A('clean-d20-bk.tar');
const CLEAN_V2 = A('clean-v2-d20-bk.tar');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerlint-int-'));
});

async function json(argv: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const r = await runCli([...argv, '--format', 'json'], { cwd: ROOT });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as Report;
  expect(schemaErrors(report)).toBeNull();
  return { code: r.code, report, stderr: r.stderr };
}

describe('pipeline stages through the CLI', () => {
  test('--dockerfile maps every layer to its line; findings carry lines', async () => {
    const { code, report } = await json([WASTE, '--dockerfile', 'fixtures/waste/Dockerfile']);
    expect(code).toBe(1); // LL008 (a secret) is an error
    // Layers 0-2 come from ll-base:1; then COPY(5) WORKDIR(6) COPY . .(8) RUN(9,11,16,21,30,37,39,41,43,45,47,49).
    expect(report.layers.map((l) => l.instruction?.line ?? null)).toEqual([
      null,
      null,
      null,
      5,
      6,
      8,
      9,
      11,
      16,
      21,
      30,
      37,
      39,
      41,
      43,
      45,
      47,
      49,
    ]);
    expect(report.layers.map((l) => l.fromBaseImage)).toEqual([
      true,
      true,
      true,
      ...Array<boolean>(15).fill(false),
    ]);
    expect(report.dockerfile).toBe('fixtures/waste/Dockerfile');
    const secret = report.findings.find((f) => f.ruleId === 'LL008');
    expect(secret).toMatchObject({ severity: 'error', line: 8 });
    const text = await runCli([WASTE, '--dockerfile', 'fixtures/waste/Dockerfile', '--fail-on', 'none'], {
      cwd: ROOT,
    });
    expect(text.stdout).toContain('fixtures/waste/Dockerfile:37 RUN head -c 153600');
  });

  test('--fail-on warning fails the clean image only if it has warnings (it has none)', async () => {
    const { code, report } = await json([CLEAN, '--fail-on', 'warning']);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(code).toBe(0);
    expect(report.failOn).toBe('warning');
  });

  test('a config file sets failOn unless --fail-on is given', async () => {
    const cfg = join(dir, 'layerlint.yml');
    writeFileSync(cfg, 'failOn: none\n');
    expect((await json([WASTE, '--config', cfg])).code).toBe(0);
    expect((await json([WASTE, '--config', cfg, '--fail-on', 'error'])).code).toBe(1);
  });

  test('--baseline with a saved JSON report: the one rebuilt layer differs', async () => {
    const saved = join(dir, 'clean.json');
    const first = await runCli([CLEAN, '--format', 'json', '--output', saved], { cwd: ROOT });
    expect(first.code).toBe(0);
    const { report } = await json([CLEAN_V2, '--baseline', saved]);
    const b = report.baseline as BaselineComparison;
    expect(b.source).toBe(saved);
    const changed = b.layerDeltas.map((d, i) => (d === 0 ? null : i)).filter((i) => i !== null);
    expect(changed).toHaveLength(1);
  });

  test('--baseline with an archive goes through the pipeline too', async () => {
    const { report } = await json([CLEAN_V2, '--baseline', CLEAN]);
    expect((report.baseline as BaselineComparison).totalDelta).toBeGreaterThan(0);
  });

  test('--dive-ci rules become budget rows; a breached one exits 1', async () => {
    const dive = join(dir, '.dive-ci');
    writeFileSync(
      dive,
      'rules:\n  lowestEfficiency: 0.99\n  highestWastedBytes: disabled\n  highestUserWastedPercent: disabled\n',
    );
    const { code, report } = await json([WASTE, '--fail-on', 'none', '--dive-ci', dive]);
    expect(code).toBe(1);
    expect(report.budgets).toEqual([
      expect.objectContaining({
        name: 'dive.lowestEfficiency',
        value: report.dive.efficiency,
        limit: 0.99,
        status: 'fail',
      }),
    ]);
  });

  test('--base-image marks the base-image boundary by diff_ids', async () => {
    const { report } = await json([
      WASTE,
      '--dockerfile',
      'fixtures/waste/Dockerfile',
      '--base-image',
      A('base-oci-gzip.tar'),
      '--fail-on',
      'none',
    ]);
    expect(report.layers.filter((l) => l.fromBaseImage).map((l) => l.index)).toEqual([0, 1, 2]);
  });
});

describe('source classification and build args', () => {
  test('paths, stdin and image references', async () => {
    expect(await classifySource('-', ROOT)).toEqual({ image: '', archive: '-' });
    expect(await classifySource('./x.tar', ROOT)).toEqual({ image: '', archive: './x.tar' });
    expect(await classifySource('missing.tar.gz', ROOT)).toEqual({ image: '', archive: 'missing.tar.gz' });
    expect(await classifySource('fixtures', ROOT)).toEqual({ image: '', archive: 'fixtures' });
    expect(await classifySource('busybox:latest', ROOT)).toEqual({ image: 'busybox:latest', archive: '' });
    expect(await classifySource('ghcr.io/org/app@sha256:abc', ROOT)).toEqual({
      image: 'ghcr.io/org/app@sha256:abc',
      archive: '',
    });
  });

  test('--build-arg K=V, and a bare K from the environment', () => {
    expect(parseBuildArgs(['A=1', 'B=x=y', 'C', 'D'], { C: 'from-env' })).toEqual({
      A: '1',
      B: 'x=y',
      C: 'from-env',
    });
    expect(() => parseBuildArgs(['=1'], {})).toThrow(/KEY=VALUE/);
  });
});

describe('layerlint audit', () => {
  test('two archives: markdown on stdout, JSON to --json, exit 0', async () => {
    const out = join(dir, 'audit.json');
    const r = await runCli(['audit', A('base-oci-gzip.tar'), A('base-v2-oci-gzip.tar'), '--json', out], {
      cwd: ROOT,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('layerlint audit');
    const audit = JSON.parse(readFileSync(out, 'utf8')) as { images: unknown[] };
    expect(audit.images).toHaveLength(2);
  });

  test('a missing archive makes exit 2 but the rest is still audited', async () => {
    const r = await runCli(['audit', A('base-oci-gzip.tar'), join(dir, 'gone.tar'), '--format', 'json'], {
      cwd: ROOT,
    });
    expect(r.code).toBe(2);
    const audit = JSON.parse(r.stdout) as { images: unknown[]; errors: { name: string }[] };
    expect(audit.images).toHaveLength(1);
    expect(audit.errors.map((e) => e.name)).toEqual([join(dir, 'gone.tar')]);
  });
});
