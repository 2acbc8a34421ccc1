import { describe, expect, it } from 'vitest';
import { ll011 } from '../../../src/lint/rules/ll011-large-layer.js';
import { BASE_LAYER, dockerfile, runOne, where, type Scenario } from './helpers.js';

const MiB = 1024 * 1024;
const DF = dockerfile('FROM base', 'COPY model.bin /m/', 'RUN echo hi > /x');

describe('LL011 large-layer', () => {
  it('fires above the default 256 MiB, with the layer size as affectedBytes and the largest file first', () => {
    const s: Scenario = {
      dockerfile: DF,
      layers: [BASE_LAYER, { entries: [`m/model.bin:${300 * MiB}`, 'm/readme:10'] }, { entries: ['x:3'] }],
      lines: ['base', 2, 3],
    };
    const f = runOne(ll011, s);
    expect(where(f)).toEqual([{ ruleId: 'LL011', layer: 1, line: 2, endLine: 2 }]);
    // Splitting a layer saves nothing: the size is what the finding is about, not a saving.
    expect(f[0]?.bytes).toBe(0);
    expect(f[0]?.affectedBytes).toBe(300 * MiB + 10);
    expect(f[0]?.paths[0]).toEqual({ path: 'm/model.bin', bytes: 300 * MiB });
  });
  it('quiet at exactly the threshold', () => {
    const s: Scenario = {
      dockerfile: DF,
      layers: [BASE_LAYER, { entries: [`m/model.bin:${256 * MiB}`] }, { entries: ['x:3'] }],
      lines: ['base', 2, 3],
    };
    expect(runOne(ll011, s)).toEqual([]);
  });
  it('the threshold is an option (fires on a base layer too: size rules measure what ships)', () => {
    const s: Scenario = { layers: [BASE_LAYER, { entries: ['a:10'] }] };
    expect(where(runOne({ ...ll011, options: { maxBytes: 500_000 } }, s))).toEqual([
      { ruleId: 'LL011', layer: 0, line: null, endLine: null },
    ]);
  });
  it('quiet on small images', () => {
    expect(runOne(ll011, { layers: [BASE_LAYER, { entries: ['a:10'] }] })).toEqual([]);
  });
});
