/**
 * Baseline between two real builds of one Dockerfile (fixtures clean and clean-v2, built by Docker
 * 20.10 BuildKit; clean-v2 adds one source file, so only the `COPY src/` layer differs).
 * Expected deltas come from the oracle's numbers, not from layerlint.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaselineComparison } from '../../src/report/types.js';
import { analyzeArchive, archive, oracle, runCli } from './fixture-helpers.js';

const BEFORE = 'clean-d20-bk.tar';
const AFTER = 'clean-v2-d20-bk.tar';
const before = oracle(BEFORE);
const after = oracle(AFTER);

// Independent expectations: per layer, the oracle's content-bytes difference at the same position
// (the two builds have the same instructions in the same order).
const changed = after.layers.filter((l, i) => l.digest !== before.layers[i]?.digest).map((l) => l.index);
const expectedDeltas = after.layers.map((l, i) => l.contentBytes - (before.layers[i]?.contentBytes ?? 0));

describe(`baseline ${AFTER} vs ${BEFORE}`, () => {
  it('the oracle says exactly one layer differs', () => {
    expect(changed).toHaveLength(1);
    expect(after.layers.length).toBe(before.layers.length);
  });

  it('shows exactly that layer delta, against the archive', async () => {
    const report = await analyzeArchive(AFTER, { baseline: archive(BEFORE) });
    const cmp = report.baseline as BaselineComparison;
    expect(cmp.totalDelta).toBe(after.totals.contentBytes - before.totals.contentBytes);
    expect(cmp.layerDeltas).toEqual(expectedDeltas);
    expect(cmp.layers.filter((l) => l.changed).map((l) => l.index)).toEqual(changed);
    expect(cmp.layers.every((l) => l.baselineIndex === l.index)).toBe(true);
    expect(cmp.added).toEqual([]);
    expect(cmp.removed).toEqual([]);
    expect(cmp.headline).toBe(`+${cmp.totalDelta} B vs ${BEFORE}`);
    // The new source file is the file that grew most, by its own size (the whole layer delta here).
    const top = cmp.grownFiles[0];
    expect(top?.path).toMatch(/src\/feature\.js$/);
    expect(top?.baselineBytes).toBeNull();
    expect(top?.delta).toBe(expectedDeltas[changed[0] ?? -1]);
  });

  it('gives the same comparison against a saved JSON report of the baseline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-baseline-'));
    const saved = join(dir, 'main.json');
    const r = await runCli([archive(BEFORE), '--format', 'json', '--output', saved]);
    expect(r.code).toBe(0);
    const viaArchive = (await analyzeArchive(AFTER, { baseline: archive(BEFORE) }))
      .baseline as BaselineComparison;
    const viaJson = (await analyzeArchive(AFTER, { baseline: saved })).baseline as BaselineComparison;
    expect(viaJson.headline).toBe(`+${viaArchive.totalDelta} B vs main.json`);
    expect({ ...viaJson, label: '', source: '', headline: '' }).toEqual({
      ...viaArchive,
      label: '',
      source: '',
      headline: '',
    });
  });

  it('a max-growth budget at the delta passes and one byte less fails (exit 1)', async () => {
    const delta = after.totals.contentBytes - before.totals.contentBytes;
    const ok = await runCli([
      archive(AFTER),
      '--baseline',
      archive(BEFORE),
      '--max-growth',
      `${delta}B`,
      '--format',
      'json',
    ]);
    expect(ok.code).toBe(0);
    const bad = await runCli([
      archive(AFTER),
      '--baseline',
      archive(BEFORE),
      '--max-growth',
      `${delta - 1}B`,
      '--format',
      'json',
    ]);
    expect(bad.code).toBe(1);
  });

  it('a baseline JSON from another tool is exit 2 with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-baseline-'));
    const bogus = join(dir, 'bogus.json');
    writeFileSync(bogus, '{"schemaVersion": 1}');
    const r = await runCli([archive(AFTER), '--baseline', bogus]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `layerlint: ${bogus}: not a layerlint report: / must have required property 'tool'\n`,
    );
  });
});
