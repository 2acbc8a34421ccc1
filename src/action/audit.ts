/** `mode: audit`: audit many images (or merge a matrix's reports), write the summary, the JSON and the tracking issue. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { renderAuditJson } from '../render/audit.js';
import { cappedFileReader, runAudit, type AuditOutcome } from '../app/audit.js';
import { GITHUB_SUMMARY_MAX_BYTES } from './constants.js';
import { describeError } from '../common/errors.js';
import { analyze, classifySource } from '../app/pipeline.js';
import { upsertAuditIssue, type IssuesApi } from './audit-issue.js';
import { isForbidden } from './comment.js';
import { ActionInput, DEFAULT_AUDIT_ISSUE_TITLE, DEFAULT_AUDIT_NAME, Output } from './constants.js';
import type { GithubContext } from './context.js';
import { expandPaths } from './files.js';
import { makeGithubApi } from './github.js';
import type { ActionInputs } from './inputs.js';
import { writeOutputFile } from './write.js';

/** Room kept below the 1 MiB step-summary limit. */
const SUMMARY_MARGIN = 16 * 1024;

/** Run the audit the inputs describe; a failed step only when an image could not be analysed. */
export async function runAuditMode(
  inputs: ActionInputs,
  gh: GithubContext,
  cwd: string,
  makeApi: (token: string) => IssuesApi = (t) => makeGithubApi(t, gh.owner, gh.repo, gh.apiUrl),
): Promise<AuditOutcome> {
  const a = inputs.audit;
  const merge = expandPaths(a.merge, cwd, ActionInput.Merge);
  const outcome = await runAudit(
    {
      refs: a.images,
      ...(a.imagesFile ? { fromFile: a.imagesFile } : {}),
      ...(a.previous ? { previous: a.previous } : {}),
      merge,
    },
    {
      readFile: cappedFileReader(cwd),
      analyze: async (source) =>
        analyze(
          { ...inputs.shared, ...(await classifySource(source, cwd)) },
          { cwd, env: process.env, given: inputs.given },
        ),
    },
  );
  for (const w of outcome.warnings) core.warning(w);

  const auditPath = writeOutputFile(
    a.auditFile || join(gh.runnerTemp || tmpdir(), DEFAULT_AUDIT_NAME),
    renderAuditJson(outcome.json),
    cwd,
  );
  core.setOutput(Output.Audit, auditPath);
  core.setOutput(Output.Passed, String(outcome.exitCode === 0));

  const issue = a.issue ? await trackingIssue(inputs, makeApi, outcome.markdown) : { url: '', note: '' };
  core.setOutput(Output.AuditIssueUrl, issue.url);

  if (inputs.summary) await writeAuditSummary(issue.note + outcome.markdown);

  const failed = outcome.json.errors;
  if (failed.length > 0) {
    core.setFailed(
      `layerlint audit: ${failed.length} image(s) could not be analysed: ${failed.map((e) => e.message).join('; ')}`,
    );
  } else if (outcome.exitCode !== 0) {
    const n = outcome.json.images.filter((i) => !i.passed).length;
    core.info(
      `${n} audited image(s) did not pass (findings at fail-on or a failed budget); see the summary.`,
    );
  }
  return outcome;
}

/** Create or update the tracking issue; a read-only token or an API error is a warning, never a failure. */
async function trackingIssue(
  inputs: ActionInputs,
  makeApi: (token: string) => IssuesApi,
  markdown: string,
): Promise<{ url: string; note: string }> {
  if (!inputs.githubToken) {
    core.warning('No github-token: not updating the audit issue.');
    return { url: '', note: '' };
  }
  try {
    const res = await upsertAuditIssue(
      makeApi(inputs.githubToken),
      inputs.audit.issueTitle || DEFAULT_AUDIT_ISSUE_TITLE,
      markdown,
    );
    core.info(`Audit issue #${res.number} ${res.action}: ${res.url}`);
    return { url: res.url, note: '' };
  } catch (err: unknown) {
    if (isForbidden(err)) {
      core.warning(
        'layerlint could not create or update the audit issue: the token may not write issues (HTTP 403). ' +
          'Give the job `permissions: issues: write`. The audit is in the job summary and the audit JSON.',
      );
      return {
        url: '',
        note: '> The audit issue could not be updated (HTTP 403: the job needs `issues: write`).\n\n',
      };
    }
    core.warning(
      `layerlint could not create or update the audit issue: ${describeError(err).replace(/^internal error: /, '')}`,
    );
    return { url: '', note: '' };
  }
}

async function writeAuditSummary(body: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY file: skipping the job summary.');
    return;
  }
  const max = GITHUB_SUMMARY_MAX_BYTES - SUMMARY_MARGIN;
  let text = body;
  if (Buffer.byteLength(text) > max) {
    const cut = Buffer.from(text, 'utf8').subarray(0, max).toString('utf8');
    text = `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n> The audit was cut to fit the job summary; the audit JSON has all of it.\n`;
  }
  await core.summary.addRaw(text, true).write();
}
