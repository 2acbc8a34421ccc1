/** The job summary: rendered by the pure renderer, written once through core.summary. */
import * as core from '@actions/core';
import { GITHUB_SUMMARY_MAX_BYTES } from './constants.js';
import { renderSummary, type MarkdownOptions } from '../render/markdown.js';
import type { Report } from '../report/types.js';

/** Room kept below the 1 MiB step-summary limit for anything else the step writes. */
const SUMMARY_MARGIN = 16 * 1024;
/** The byte budget of the summary, before any prefix. */
export const SUMMARY_MAX_BYTES = GITHUB_SUMMARY_MAX_BYTES - SUMMARY_MARGIN;

/** Write the summary; false (with a warning) when the runner gives no summary file. */
export async function writeSummary(
  reports: readonly Report[],
  ctx: MarkdownOptions,
  prefix = '',
): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY file: skipping the job summary.');
    return false;
  }
  const body =
    prefix +
    renderSummary(reports, {
      ...ctx,
      maxBytes: SUMMARY_MAX_BYTES - Buffer.byteLength(prefix),
    });
  await core.summary.addRaw(body, true).write();
  return true;
}
