import * as core from '@actions/core';
import { describeError } from '../errors.js';

/** The Action's single entry: read inputs, run the shared pipeline, write outputs. */
export async function run(): Promise<void> {
  try {
    core.info('layerlint action: not wired yet');
  } catch (err: unknown) {
    core.setFailed(describeError(err));
  }
}
