/** Budgets and .dive-ci on a real-engine fixture; limits come from the oracle's independent numbers. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archive, oracle, runCli } from '../baseline/fixture-helpers.js';

const NAME = 'waste-d20-bk.tar';
const expected = oracle(NAME);
const content = expected.totals.contentBytes;
const final = expected.totals.finalBytes;
const largestLayer = Math.max(...expected.layers.map((l) => l.contentBytes));

async function budgets(flags: string[]) {
  const r = await runCli([archive(NAME), '--format', 'json', '--fail-on', 'none', ...flags]);
  const report = JSON.parse(r.stdout) as {
    budgets: { name: string; value: number; limit: number; status: string }[];
    passed: boolean;
  };
  return { code: r.code, report };
}

describe(`budgets on ${NAME} (oracle: content ${content}, final ${final})`, () => {
  it.each([
    // Sizes need a unit (a bare number is an input error); a count has none.
    ['--max-size', content, content - 1, 'B'],
    ['--max-layer-size', largestLayer, largestLayer - 1, 'B'],
    ['--max-wasted-bytes', content - final, content - final - 1, 'B'],
    ['--max-layers', expected.totals.layerCount, expected.totals.layerCount - 1, ''],
  ])('%s: at the value passes (exit 0), one below fails (exit 1)', async (flag, ok, bad, unit) => {
    const pass = await budgets([flag, `${ok}${unit}`]);
    expect(pass.report.budgets).toMatchObject([{ value: ok, limit: ok, status: 'pass' }]);
    expect(pass.code).toBe(0);
    const fail = await budgets([flag, `${bad}${unit}`]);
    expect(fail.report.budgets).toMatchObject([{ value: ok, limit: bad, status: 'fail' }]);
    expect(fail.report.passed).toBe(false);
    expect(fail.code).toBe(1);
  });

  it('human sizes are exact: content bytes written in decimal MB', async () => {
    const mb = (n: number): string => `${n / 1e6}MB`; // e.g. 4.488453MB
    expect((await budgets(['--max-size', mb(content)])).code).toBe(0);
    expect((await budgets(['--max-size', mb(content - 1)])).code).toBe(1);
  });

  it('min-efficiency just under the efficiency passes, just over fails', async () => {
    const eff = expected.totals.efficiency;
    const under = await budgets(['--min-efficiency', String(eff - 1e-9)]);
    expect(under.code).toBe(0);
    const over = await budgets(['--min-efficiency', String(eff + 1e-9)]);
    expect(over.code).toBe(1);
    expect(over.report.budgets[0]?.status).toBe('fail');
  });

  it('a bad budget value is one line on stderr, exit 2', async () => {
    const r = await runCli([archive(NAME), '--max-size', '300 parsecs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "layerlint: --max-size: unknown size unit 'parsecs' in '300 parsecs': use B, kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024)\n",
    );
    expect(r.stdout).toBe('');
  });

  it('--max-size 300 (no unit) is an input error naming the units: exit 2, one line', async () => {
    const r = await runCli([archive(NAME), '--max-size', '300']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "layerlint: --max-size: size '300' has no unit: write it with one, e.g. 300MB or 300MiB (units: B, kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024))\n",
    );
  });
});

describe(`.dive-ci on ${NAME}: thresholds at dive's own numbers pass, one step past fails`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'll-dive-ci-'));
  const file = (name: string, text: string): string => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('evaluates the three rules strictly, on the report dive block', async () => {
    const first = await runCli([archive(NAME), '--format', 'json', '--fail-on', 'none']);
    const dive = (
      JSON.parse(first.stdout) as {
        dive: { efficiency: number; wastedBytes: number; userWastedPercent: number | null };
      }
    ).dive;
    expect(dive.wastedBytes).toBeGreaterThan(0);
    const upw = dive.userWastedPercent ?? 0;
    const atValue = file(
      'at',
      `rules:\n  lowestEfficiency: ${dive.efficiency}\n  highestWastedBytes: ${dive.wastedBytes}\n  highestUserWastedPercent: ${Math.min(upw, 1)}\n`,
    );
    const r = await runCli([archive(NAME), '--format', 'json', '--fail-on', 'none', '--dive-ci', atValue]);
    const rows = (JSON.parse(r.stdout) as { budgets: { name: string; status: string }[] }).budgets;
    expect(rows.map((b) => [b.name, b.status])).toEqual([
      ['dive.lowestEfficiency', 'pass'],
      ['dive.highestWastedBytes', 'pass'],
      ['dive.highestUserWastedPercent', upw > 1 ? 'fail' : 'pass'],
    ]);
    expect(r.code).toBe(upw > 1 ? 1 : 0);

    const past = file(
      'past',
      `rules:\n  lowestEfficiency: ${Math.min(1, dive.efficiency + 1e-9)}\n  highestWastedBytes: ${dive.wastedBytes - 1}\n  highestUserWastedPercent: off\n`,
    );
    const f = await runCli([archive(NAME), '--format', 'json', '--fail-on', 'none', '--dive-ci', past]);
    const frows = (JSON.parse(f.stdout) as { budgets: { name: string; status: string }[] }).budgets;
    expect(frows.map((b) => [b.name, b.status])).toEqual([
      ['dive.lowestEfficiency', dive.efficiency < 1 ? 'fail' : 'pass'],
      ['dive.highestWastedBytes', 'fail'],
    ]);
    expect(f.code).toBe(1);
  });

  it('a misconfigured .dive-ci is exit 2 naming the file', async () => {
    const bad = file('bad', 'rules:\n  lowestEfficiency: 1.5\n');
    const r = await runCli([archive(NAME), '--dive-ci', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^layerlint: .*bad: rules\.lowestEfficiency: value '1\.5' is outside the allowed range \(0-1\)\n$/,
    );
  });
});
