import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ActionInput, Output } from '../../src/action/constants.js';
import { deriveCommentKey, getInputs } from '../../src/action/inputs.js';
import { UsageError } from '../../src/errors.js';
import { defaultInputs } from '../../src/inputs.js';

const reader = (m: Record<string, string>) => (name: string) => m[name] ?? '';
const empty = mkdtempSync(join(tmpdir(), 'll-inputs-'));

describe('action.yml', () => {
  const yml = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the shared Inputs keys plus the Action-only inputs', () => {
    const expected = [...Object.keys(defaultInputs()), ...Object.values(ActionInput)].sort();
    expect(Object.keys(yml.inputs).sort()).toEqual(expected);
  });

  it('declares exactly the outputs the Action sets', () => {
    expect(Object.keys(yml.outputs).sort()).toEqual(Object.values(Output).sort());
  });

  it('has the documented defaults and runs dist/index.js on node24', () => {
    expect(yml.inputs['fail-on']?.default).toBe('error');
    expect(yml.inputs.comment?.default).toBe('auto');
    expect(yml.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('is documented input by input in docs/action.md', () => {
    const doc = readFileSync('docs/action.md', 'utf8');
    for (const name of [...Object.keys(yml.inputs), ...Object.keys(yml.outputs)])
      expect(doc, name).toContain(`\`${name}\``);
  });
});

describe('getInputs', () => {
  it('reads shared and Action-only inputs', () => {
    const i = getInputs(
      reader({
        image: 'app:pr',
        platform: 'linux/arm64',
        'fail-on': 'warning',
        'build-args': 'A=1\n\nB=2\n',
        'max-size': '300MB',
        summary: 'false',
        'sarif-file': 'out.sarif',
      }),
      empty,
    );
    expect(i.shared).toMatchObject({
      image: 'app:pr',
      platform: 'linux/arm64',
      'fail-on': 'warning',
      'build-args': ['A=1', 'B=2'],
      'max-size': '300MB',
      dockerfile: '',
    });
    expect(i).toMatchObject({
      mode: 'analyze',
      comment: 'auto',
      commentKey: 'app:pr@linux/arm64',
      summary: false,
      annotations: true,
      sarifFile: 'out.sarif',
    });
  });

  it('defaults dockerfile to ./Dockerfile when it exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-inputs-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
    expect(getInputs(reader({ archive: 'a.tar' }), dir).shared.dockerfile).toBe('Dockerfile');
  });

  it('derives distinct comment keys for matrix jobs', () => {
    expect(deriveCommentKey('app', 'linux/amd64')).not.toBe(deriveCommentKey('app', 'linux/arm64'));
    expect(getInputs(reader({ archive: 'dist/images/app.tar' }), empty).commentKey).toBe('app.tar');
    expect(getInputs(reader({ image: 'x', 'comment-key': 'mine' }), empty).commentKey).toBe('mine');
  });

  it.each([
    [{ image: 'x', 'fail-on': 'fatal' }, /input fail-on: "fatal" is not one of error, warning, info, none/],
    [{ image: 'x', comment: 'sometimes' }, /input comment: "sometimes"/],
    [{ image: 'x', summary: 'yes' }, /input summary: "yes" is not a boolean/],
    [{ image: 'x', engine: 'containerd' }, /input engine/],
    [{}, /input image or archive is required/],
    [{ image: 'x', archive: 'y' }, /exclusive/],
    [{ mode: 'comment-from-report' }, /input report is required/],
    [{ mode: 'comment-from-report', report: 'r.json', 'pr-number': '12abc' }, /input pr-number: "12abc"/],
    [{ image: 'x', mode: 'build' }, /input mode/],
  ])('rejects %j with a usage error naming the input', (m, re) => {
    const err = (() => {
      try {
        getInputs(reader(m as Record<string, string>), empty);
        return null;
      } catch (e: unknown) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(re);
  });

  it('comment-from-report needs no image and comments always by default', () => {
    const i = getInputs(reader({ mode: 'comment-from-report', report: 'r.json', 'pr-number': '42' }), empty);
    expect(i).toMatchObject({
      mode: 'comment-from-report',
      report: 'r.json',
      prNumber: 42,
      comment: 'always',
      annotations: false,
    });
  });
});
