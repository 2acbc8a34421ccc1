import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ActionInput, Output } from '../../src/action/constants.js';
import { actionDefault, deriveCommentKey, getInputs } from '../../src/action/inputs.js';
import { UsageError } from '../../src/common/errors.js';
import { INPUTS } from '../../src/app/inputs.js';

const reader = (m: Record<string, string>) => (name: string) => m[name] ?? '';
const empty = mkdtempSync(join(tmpdir(), 'll-inputs-'));

describe('action.yml', () => {
  const yml = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the shared inputs plus the Action-only inputs', () => {
    const expected = [...INPUTS.map((s) => s.name), ...Object.values(ActionInput)].sort();
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
      commentKey: 'app:pr+linux/arm64',
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
    expect(getInputs(reader({ archive: 'dist/images/app.tar' }), empty).commentKey).toBe(
      'dist/images/app.tar',
    );
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
    [{ mode: 'audit' }, /mode audit needs input images/],
    [{ mode: 'audit', images: 'a', 'audit-issue': 'yes' }, /input audit-issue: "yes" is not a boolean/],
  ])('rejects %j with a usage error naming the input', (m, re) => {
    const err = (() => {
      try {
        getInputs(reader(m), empty);
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

  it('counts an input as given only when it differs from its action.yml default', () => {
    // The runner passes every input, defaults included.
    const defaults = Object.fromEntries(INPUTS.map((s) => [s.name, actionDefault(s)]));
    const runner = { ...defaults, image: 'x', 'max-size': '', summary: 'true' };
    expect([...getInputs(reader(runner), empty).given].sort()).toEqual(['image']);
    const set = getInputs(reader({ ...runner, 'fail-on': 'warning', 'max-size': '1MB' }), empty);
    expect([...set.given].sort()).toEqual(['fail-on', 'image', 'max-size']);
  });

  it('reads a .dive-ci found in the working directory unless dive-ci names one or is none', () => {
    expect(getInputs(reader({ image: 'x' }), empty).discoverDiveCi).toBe(true);
    const none = getInputs(reader({ image: 'x', 'dive-ci': 'none' }), empty);
    expect(none.discoverDiveCi).toBe(false);
    expect(none.shared['dive-ci']).toBe('');
    expect(getInputs(reader({ image: 'x', 'dive-ci': 'ci/.dive-ci' }), empty).shared['dive-ci']).toBe(
      'ci/.dive-ci',
    );
  });

  it('mode audit reads images, merge globs and the issue switch, and no per-image build inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-inputs-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
    const i = getInputs(
      reader({
        mode: 'audit',
        images: 'debian:12\n\n a.tar \n',
        merge: 'reports/*.json',
        previous: 'prev.json',
        'audit-file': 'out/audit.json',
        'audit-issue-title': 'Weekly',
        'max-growth': '5%',
        platform: 'linux/amd64',
      }),
      dir,
    );
    expect(i.mode).toBe('audit');
    expect(i.audit).toEqual({
      images: ['debian:12', 'a.tar'],
      imagesFile: '',
      previous: 'prev.json',
      merge: ['reports/*.json'],
      auditFile: 'out/audit.json',
      issue: true,
      issueTitle: 'Weekly',
    });
    expect(i.shared).toMatchObject({ dockerfile: '', 'max-growth': '', platform: 'linux/amd64', image: '' });
    expect(i.discoverDiveCi).toBe(false);
    expect(getInputs(reader({ mode: 'audit', 'images-file': 'list.txt' }), dir).audit.issue).toBe(false);
  });
});
