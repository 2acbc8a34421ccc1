/** The CLI end to end, in-process: real fixture archives, real reader and model, fake IO. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { VERSION } from '../../src/common/version.js';
import type { Report } from '../../src/report/types.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const ROOT = join(import.meta.dirname, '../..');
const ARCHIVES = join(ROOT, 'fixtures/archives');
const SMALL = join(ARCHIVES, 'multistage-d20-bk.tar');
const WASTE = join(ARCHIVES, 'waste-d20-bk.tar');
const CLEAN = join(ARCHIVES, 'clean-d20-bk.tar');
const haveFixtures = existsSync(SMALL) && existsSync(WASTE) && existsSync(CLEAN);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerlint-cli-'));
});

/** One line on stderr, `layerlint: ` first, no stack trace, nothing on stdout, exit 2. */
function expectOneLineError(r: CliRun, mentions: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^layerlint: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toMatch(mentions);
}

describe.skipIf(!haveFixtures)('layerlint analyze', () => {
  test('JSON is schema-valid and byte-identical on two runs', async () => {
    const a = await runCli(['analyze', SMALL, '--format', 'json', '--fail-on', 'none']);
    const b = await runCli([SMALL, '--format', 'json', '--fail-on', 'none']);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout) as Report;
    expect(schemaErrors(report)).toBeNull();
    expect(report.source).toBe(SMALL);
    expect(report.layers.length).toBe(report.totals.layerCount);
  });

  test('the waste image: numbers, findings at error level exit 1; --fail-on none exits 0', async () => {
    const r = await runCli([WASTE, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(schemaErrors(report)).toBeNull();
    expect(report.passed).toBe(false);
    // Same numbers as fixtures/expected (oracle.py), spot-checked here; test/image/fixtures.test.ts checks all.
    const expected = JSON.parse(
      readFileSync(join(ROOT, 'fixtures/expected/waste-d20-bk.tar.json'), 'utf8'),
    ) as { totals: Report['totals'] };
    expect(report.totals).toEqual(expected.totals);
    expect((await runCli([WASTE, '--fail-on', 'none'])).code).toBe(0);
  });

  test('the clean image passes with the default --fail-on error', async () => {
    const r = await runCli([CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Result: passed');
  });

  test('text output is the default: layer table and totals', async () => {
    const r = await runCli([SMALL, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^LAYER\s+SIZE\s+WASTE\s+CREATED BY$/m);
    expect(r.stdout).toContain('Totals');
  });

  test('stdin `-` gives the same report as the file', async () => {
    const viaFile = await runCli([SMALL, '--format', 'json', '--fail-on', 'none']);
    const viaStdin = await runCli(['-', '--format', 'json', '--fail-on', 'none'], {
      stdin: readFileSync(SMALL),
    });
    expect(viaStdin.code).toBe(0);
    const a = JSON.parse(viaFile.stdout) as Report;
    const b = JSON.parse(viaStdin.stdout) as Report;
    expect(b.source).toBe('-');
    expect({ ...b, source: a.source }).toEqual(a);
  });

  test('an outer .tar.gz is read by magic bytes', async () => {
    const gz = join(dir, 'small.tar.gz');
    writeFileSync(gz, gzipSync(readFileSync(SMALL)));
    const r = await runCli([gz, '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).totals).toEqual(
      (JSON.parse((await runCli([SMALL, '--format', 'json', '--fail-on', 'none'])).stdout) as Report).totals,
    );
  });

  test('--output writes the file atomically and nothing to stdout', async () => {
    const out = join(dir, 'report.json');
    const r = await runCli([SMALL, '--format', 'json', '--output', out, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(schemaErrors(JSON.parse(readFileSync(out, 'utf8')))).toBeNull();
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('--output is not touched when the analysis fails', async () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'previous');
    const bad = join(dir, 'garbage.tar');
    writeFileSync(bad, 'this is not an archive at all'.repeat(40));
    const r = await runCli([bad, '--format', 'json', '--output', out]);
    expectOneLineError(r, /garbage\.tar/);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    const fresh = join(dir, 'never.json');
    await runCli([bad, '--output', fresh]);
    expect(existsSync(fresh)).toBe(false);
  });

  test('--all-platforms prints a JSON array', async () => {
    const r = await runCli([SMALL, '--format', 'json', '--all-platforms', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as Report[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(schemaErrors(parsed)).toBeNull();
  });

  test('--all-files lists every path; the default caps them', async () => {
    const capped = JSON.parse(
      (await runCli([WASTE, '--format', 'json', '--fail-on', 'none'])).stdout,
    ) as Report;
    const all = JSON.parse(
      (await runCli([WASTE, '--format', 'json', '--fail-on', 'none', '--all-files'])).stdout,
    ) as Report;
    const big = capped.layers.find((l) => l.addedCount > 20);
    expect(big).toBeDefined();
    expect(big?.added).toHaveLength(20);
    expect(all.layers[big?.index ?? 0]?.added).toHaveLength(big?.addedCount ?? -1);
  });

  test('budget flags: just over fails with exit 1, just under passes', async () => {
    const report = JSON.parse(
      (await runCli([SMALL, '--format', 'json', '--fail-on', 'none'])).stdout,
    ) as Report;
    const n = report.totals.layerCount;
    const over = await runCli([
      SMALL,
      '--format',
      'json',
      '--fail-on',
      'none',
      '--max-layers',
      String(n - 1),
    ]);
    expect(over.code).toBe(1);
    const b = (JSON.parse(over.stdout) as Report).budgets;
    expect(b).toEqual([
      expect.objectContaining({ name: 'maxLayers', value: n, limit: n - 1, level: 'fail', status: 'fail' }),
    ]);
    const under = await runCli([SMALL, '--fail-on', 'none', '--max-layers', String(n)]);
    expect(under.code).toBe(0);
  });

  test('no source: the bundled demo archive, with a note on stderr', async () => {
    const r = await runCli(['--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'layerlint: no image given; analysing the bundled demo archive fixtures/archives/waste-d20-bk.tar\n',
    );
    expect(r.stdout).toContain('ll-waste:d20-bk');
  });

  test('the progress line goes to stderr only when stderr is a terminal', async () => {
    // Streamed input reports progress (random access on a file reads only the members it needs).
    const stdin = readFileSync(SMALL);
    const tty = await runCli(['-', '--fail-on', 'none'], { tty: true, stdin });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/layerlint: read [\d.]+ [kM]?B, \d+ layers? analysed/);
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect((await runCli(['-', '--fail-on', 'none', '--no-progress'], { tty: true, stdin })).stderr).toBe('');
    expect((await runCli(['-', '--fail-on', 'none'], { stdin })).stderr).toBe('');
  });
});

describe.skipIf(!haveFixtures)('bad input: one line, exit 2', () => {
  test('a missing archive', async () => {
    expectOneLineError(await runCli(['./nope/missing.tar']), /nope\/missing\.tar: no such file or directory/);
  });

  test('a truncated archive', async () => {
    const p = join(dir, 'truncated.tar');
    const full = readFileSync(SMALL);
    writeFileSync(p, full.subarray(0, Math.floor(full.length / 2) + 100));
    expectOneLineError(await runCli([p]), /truncated\.tar/);
  });

  test('`-` with a terminal on stdin does not wait for input', async () => {
    const r = await runCli(['-'], { stdinTTY: true });
    expectOneLineError(r, /stdin is a terminal/);
  });

  test('a truncated archive on stdin', async () => {
    const full = readFileSync(SMALL);
    expectOneLineError(await runCli(['-'], { stdin: full.subarray(0, 5000) }), /^layerlint: -/);
  });

  test('corrupt gzip', async () => {
    const p = join(dir, 'corrupt.tar.gz');
    const gz = gzipSync(readFileSync(SMALL));
    writeFileSync(p, Buffer.concat([gz.subarray(0, 200), Buffer.alloc(400, 0x55)]));
    expectOneLineError(await runCli([p]), /corrupt\.tar\.gz/);
  });

  test('a bad tar header checksum', async () => {
    const p = join(dir, 'badsum.tar');
    const buf = Buffer.from(readFileSync(SMALL));
    buf[0] = (buf[0] ?? 0) ^ 0x20; // the first member's name changes, its checksum does not
    writeFileSync(p, buf);
    expectOneLineError(await runCli([p]), /badsum\.tar/);
  });

  test('an empty file and a non-archive', async () => {
    const empty = join(dir, 'empty.tar');
    writeFileSync(empty, '');
    expectOneLineError(await runCli([empty]), /empty\.tar/);
    const text = join(dir, 'notes.tar');
    writeFileSync(text, 'hello\n'.repeat(200));
    expectOneLineError(await runCli([text]), /notes\.tar/);
  });

  test('a directory that is not an OCI layout', async () => {
    expectOneLineError(await runCli([dir + '/']), new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  test('usage errors: unknown option, bad --format, bad --engine, bad budget, bad --platform', async () => {
    expectOneLineError(await runCli([SMALL, '--bogus']), /unknown option '--bogus'/);
    expectOneLineError(await runCli([SMALL, '--format', 'yaml']), /--format/);
    expectOneLineError(await runCli([SMALL, '--engine', 'lxc']), /--engine/);
    expectOneLineError(await runCli([SMALL, '--max-size', 'lots']), /--max-size/);
    expectOneLineError(await runCli([SMALL, '--platform', 'plan9']), /plan9/);
    expectOneLineError(await runCli([SMALL, '--platform', 'linux/s390x']), /linux\/s390x/);
  });

  test('a bad config file and a missing Dockerfile name the file', async () => {
    const cfg = join(dir, 'bad.yml');
    writeFileSync(cfg, 'rules:\n  LL999: off\n');
    expectOneLineError(await runCli([SMALL, '--config', cfg]), /bad\.yml/);
    expectOneLineError(
      await runCli([SMALL, '--dockerfile', join(dir, 'Nope.Dockerfile')]),
      /Nope\.Dockerfile/,
    );
  });

  test('--output into a missing folder', async () => {
    expectOneLineError(
      await runCli([SMALL, '--fail-on', 'none', '--output', join(dir, 'no/such/dir/r.json')]),
      /r\.json: cannot write output/,
    );
  });

  test('no engine running, or an unknown image', async () => {
    const r = await runCli(['layerlint-test/does-not-exist:1'], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DOCKER_HOST: `unix://${dir}/no-such.sock` },
    });
    expectOneLineError(r, /docker|engine|does-not-exist/i);
  });
});

describe('other commands', () => {
  test('--help and --version exit 0 on stdout', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: layerlint');
    const analyzeHelp = await runCli(['analyze', '--help']);
    expect(analyzeHelp.stdout).toContain('--max-wasted-percent');
    const v = await runCli(['--version']);
    expect(v).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test('rules and explain', async () => {
    const rules = await runCli(['rules']);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^LL001 /m);
    const explain = await runCli(['explain', 'LL007']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('LL007');
    expectOneLineError(await runCli(['explain', 'LL999']), /unknown rule 'LL999'/);
  });
});
