import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { DIVE_CI_FILE } from '../budgets/dive-ci.js';
import { describeError, UsageError } from '../common/errors.js';
import { analyze } from '../app/pipeline.js';
import { renderJson } from '../render/json.js';
import type { MarkdownOptions } from '../render/markdown.js';
import { renderSarif } from '../render/sarif.js';
import type { Report } from '../report/types.js';
import { platformString } from '../oci/platform.js';
import { RULES } from '../lint/rules/index.js';
import { emitAnnotations, planAnnotations, type AnnotationPlan } from './annotations.js';
import { isForbidden, renderComment, upsertComment } from './comment.js';
import { DEFAULT_JSON_NAME, DEFAULT_SARIF_NAME, FORK_DOCS, Output, PR_EVENTS } from './constants.js';
import { blobUrl, readGithubContext, repoRelative, type GithubContext } from './context.js';
import { makeGithubApi } from './github.js';
import { deriveCommentKey, getInputs, type ActionInputs } from './inputs.js';
import { checkReportEvent, readReportFile, verifyReportPullRequest } from './report-file.js';
import { runAuditMode } from './audit.js';
import { writeSummary } from './summary.js';
import { writeOutputFile } from './write.js';

/** The Action's single entry: read inputs, run the shared pipeline, write outputs. */
export async function run(): Promise<void> {
  try {
    const cwd = process.cwd();
    const inputs = getInputs();
    const gh = readGithubContext(process.env, cwd);
    if (inputs.mode === 'audit') {
      await runAuditMode(inputs, gh, cwd);
      return;
    }
    // The artifact is untrusted: refuse the wrong event before reading it.
    if (inputs.mode === 'comment-from-report' && inputs.comment !== 'never') checkReportEvent(gh);
    const reports =
      inputs.mode === 'comment-from-report'
        ? readReportFile(resolve(cwd, inputs.report))
        : await analyze(inputs.shared, {
            cwd,
            env: process.env,
            given: inputs.given,
            discoverDiveCi: inputs.discoverDiveCi,
          });
    if (
      inputs.mode === 'analyze' &&
      inputs.shared['dive-ci'] === '' &&
      reports.some((r) => r.budgets.some((b) => b.name.startsWith('dive.')))
    ) {
      core.info(
        `Evaluating the ${DIVE_CI_FILE} found in the working directory (set dive-ci: none to skip it).`,
      );
    }
    if (reports.length === 0) throw new UsageError('no image was analysed');
    const first = reports[0] as Report;
    const dockerfile =
      repoRelative(first.dockerfile ?? '', gh.workspace, cwd) ??
      (first.dockerfile && !first.dockerfile.startsWith('/') ? first.dockerfile : null);

    const outDir = gh.runnerTemp || tmpdir();
    const jsonPath = writeOutputFile(
      inputs.jsonFile || join(outDir, DEFAULT_JSON_NAME),
      renderJson(reports.length === 1 ? first : reports),
      cwd,
    );
    const sarif = renderSarif(reports, RULES, { dockerfilePath: dockerfile });
    const sarifPath = writeOutputFile(
      inputs.sarifFile || join(outDir, DEFAULT_SARIF_NAME),
      `${JSON.stringify(sarif, null, 2)}\n`,
      cwd,
    );
    setOutputs(reports, jsonPath, sarifPath);

    const plan: AnnotationPlan = inputs.annotations
      ? planAnnotations(reports, dockerfile)
      : { emit: [], omitted: { error: 0, warning: 0, notice: 0 } };
    emitAnnotations(plan);

    const md: MarkdownOptions = {
      linkBase: blobUrl(gh),
      dockerfilePath: dockerfile,
      rules: RULES,
    };
    const passed = reports.every((r) => r.passed);
    const commentNote = await maybeComment(inputs, gh, reports, md, passed);
    core.setOutput(Output.CommentUrl, commentNote.url);
    if (inputs.summary)
      await writeSummary(reports, { ...md, annotationsOmitted: plan.omitted }, commentNote.summaryPrefix);

    if (inputs.mode === 'analyze' && !passed) {
      core.setFailed(failureLine(reports));
    }
  } catch (err: unknown) {
    core.setFailed(describeError(err));
  }
}

function setOutputs(reports: readonly Report[], jsonPath: string, sarifPath: string): void {
  // Sizes come from the first platform; counts add up over every platform.
  const t = (reports[0] as Report).totals;
  const findings = reports.flatMap((r) => r.findings);
  core.setOutput(Output.ContentBytes, String(t.contentBytes));
  core.setOutput(Output.FinalBytes, String(t.finalBytes));
  core.setOutput(Output.WastedBytes, String(t.wastedBytes));
  core.setOutput(Output.Efficiency, String(Number(t.efficiency.toFixed(6))));
  core.setOutput(Output.Layers, String(t.layerCount));
  core.setOutput(Output.Findings, String(findings.length));
  core.setOutput(Output.Errors, String(findings.filter((f) => f.severity === 'error').length));
  core.setOutput(Output.Warnings, String(findings.filter((f) => f.severity === 'warning').length));
  core.setOutput(Output.Passed, String(reports.every((r) => r.passed)));
  core.setOutput(Output.Report, jsonPath);
  core.setOutput(Output.Sarif, sarifPath);
}

function failureLine(reports: readonly Report[]): string {
  const parts = reports.map((r) => {
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    const budgets = r.budgets.filter((b) => b.status === 'fail').map((b) => b.name);
    return `${r.image.ref ?? r.source} (${platformString(r.image.platform)}): ${errors} error(s), ${warnings} warning(s) at fail-on ${r.failOn}${budgets.length ? `; budgets failed: ${budgets.join(', ')}` : ''}`;
  });
  return `layerlint failed: ${parts.join('; ')}`;
}

/** Should we comment, and on which PR? Returns the comment URL ('' when none) and a note for the summary. */
async function maybeComment(
  inputs: ActionInputs,
  gh: GithubContext,
  reports: readonly Report[],
  md: MarkdownOptions,
  passed: boolean,
): Promise<{ url: string; summaryPrefix: string }> {
  const none = { url: '', summaryPrefix: '' };
  if (inputs.comment === 'never') return none;
  const isPrEvent = (PR_EVENTS as readonly string[]).includes(gh.eventName);
  if (inputs.comment === 'auto' && !isPrEvent && inputs.mode === 'analyze') return none;
  const pr = inputs.prNumber ?? gh.prNumber;
  if (pr === null) {
    if (inputs.mode === 'comment-from-report') {
      throw new UsageError(
        `input pr-number is required: the ${gh.eventName || 'current'} event names no pull request (fork PRs: pass the number from the artifact)`,
      );
    }
    if (inputs.comment === 'always')
      core.warning(`comment: always, but the ${gh.eventName} event has no pull request: not commenting`);
    return none;
  }
  if (!inputs.githubToken) {
    core.warning('No github-token: not commenting on the pull request.');
    return none;
  }
  const api = makeGithubApi(inputs.githubToken, gh.owner, gh.repo, gh.apiUrl);
  const key = inputs.commentKey || deriveCommentKey(reports[0]?.source ?? '', '');
  try {
    // A PR number from an artifact (or the event) is untrusted: it must be the PR whose head the run built.
    if (inputs.mode === 'comment-from-report') await verifyReportPullRequest(gh, pr, api);
    const body = renderComment(reports, key, md);
    if (inputs.comment === 'on-failure' && passed) {
      // Only update a comment that exists (so a fixed PR does not keep a stale failure); never create one.
      const res = await upsertComment(api, pr, key, body, { create: false });
      return { url: res?.url ?? '', summaryPrefix: '' };
    }
    const res = await upsertComment(api, pr, key, body);
    if (res) core.info(`PR #${pr} comment ${res.action}: ${res.url}`);
    return { url: res?.url ?? '', summaryPrefix: '' };
  } catch (err: unknown) {
    if (err instanceof UsageError) throw err;
    if (isForbidden(err)) {
      core.warning(
        `layerlint could not comment on PR #${pr}: the token is read-only (HTTP 403). This is expected for pull requests from forks, ` +
          'where GITHUB_TOKEN cannot write. The report is in the job summary. To comment on fork PRs, use two workflows: a pull_request ' +
          'workflow runs layerlint with json-file and uploads the report (and the PR number) as an artifact, and a workflow_run workflow ' +
          `downloads it and runs layerlint with mode: comment-from-report, never building the fork's code. See ${FORK_DOCS}.`,
      );
      return {
        url: '',
        summaryPrefix: `> The PR comment could not be posted (read-only token, HTTP 403). See ${FORK_DOCS} for fork pull requests.\n\n`,
      };
    }
    core.warning(
      `layerlint could not comment on PR #${pr}: ${describeError(err).replace(/^internal error: /, '')}`,
    );
    return none;
  }
}
