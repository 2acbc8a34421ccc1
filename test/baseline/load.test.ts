import { describe, expect, it } from 'vitest';
import { defaultBaselineLabel, loadBaseline } from '../../src/baseline/load.js';
import { InputError } from '../../src/common/errors.js';
import type { Report } from '../../src/report/types.js';
import { syntheticReport } from './synthetic.js';

const synthetic = syntheticReport({ layers: [{ contentBytes: 42 }], ref: 'app:main' });

function deps(files: Record<string, string>, analyzed: Report | Report[] = synthetic) {
  const calls: string[] = [];
  return {
    calls,
    readFile: (p: string) => {
      const t = files[p];
      return t === undefined
        ? Promise.reject(Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' }))
        : Promise.resolve(t);
    },
    analyze: (s: string) => {
      calls.push(s);
      return Promise.resolve(analyzed);
    },
  };
}

describe('loadBaseline', () => {
  it('reads a saved JSON report without running the pipeline', async () => {
    const d = deps({ 'base.json': JSON.stringify(synthetic) });
    const r = await loadBaseline('base.json', d);
    expect(r.totals.contentBytes).toBe(42);
    expect(d.calls).toEqual([]);
  });

  it('runs the injected pipeline for a ref or archive', async () => {
    const d = deps({});
    const r = await loadBaseline('app:main', d);
    expect(r.totals.contentBytes).toBe(42);
    expect(d.calls).toEqual(['app:main']);
  });

  it('picks the platform from an --all-platforms array', async () => {
    const arm = syntheticReport({
      layers: [{ contentBytes: 7 }],
      platform: { os: 'linux', architecture: 'arm64' },
    });
    const d = deps({ 'all.json': JSON.stringify([synthetic, arm]) });
    expect((await loadBaseline('all.json', d, 'linux/arm64')).totals.contentBytes).toBe(7);
    await expect(loadBaseline('all.json', d)).rejects.toThrow(/2 platforms \(linux\/amd64, linux\/arm64\)/);
  });

  it.each([
    ['missing.json', {}, /^missing\.json: no such file$/],
    ['bad.json', { 'bad.json': '{nope' }, /^bad\.json: not valid JSON/],
    [
      'v9.json',
      { 'v9.json': JSON.stringify({ ...synthetic, schemaVersion: 9 }) },
      /^v9\.json: not a layerlint report: \/schemaVersion must be equal to constant 1$/,
    ],
    [
      'other.json',
      { 'other.json': JSON.stringify({ hello: 1 }) },
      /^other\.json: not a layerlint report: \/ must have required property 'schemaVersion'$/,
    ],
    [
      'nolayers.json',
      { 'nolayers.json': JSON.stringify({ ...synthetic, layers: 3 }) },
      /^nolayers\.json: not a layerlint report: \/layers must be array$/,
    ],
    [
      'notot.json',
      { 'notot.json': JSON.stringify({ ...synthetic, totals: {} }) },
      /\/totals must have required property 'contentBytes'$/,
    ],
  ])('%s is a one-line InputError', async (spec, files: Record<string, string>, message) => {
    const p = loadBaseline(spec, deps(files));
    await expect(p).rejects.toThrow(InputError);
    await expect(loadBaseline(spec, deps(files))).rejects.toThrow(message);
  });

  it('labels', () => {
    expect(defaultBaselineLabel('reports/main.json')).toBe('main.json');
    expect(defaultBaselineLabel('app:main')).toBe('app:main');
    expect(defaultBaselineLabel('ghcr.io/acme/app:main')).toBe('app:main');
    expect(defaultBaselineLabel('out/base.tar')).toBe('base.tar');
  });
});
