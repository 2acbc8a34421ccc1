/** The one input table against action.yml, the Action's reader and the CLI's options. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ActionInput } from '../../src/action/constants.js';
import { actionDefault } from '../../src/action/inputs.js';
import { defaultInputs, INPUTS } from '../../src/app/inputs.js';
import { BUDGET_FLAGS } from '../../src/budgets/config.js';
import { FAIL_ON } from '../../src/lint/severity.js';

const yml = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string } | undefined>;
};

describe('the input table', () => {
  it('puts every input in action.yml with the same default', () => {
    for (const spec of INPUTS) {
      expect(yml.inputs[spec.name], spec.name).toBeDefined();
      expect(yml.inputs[spec.name]?.default ?? '', spec.name).toBe(actionDefault(spec));
    }
  });

  it('covers every action.yml input that is not Action-only', () => {
    const known = new Set<string>([...INPUTS.map((s) => s.name), ...Object.values(ActionInput)]);
    for (const name of Object.keys(yml.inputs)) expect(known.has(name), name).toBe(true);
    const actionOnly: readonly string[] = Object.values(ActionInput);
    for (const spec of INPUTS) expect(actionOnly, spec.name).not.toContain(spec.name);
  });

  it('names each input once, and spells each CLI flag after it', () => {
    expect(new Set(INPUTS.map((s) => s.name)).size).toBe(INPUTS.length);
    for (const spec of INPUTS) if (spec.flag !== null) expect(spec.flag, spec.name).toMatch(/^--[a-z-]+/);
  });

  it('takes the budget inputs from BUDGET_FLAGS and the fail-on choices from FAIL_ON', () => {
    const strings = INPUTS.filter((s) => s.kind === 'string').map((s) => s.name);
    expect(strings).toEqual(expect.arrayContaining(Object.values(BUDGET_FLAGS)));
    expect(Object.values(BUDGET_FLAGS).sort()).toEqual([
      'max-growth',
      'max-layer-size',
      'max-layers',
      'max-size',
      'max-wasted-bytes',
      'max-wasted-percent',
      'min-efficiency',
    ]);
    const failOn = INPUTS.find((s) => s.name === 'fail-on');
    expect(failOn?.kind === 'choice' ? failOn.choices : null).toEqual(FAIL_ON);
  });

  it('has the reader budget inputs, empty by default (the reader keeps its built-in budget)', () => {
    const d = defaultInputs();
    expect(d).toMatchObject({ 'max-uncompressed-size': '', 'max-compression-ratio': '' });
    const flags = INPUTS.filter((s) => s.name.startsWith('max-comp') || s.name.startsWith('max-uncomp'));
    expect(flags.map((s) => s.flag)).toEqual([
      '--max-uncompressed-size <size>',
      '--max-compression-ratio <ratio>',
    ]);
  });

  it('gives defaultInputs one key per row, at the row default', () => {
    const d = defaultInputs();
    expect(Object.keys(d)).toEqual(INPUTS.map((s) => s.name));
    expect(d).toMatchObject({ engine: 'docker', verify: true, 'all-platforms': false, 'fail-on': 'error' });
    expect(d['build-args']).toEqual([]);
    expect(defaultInputs()['build-args']).not.toBe(d['build-args']);
  });
});
