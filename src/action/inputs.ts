/** The one place that reads Action inputs: the shared `Inputs` plus the Action-only ones. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { UsageError } from '../common/errors.js';
import { defaultInputs, INPUTS, readInputs, type InputSpec, type Inputs } from '../app/inputs.js';
import { FAIL_ON } from '../lint/severity.js';
import { defaultCommentKey } from './comment.js';
import { ActionInput, COMMENT_MODES, DIVE_CI_NONE, MODES, type CommentMode, type Mode } from './constants.js';

/** `mode: audit`: what to audit and where the results go. */
export interface AuditInputs {
  /** Image references or archive paths, one per line of `images`. */
  images: string[];
  /** `images-file`: one image per line, `#` comments. */
  imagesFile: string;
  /** `previous`: a previous audit JSON, for drift. */
  previous: string;
  /** `merge`: paths or globs (one per line) of report or audit JSONs from a matrix. */
  merge: string[];
  /** `audit-file`: where the audit JSON goes ('' for `$RUNNER_TEMP/layerlint-audit.json`). */
  auditFile: string;
  /** Create or update the one tracking issue that holds the audit (`audit-issue`, or a title given). */
  issue: boolean;
  issueTitle: string;
}

export interface ActionInputs {
  /** Everything the shared pipeline needs; keys are the action.yml names. */
  shared: Inputs;
  mode: Mode;
  /** `mode: comment-from-report`: the JSON report to post. */
  report: string;
  /** Explicit PR number, or null to take it from the event. */
  prNumber: number | null;
  comment: CommentMode;
  /** Empty when not given: derived from image and platform once known. */
  commentKey: string;
  summary: boolean;
  annotations: boolean;
  sarifFile: string;
  jsonFile: string;
  githubToken: string;
  /** Shared inputs set to something other than their action.yml default (config `failOn` yields to these). */
  given: Set<keyof Inputs>;
  /** Read a `.dive-ci` found in the working directory when `dive-ci` is empty (`dive-ci: none` turns this off). */
  discoverDiveCi: boolean;
  audit: AuditInputs;
}

/** Reads one raw input; `core.getInput` in the Action, a map in tests. */
export type InputReader = (name: string) => string;

const defaultReader: InputReader = (name) => core.getInput(name);

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const v = read(name).trim();
  if (v === '') return fallback;
  const found = allowed.find((a) => a === v);
  if (found !== undefined) return found;
  throw new UsageError(`input ${name}: "${v}" is not one of ${allowed.join(', ')}`);
}

function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const v = read(name).trim();
  if (v === '') return fallback;
  // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UsageError(`input ${name}: "${v}" is not a boolean (true or false)`);
}

function lines(read: InputReader, name: string): string[] {
  return read(name)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Build the shared Inputs from action inputs; unknown enum values and bad booleans are usage errors. */
export function getSharedInputs(read: InputReader, cwd: string): Inputs {
  const out = readInputs({
    string: (s) => read(s.name).trim(),
    boolean: (s) => bool(read, s.name, s.default),
    list: (s) => lines(read, s.name),
    choice: (s) => oneOf(read, s.name, s.choices, s.default),
  });
  // `dockerfile` defaults to ./Dockerfile when that file exists.
  if (out.dockerfile === '' && existsSync(join(cwd, 'Dockerfile'))) out.dockerfile = 'Dockerfile';
  if (out['dive-ci'] === DIVE_CI_NONE) out['dive-ci'] = '';
  return out;
}

/** An input's action.yml default, as the runner passes it when the workflow does not set it. */
export function actionDefault(spec: InputSpec): string {
  if (spec.kind === 'boolean') return String(spec.default);
  if (spec.kind === 'list') return spec.default.join('\n');
  return spec.default;
}

/** Shared inputs the workflow set to a value other than their action.yml default. */
export function givenInputs(read: InputReader): Set<keyof Inputs> {
  const given = new Set<keyof Inputs>();
  // The runner sets every input, defaults included: only a value other than the default counts.
  for (const spec of INPUTS) {
    const v = read(spec.name).trim();
    if (v !== '' && v !== actionDefault(spec)) given.add(spec.name);
  }
  return given;
}

/** The shared inputs of `mode: audit`: how to read each image; nothing that names one image's build. */
function auditSharedInputs(read: InputReader, cwd: string): Inputs {
  return {
    ...getSharedInputs(read, cwd),
    image: '',
    archive: '',
    dockerfile: '',
    target: '',
    'build-args': [],
    'base-image': '',
    'dive-ci': '',
    baseline: '',
    'max-growth': '',
  };
}

function getAuditInputs(read: InputReader, mode: Mode): AuditInputs {
  const title = read(ActionInput.AuditIssueTitle).trim();
  const audit: AuditInputs = {
    images: lines(read, ActionInput.Images),
    imagesFile: read(ActionInput.ImagesFile).trim(),
    previous: read(ActionInput.Previous).trim(),
    merge: lines(read, ActionInput.Merge),
    auditFile: read(ActionInput.AuditFile).trim(),
    issue: bool(read, ActionInput.AuditIssue, false) || title !== '',
    issueTitle: title,
  };
  if (mode === 'audit' && audit.images.length === 0 && audit.imagesFile === '' && audit.merge.length === 0) {
    throw new UsageError(
      'mode audit needs input images (one reference or archive per line), images-file or merge (report JSONs from a matrix)',
    );
  }
  return audit;
}

/** The comment key used when `comment-key` is empty: image (or archive path as given) and platform. */
export function deriveCommentKey(imageOrSource: string, platform: string): string {
  return defaultCommentKey(imageOrSource, platform);
}

/** Read every Action input. Throws UsageError naming the input on a bad value. */
export function getInputs(read: InputReader = defaultReader, cwd: string = process.cwd()): ActionInputs {
  const mode = oneOf(read, ActionInput.Mode, MODES, 'analyze');
  const shared =
    mode === 'analyze'
      ? getSharedInputs(read, cwd)
      : mode === 'audit'
        ? auditSharedInputs(read, cwd)
        : { ...defaultInputs(), 'fail-on': oneOf(read, 'fail-on', FAIL_ON, 'error') };
  if (mode === 'analyze' && shared.image === '' && shared.archive === '') {
    throw new UsageError(
      'input image or archive is required (an image reference for docker save, or a path to an image archive)',
    );
  }
  if (mode === 'analyze' && shared.image !== '' && shared.archive !== '') {
    throw new UsageError('inputs image and archive are exclusive: give one of them');
  }
  const report = read(ActionInput.Report).trim();
  if (mode === 'comment-from-report' && report === '') {
    throw new UsageError(
      'input report is required with mode: comment-from-report (the JSON report downloaded from the pull_request run)',
    );
  }
  const prRaw = read(ActionInput.PrNumber).trim();
  let prNumber: number | null = null;
  if (prRaw !== '') {
    if (!/^[1-9]\d{0,9}$/.test(prRaw))
      throw new UsageError(`input pr-number: "${prRaw}" is not a pull request number`);
    prNumber = Number(prRaw);
  }
  const commentKey = read(ActionInput.CommentKey).trim();
  return {
    shared,
    mode,
    report,
    prNumber,
    comment: oneOf(
      read,
      ActionInput.Comment,
      COMMENT_MODES,
      mode === 'comment-from-report' ? 'always' : 'auto',
    ),
    commentKey:
      commentKey !== '' || mode !== 'analyze'
        ? commentKey
        : deriveCommentKey(shared.image || shared.archive, shared.platform),
    summary: bool(read, ActionInput.Summary, true),
    annotations: bool(read, ActionInput.Annotations, mode === 'analyze'),
    sarifFile: read(ActionInput.SarifFile).trim(),
    jsonFile: read(ActionInput.JsonFile).trim(),
    githubToken: read(ActionInput.GithubToken).trim(),
    given: givenInputs(read),
    discoverDiveCi: mode === 'analyze' && read('dive-ci').trim() !== DIVE_CI_NONE,
    audit: getAuditInputs(read, mode),
  };
}
