/**
 * What the Action passes to the shared pipeline: `.dive-ci` discovery (Action only) and `given`
 * (config `failOn` yields to an input set away from its default). Real-engine fixture archive.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getInputs } from '../../src/action/inputs.js';
import { expandGlob, expandPaths } from '../../src/action/files.js';
import { InputError } from '../../src/common/errors.js';
import { analyze } from '../../src/app/pipeline.js';

const ARCHIVE = resolve(import.meta.dirname, '../../fixtures/archives/waste-d20-bk.tar');
const DIVE =
  'rules:\n  lowestEfficiency: 0.99\n  highestWastedBytes: disabled\n  highestUserWastedPercent: disabled\n';

/** A working directory with the given files. */
function workdir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'll-action-deps-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Run the pipeline the way the Action's main does, from raw inputs as the runner passes them. */
async function actionAnalyze(cwd: string, raw: Record<string, string>) {
  const inputs = getInputs(
    (n) => ({ 'fail-on': 'error', engine: 'docker', archive: ARCHIVE, ...raw })[n] ?? '',
    cwd,
  );
  const [report] = await analyze(inputs.shared, {
    cwd,
    env: {},
    given: inputs.given,
    discoverDiveCi: inputs.discoverDiveCi,
  });
  if (!report) throw new Error('no report');
  return report;
}

const diveRows = (r: { budgets: { name: string }[] }): string[] =>
  r.budgets.map((b) => b.name).filter((n) => n.startsWith('dive.'));

describe.skipIf(!existsSync(ARCHIVE))(
  'the Action reads a .dive-ci it finds when no config says otherwise',
  () => {
    it('reads ./.dive-ci when dive-ci is empty', async () => {
      const r = await actionAnalyze(workdir({ '.dive-ci': DIVE }), { 'fail-on': 'none' });
      expect(r.budgets).toEqual([
        expect.objectContaining({ name: 'dive.lowestEfficiency', limit: 0.99, status: 'fail' }),
      ]);
      expect(r.passed).toBe(false);
    });

    it('not when the config file has a budgets section, not with dive-ci: none', async () => {
      const withBudgets = workdir({ '.dive-ci': DIVE, '.layerlint.yml': 'budgets:\n  maxLayers: 100\n' });
      const r = await actionAnalyze(withBudgets, {});
      expect(diveRows(r)).toEqual([]);
      expect(r.budgets.map((b) => b.name)).toEqual(['maxLayers']);
      expect(diveRows(await actionAnalyze(workdir({ '.dive-ci': DIVE }), { 'dive-ci': 'none' }))).toEqual([]);
    });

    it('a dive-ci input names another file, which wins', async () => {
      const dir = workdir({ '.dive-ci': DIVE, 'ci/dive.yml': 'rules:\n  lowestEfficiency: disabled\n' });
      const r = await actionAnalyze(dir, { 'dive-ci': 'ci/dive.yml' });
      // lowestEfficiency is off; dive's default 0.1 for highestUserWastedPercent remains
      expect(diveRows(r)).toEqual(['dive.highestUserWastedPercent']);
    });

    it('the CLI (no discoverDiveCi) ignores ./.dive-ci', async () => {
      const cwd = workdir({ '.dive-ci': DIVE });
      const inputs = getInputs((n) => ({ archive: ARCHIVE })[n] ?? '', cwd);
      const [r] = await analyze(inputs.shared, { cwd, env: {} });
      expect(r ? diveRows(r) : null).toEqual([]);
    });
  },
);

describe.skipIf(!existsSync(ARCHIVE))(
  'given: config failOn applies only when fail-on is left at its default',
  () => {
    const cfg = { '.layerlint.yml': 'failOn: none\n' };
    it('fail-on at its default: the config failOn wins', async () => {
      const r = await actionAnalyze(workdir(cfg), { 'fail-on': 'error' });
      expect(r.failOn).toBe('none');
      expect(r.passed).toBe(true);
    });
    it('fail-on set to another value: the input wins', async () => {
      const r = await actionAnalyze(workdir(cfg), { 'fail-on': 'warning' });
      expect(r.failOn).toBe('warning');
      expect(r.passed).toBe(false);
    });
  },
);

describe('merge input globs', () => {
  const dir = workdir({
    'reports/a.json': '{}',
    'reports/b.json': '{}',
    'reports/notes.txt': '',
    'reports/.hidden.json': '{}',
    'reports/deep/c.json': '{}',
  });
  it('expands * and ** like a shell, sorted, skipping dot files', () => {
    expect(expandGlob('reports/*.json', dir)).toEqual(['reports/a.json', 'reports/b.json']);
    expect(expandGlob('reports/**/*.json', dir)).toEqual([
      'reports/a.json',
      'reports/b.json',
      'reports/deep/c.json',
    ]);
    expect(expandGlob(`${dir}/reports/?.json`, '/')).toEqual([
      `${dir}/reports/a.json`,
      `${dir}/reports/b.json`,
    ]);
    expect(expandGlob('reports/a.json', dir)).toEqual(['reports/a.json']);
  });
  it('a pattern that matches nothing is an input error naming it', () => {
    expect(() => expandPaths(['reports/*.json', 'nope/*.json'], dir, 'merge')).toThrow(InputError);
    expect(() => expandPaths(['nope/*.json'], dir, 'merge')).toThrow(
      'nope/*.json: input merge: no file matches',
    );
    expect(expandPaths(['reports/a.json', 'reports/*.json'], dir, 'merge')).toEqual([
      'reports/a.json',
      'reports/b.json',
    ]);
  });
});
